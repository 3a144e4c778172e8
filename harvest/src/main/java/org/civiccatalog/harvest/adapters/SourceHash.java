package org.civiccatalog.harvest.adapters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A hash of a record's source JSON with object members sorted, prefixed with the version of the mapping, so that
 * an unchanged record can be recognised before it is mapped. Bump {@link #MAPPING_VERSION} when the data.json
 * mapping changes what a record maps to, so every record is mapped again once.
 */
final class SourceHash {
    static final String MAPPING_VERSION = "pod-1";
    private static final JsonFactory JSON = new com.fasterxml.jackson.databind.ObjectMapper().getFactory();

    private SourceHash() {}

    static String of(JsonNode record) {
        return of(record, MAPPING_VERSION);
    }

    /**
     * @param version the mapping's version and anything else, outside the record, that decides what it maps to
     *                (a CKAN package's links to other portals); different versions give different hashes
     */
    static String of(JsonNode record, String version) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(version.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (JsonGenerator g = JSON.createGenerator(new DigestOutputStream(OutputStream.nullOutputStream(), md))) {
                write(g, record);
            }
            return "src:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonGenerator g, JsonNode n) throws IOException {
        if (n.isObject()) {
            List<String> names = new ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            g.writeStartObject();
            for (String k : names) {
                g.writeFieldName(k);
                write(g, n.get(k));
            }
            g.writeEndObject();
        } else if (n.isArray()) {
            g.writeStartArray();
            for (JsonNode e : n) write(g, e);
            g.writeEndArray();
        } else if (n.isTextual()) {
            // scalars as writeTree writes them, without an ObjectMapper serializer provider per value (most of the cost)
            g.writeString(n.textValue());
        } else if (n.isNull()) {
            g.writeNull();
        } else if (n.isBoolean()) {
            g.writeBoolean(n.booleanValue());
        } else if (n.isInt() || n.isShort()) {
            g.writeNumber(n.intValue());
        } else if (n.isLong()) {
            g.writeNumber(n.longValue());
        } else if (n.isDouble()) {
            g.writeNumber(n.doubleValue());
        } else {
            g.writeTree(n);
        }
    }
}
