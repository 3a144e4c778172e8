package org.civiccatalog.core.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.civiccatalog.core.InvalidInputException;

/**
 * Tells a data.json from a DCAT RDF document: {@code .json} is data.json; a file without a known suffix is
 * data.json when it starts with '{' or '['. Everything else is RDF, whose syntax the RDF reader chooses itself
 * (by suffix, then content: {@code rdf.RdfSyntax}).
 */
final class InputFormat {
    private InputFormat() {}

    static boolean isDataJson(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) return true;
        if (name.matches(".*\\.(ttl|turtle|rdf|owl|xml|jsonld|json-ld|nt|nq|trig)$")) return false;
        byte[] head = new byte[64];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read: " + e.getMessage());
        }
        String s = new String(head, 0, n, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        return s.startsWith("{") || s.startsWith("[");
    }
}
