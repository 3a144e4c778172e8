package org.civiccatalog.core.datajson;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.InvalidInputException;

/**
 * Reads a data.json as a stream: only one dataset object is in memory at a time, plus the small catalog-level
 * members. Accepts POD v1.1 (an object with a {@code dataset} array, in any member order) and legacy POD v1.0 (a
 * bare array of datasets, upgraded entry by entry to v1.1 by {@link LegacyUpgrade}). A leading UTF-8 byte order mark
 * is skipped. Malformed JSON, an empty input, a top-level scalar or an object without {@code dataset} is refused
 * with an {@link InvalidInputException} that names the input and, for syntax errors, the line and column.
 */
public final class DataJsonReader {

    /** Receives what the reader finds, in file order. */
    public interface Handler {
        /** A catalog-level member ({@code @context}, {@code conformsTo}, ...), before or after the datasets as it comes. */
        default void catalogMember(String name, JsonNode value) {}

        void dataset(DatasetEntry entry);

        /**
         * An element of the dataset array that is not an object, or a v1.0 entry that cannot be upgraded. By default
         * the read stops with this exception; a harvester may record it and return to go on with the next dataset.
         */
        default void invalidDataset(InvalidInputException problem) {
            throw problem;
        }
    }

    /**
     * @param catalog   every catalog-level member, in file order (empty for POD v1.0)
     * @param datasets  number of dataset array elements seen, valid or not
     * @param legacyV10 whether the input was a POD v1.0 array, upgraded
     */
    public record Summary(CatalogFields catalog, int datasets, boolean legacyV10) {}

    private final String input;
    private final JsonParser parser;
    private final Handler handler;

    private DataJsonReader(String input, JsonParser parser, Handler handler) {
        this.input = input;
        this.parser = parser;
        this.handler = handler;
    }

    public static Summary read(Path file, Handler handler) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file.toString(), handler);
        } catch (IOException e) {
            throw new CatalogException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads {@code in} (not closed here); {@code input} names it in messages. */
    public static Summary read(InputStream in, String input, Handler handler) {
        try (JsonParser p = Json.MAPPER.createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return new DataJsonReader(input, p, handler).root();
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new InvalidInputException(input, loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(),
                    "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CatalogException("Cannot read " + input + ": " + e.getMessage(), e);
        }
    }

    private Summary root() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == null)
            throw new InvalidInputException(input, "is empty: expected a data.json object with a 'dataset' array"
                    + " (POD v1.1) or an array of datasets (POD v1.0)");
        Summary s;
        if (t == JsonToken.START_ARRAY) {
            s = new Summary(CatalogFields.empty(), datasets(true), true);
        } else if (t == JsonToken.START_OBJECT) {
            s = catalog();
        } else {
            throw fail("the top-level value is " + Json.describe(parser.readValueAsTree())
                    + ": expected a data.json object with a 'dataset' array (POD v1.1) or an array of datasets (POD v1.0)");
        }
        if (parser.nextToken() != null) throw fail("unexpected content after the end of the data.json");
        return s;
    }

    private Summary catalog() throws IOException {
        Map<String, JsonNode> members = new LinkedHashMap<>();
        int count = -1;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken t = parser.nextToken();
            if (name.equals("dataset")) {
                if (t != JsonToken.START_ARRAY)
                    throw fail("'dataset' must be an array of dataset objects, got " + Json.describe(parser.readValueAsTree()));
                count = datasets(false);
            } else {
                JsonNode v = parser.readValueAsTree();
                members.put(name, v);
                handler.catalogMember(name, v);
            }
        }
        if (count < 0) {
            boolean single = members.containsKey("identifier") || members.containsKey("title");
            throw new InvalidInputException(input, members.isEmpty()
                    ? "has no 'dataset' array: the data.json object is empty"
                    : single ? "has no 'dataset' array: it looks like a single dataset object (it has 'identifier' or"
                            + " 'title'), not a data.json catalog"
                    : "has no 'dataset' array (members found: " + String.join(", ", members.keySet()) + ")");
        }
        return new Summary(new CatalogFields(members), count, false);
    }

    /** Reads the elements of the dataset array the parser is at; returns how many there were. */
    private int datasets(boolean legacy) throws IOException {
        int index = 0;
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            JsonLocation loc = parser.currentTokenLocation();
            Where w = new Where(input, loc.getLineNr(), loc.getColumnNr(), index);
            JsonNode v = parser.readValueAsTree();
            if (t != JsonToken.START_OBJECT) {
                handler.invalidDataset(w.fail("must be a dataset object, got " + Json.describe(v)));
            } else {
                ObjectNode o = (ObjectNode) v;
                if (o.path("identifier").isTextual()) w.identifier(o.get("identifier").textValue());
                entry(w, o, legacy, loc);
            }
            index++;
        }
        return index;
    }

    private void entry(Where w, ObjectNode o, boolean legacy, JsonLocation loc) {
        ObjectNode json = o;
        if (legacy) {
            try {
                json = LegacyUpgrade.upgrade(o, w);
            } catch (InvalidInputException e) {
                handler.invalidDataset(e);
                return;
            }
        }
        handler.dataset(new DatasetEntry(input, w.index(), loc.getLineNr(), loc.getColumnNr(), json, legacy));
    }

    private InvalidInputException fail(String problem) {
        JsonLocation loc = parser.currentTokenLocation();
        return new InvalidInputException(input, loc.getLineNr(), loc.getColumnNr(), problem, null);
    }
}
