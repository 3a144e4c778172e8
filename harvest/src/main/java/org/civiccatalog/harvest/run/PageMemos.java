package org.civiccatalog.harvest.run;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.codec.digest.DigestUtils;
import org.civiccatalog.harvest.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each page of a source gave in its last harvest, so that a page whose body is byte for byte the same need not
 * be parsed again: its digest, the records it gave (upstream id and the content hash the run stored for each), its
 * findings, and what the adapter needs to go on (its next page). One file per source beside the HTTP cache; a cache
 * only: a missing, unreadable or stale file costs a parse, never a record. Whether a remembered page may stand for
 * the parse is decided by the run against the store ({@link SourceHarvest#replayPage}).
 *
 * <p>The file is valid for one {@link #context}: the memo format, the source's URL and limits and the catalog's base
 * IRI (what a page maps to depends on them). Bump {@link #VERSION} when a mapping changes what a page maps to.
 */
final class PageMemos {
    static final String VERSION = "pages-1";
    private static final Logger LOG = LoggerFactory.getLogger("catalog.harvest");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A page as the last run read it. {@code records} alternates upstream id and content hash. */
    record Page(String digest, String tail, List<String> records, List<Finding> findings) {}

    private final Path file;
    private final String context;
    private final Map<String, Page> before;
    private final Map<String, Page> now = new HashMap<>();

    private PageMemos(Path file, String context, Map<String, Page> before) {
        this.file = file;
        this.context = context;
        this.before = before;
    }

    /** No memo: every page is parsed. */
    static PageMemos none() {
        return new PageMemos(null, "", Map.of());
    }

    /** The memo of {@code sourceId} in {@code dir}, read if it exists and was written for {@code context}. */
    static PageMemos open(Path dir, String sourceId, String context) {
        Path file = dir.resolve(DigestUtils.sha256Hex(sourceId) + ".pages.json");
        String ctx = VERSION + " " + context;
        return new PageMemos(file, ctx, read(file, sourceId, ctx));
    }

    /** Whether pages are remembered at all ({@link #none} remembers nothing). */
    boolean enabled() {
        return file != null;
    }

    /** The page remembered under {@code url} with this digest, if any. */
    Optional<Page> get(String url, String digest) {
        Page p = before.get(url);
        return p != null && p.digest().equals(digest) ? Optional.of(p) : Optional.empty();
    }

    /** Remembers a page for the next run. */
    void put(String url, Page page) {
        if (file != null) now.put(url, page);
    }

    /**
     * Writes the pages remembered in this run; with {@code keepOthers} (a gather that did not reach every page) the
     * earlier run's other pages too. Written whole to a temporary file, then moved: a crash leaves the old file.
     */
    void save(String sourceId, boolean keepOthers) {
        if (file == null) return;
        Map<String, Page> pages = new HashMap<>();
        if (keepOthers) pages.putAll(before);
        pages.putAll(now);
        ObjectNode root = JSON.createObjectNode();
        root.put("context", context);
        ObjectNode ps = root.putObject("pages");
        pages.forEach((url, p) -> {
            ObjectNode o = ps.putObject(url);
            o.put("digest", p.digest());
            o.put("tail", p.tail());
            ArrayNode rs = o.putArray("records");
            p.records().forEach(rs::add);
            ArrayNode fs = o.putArray("findings");
            for (Finding f : p.findings()) fs.addArray().add(f.severity().name()).add(f.where()).add(f.message());
        });
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "pages", ".part");
            JSON.writeValue(tmp.toFile(), root);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("Could not keep the page memo of source {} ({}): its pages will be parsed next time", sourceId,
                    e.toString());
        }
    }

    private static Map<String, Page> read(Path file, String sourceId, String context) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return Map.of();
        } catch (JsonProcessingException e) {
            LOG.warn("The page memo of source {} cannot be read ({}): its pages will be parsed", sourceId, e.getOriginalMessage());
            return Map.of();
        } catch (IOException e) {
            LOG.warn("The page memo of source {} cannot be read ({}): its pages will be parsed", sourceId, e.toString());
            return Map.of();
        }
        if (root == null || !context.equals(root.path("context").asText())) return Map.of();
        Map<String, Page> pages = new HashMap<>();
        try {
            root.path("pages").fields().forEachRemaining(e -> {
                JsonNode o = e.getValue();
                List<String> records = new ArrayList<>();
                o.path("records").forEach(r -> records.add(r.asText()));
                List<Finding> findings = new ArrayList<>();
                o.path("findings").forEach(f -> findings.add(new Finding(sourceId,
                        Finding.Severity.valueOf(f.path(0).asText()), f.path(1).asText(), f.path(2).asText())));
                if (records.size() % 2 == 0 && o.path("digest").isTextual())
                    pages.put(e.getKey(), new Page(o.path("digest").asText(), o.path("tail").asText(), records, findings));
            });
        } catch (IllegalArgumentException e) {
            LOG.warn("The page memo of source {} is damaged ({}): its pages will be parsed", sourceId, e.getMessage());
            return Map.of();
        }
        return pages;
    }
}
