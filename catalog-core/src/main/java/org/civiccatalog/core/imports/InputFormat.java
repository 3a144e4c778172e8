package org.civiccatalog.core.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.civiccatalog.core.InvalidInputException;

/** What an input file holds: a data.json, or DCAT in one RDF syntax. Chosen by file suffix, else by content. */
public enum InputFormat {
    DATAJSON(null), TURTLE(Lang.TURTLE), RDFXML(Lang.RDFXML), JSONLD(Lang.JSONLD), NTRIPLES(Lang.NTRIPLES),
    NQUADS(Lang.NQUADS), TRIG(Lang.TRIG);

    private final Lang lang;

    InputFormat(Lang lang) {
        this.lang = lang;
    }

    /** The Jena language of an RDF format; null for data.json. */
    public Lang lang() {
        return lang;
    }

    public static InputFormat detect(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        if (name.endsWith(".ttl") || name.endsWith(".turtle")) return TURTLE;
        if (name.endsWith(".rdf") || name.endsWith(".owl") || name.endsWith(".xml")) return RDFXML;
        if (name.endsWith(".jsonld") || name.endsWith(".json-ld")) return JSONLD;
        if (name.endsWith(".nt")) return NTRIPLES;
        if (name.endsWith(".nq")) return NQUADS;
        if (name.endsWith(".trig")) return TRIG;
        if (name.endsWith(".json")) return DATAJSON;
        return sniff(file);
    }

    private static InputFormat sniff(Path file) {
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read: " + e.getMessage());
        }
        String s = new String(head, 0, n, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        if (s.isEmpty()) throw new InvalidInputException(file.toString(), "the file is empty");
        if (s.startsWith("{") || s.startsWith("[")) return DATAJSON;
        if (s.startsWith("<?xml") || s.startsWith("<rdf:RDF")) return RDFXML;
        return TURTLE;
    }
}
