package org.civiccatalog.core.datajson;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.civiccatalog.core.InvalidInputException;

/**
 * Where a dataset came from, for messages that name the input, the position, the dataset (index and identifier)
 * and the field: {@code data.json:12:5: dataset[3] (identifier 'x'): field 'keyword': must be ...}.
 */
final class Where {
    private final String input;
    private final long line;
    private final long column;
    private final int index;
    private String identifier;

    Where(String input, long line, long column, int index) {
        this.input = input;
        this.line = line;
        this.column = column;
        this.index = index;
    }

    static Where of(DatasetEntry e) {
        return new Where(e.input(), e.line(), e.column(), e.index());
    }

    int index() {
        return index;
    }

    void identifier(String id) {
        this.identifier = id;
    }

    String dataset() {
        return "dataset[" + index + "]" + (identifier == null ? "" : " (identifier " + Json.quote(identifier) + ")");
    }

    InvalidInputException fail(String field, String problem) {
        return new InvalidInputException(input, line, column, dataset() + ": field '" + field + "': " + problem, null);
    }

    InvalidInputException fail(String problem) {
        return new InvalidInputException(input, line, column, dataset() + ": " + problem, null);
    }

    // Typed access to members; each fails with the field's path and what was found instead.

    String text(JsonNode v, String path) {
        if (!v.isTextual()) throw fail(path, "must be a string, got " + Json.describe(v));
        return v.textValue();
    }

    boolean bool(JsonNode v, String path) {
        if (!v.isBoolean()) throw fail(path, "must be true or false, got " + Json.describe(v));
        return v.booleanValue();
    }

    JsonNode object(JsonNode v, String path) {
        if (!v.isObject()) throw fail(path, "must be an object, got " + Json.describe(v));
        return v;
    }

    List<String> texts(JsonNode v, String path) {
        if (!v.isArray()) throw fail(path, "must be an array of strings, got " + Json.describe(v));
        List<String> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) out.add(text(v.get(i), path + "[" + i + "]"));
        return out;
    }
}
