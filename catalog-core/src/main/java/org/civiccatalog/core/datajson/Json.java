package org.civiccatalog.core.datajson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one Jackson setup of the data.json code, and the "JSON member" text form used to keep a data.json member
 * verbatim in RDF ({@code civic:extraField}, {@code civic:rawValue}, {@code civic:catalogField}): a one-member
 * JSON object such as <code>{"additionalField":"some Value"}</code>.
 */
final class Json {
    /** Floats as BigDecimal (1.50 stays 1.50); duplicate keys are an error, not "last one wins". */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The member {@code key: value} as compact JSON text of a one-member object. */
    static String member(String key, JsonNode value) {
        ObjectNode o = object();
        o.set(key, value);
        try {
            return MAPPER.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses text written by {@link #member}; null when it is not a one-member JSON object. */
    static Map.Entry<String, JsonNode> parseMember(String text) {
        try {
            JsonNode n = MAPPER.readTree(text);
            if (n == null || !n.isObject() || n.size() != 1) return null;
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            return it.next();
        } catch (IOException e) {
            return null;
        }
    }

    /** A short description of a JSON value's type (and the value when it is short), for messages. */
    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) return "nothing";
        if (n.isNull()) return "null";
        if (n.isTextual()) return "a string (" + quote(n.asText()) + ")";
        if (n.isNumber()) return "a number (" + n.asText() + ")";
        if (n.isBoolean()) return "a boolean (" + n.asText() + ")";
        if (n.isArray()) return "an array of " + n.size();
        return "an object";
    }

    /** A value quoted for a message, shortened when long. */
    static String quote(String s) {
        String t = s.length() > 80 ? s.substring(0, 77) + "..." : s;
        return "'" + t.replace("\n", "\\n") + "'";
    }
}
