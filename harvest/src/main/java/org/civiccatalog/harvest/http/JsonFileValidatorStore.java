package org.civiccatalog.harvest.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.civiccatalog.harvest.HarvestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@link ValidatorStore#jsonFiles(Path)}: one file per URL, {@code <dir>/<ab>/<sha-256 of the URL>.json}, holding
 * {@code {"url":…, "etag":…, "lastModified":…}}. One file per URL (not one file for all) because a harvest stores
 * validators for many thousands of URLs and must not rewrite them all on every put. A put writes a temporary file
 * beside the target and renames it over the target, so readers see the old entry or the new one, never a torn
 * one. Files are not fsynced: after a crash an entry may be lost or unreadable, which is read as "no validators"
 * and only costs one unconditional GET.
 */
final class JsonFileValidatorStore implements ValidatorStore {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.harvest");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    JsonFileValidatorStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new HarvestException("Cannot create the validator directory " + directory + ": " + e, e);
        }
    }

    @Override
    public Optional<Validators> get(URI url) {
        Path file = fileFor(url);
        try {
            JsonNode node = JSON.readTree(Files.readAllBytes(file));
            if (!url.toString().equals(node.path("url").asText(null))) return Optional.empty();
            return Optional.of(new Validators(node.path("etag").asText(null), node.path("lastModified").asText(null)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring unreadable validators for {} in {}: {}", url, file, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void put(URI url, Validators validators) {
        Objects.requireNonNull(validators, "validators");
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("url", url.toString());
        if (validators.etag() != null) entry.put("etag", validators.etag());
        if (validators.lastModified() != null) entry.put("lastModified", validators.lastModified());
        Path file = fileFor(url);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".put-", ".tmp");
            try {
                Files.write(tmp, JSON.writeValueAsString(entry).getBytes(StandardCharsets.UTF_8));
                moveOver(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new HarvestException("Cannot store validators for " + url + " in " + file + ": " + e, e);
        }
    }

    @Override
    public void remove(URI url) {
        Path file = fileFor(url);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new HarvestException("Cannot remove validators for " + url + " (" + file + "): " + e, e);
        }
    }

    private static void moveOver(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path fileFor(URI url) {
        String hash = org.apache.commons.codec.digest.DigestUtils.sha256Hex(url.toString());
        return directory.resolve(hash.substring(0, 2)).resolve(hash + ".json");
    }

}
