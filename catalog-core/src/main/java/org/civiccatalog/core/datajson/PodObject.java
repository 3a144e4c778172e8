package org.civiccatalog.core.datajson;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds one POD object member by member. A member kept verbatim ({@code civic:rawValue}) wins over the value read
 * from the RDF terms; either way the value passes the member's rule (a {@link PodRules} check or repair) or is left
 * out, so the object never holds a value the schema rejects. A verbatim {@code null} is written only for members
 * whose schema allows null.
 */
final class PodObject {
    private final ObjectNode o = Json.object();
    private final Map<String, JsonNode> raw;
    private final Set<String> nullable;
    private final boolean asPublished;

    PodObject(Map<String, JsonNode> raw, Set<String> nullable) {
        this(raw, nullable, false);
    }

    /** @param asPublished values skip their rule: what is stored is written, valid or not (the audit's view) */
    PodObject(Map<String, JsonNode> raw, Set<String> nullable, boolean asPublished) {
        this.raw = raw;
        this.nullable = nullable;
        this.asPublished = asPublished;
    }

    ObjectNode json() {
        return o;
    }

    PodObject put(String key, String value) {
        o.put(key, value);
        return this;
    }

    PodObject set(String key, JsonNode value) {
        if (value != null) o.set(key, value);
        return this;
    }

    /** A string member: verbatim if kept, else from RDF; in both cases through {@code rule}. */
    PodObject text(String key, Supplier<Optional<String>> fromRdf, Function<String, Optional<String>> rule) {
        JsonNode r = raw.get(key);
        if (r != null) {
            if (r.isNull()) {
                if (nullable.contains(key) || asPublished) o.putNull(key);
            } else if (asPublished) {
                o.set(key, r);
            } else if (r.isTextual()) {
                rule.apply(r.textValue()).ifPresent(v -> o.put(key, v));
            }
            return this;
        }
        fromRdf.get().flatMap(asPublished ? PodObject::any : rule).ifPresent(v -> o.put(key, v));
        return this;
    }

    /** An array of strings: each through {@code rule}, sorted, without duplicates; left out when empty. */
    PodObject texts(String key, Collection<String> fromRdf, Function<String, Optional<String>> rule) {
        JsonNode r = raw.get(key);
        if (r != null && r.isNull() && nullable.contains(key) && fromRdf.isEmpty()) {
            o.putNull(key);
            return this;
        }
        TreeSet<String> values = new TreeSet<>();
        for (String v : fromRdf) (asPublished ? (Function<String, Optional<String>>) PodObject::any : rule).apply(v).ifPresent(values::add);
        if (values.isEmpty()) return this;
        ArrayNode a = o.putArray(key);
        values.forEach(a::add);
        return this;
    }

    /** A verbatim null for a nullable member that has no other value (distribution: null, dataQuality: null). */
    PodObject nullIfKept(String key) {
        JsonNode r = raw.get(key);
        if (!o.has(key) && r != null && r.isNull() && nullable.contains(key)) o.putNull(key);
        return this;
    }

    static Optional<String> any(String s) {
        return PodRules.nonEmpty(s);
    }

    static Optional<String> uri(String s) {
        return PodRules.isUri(s) ? Optional.of(s) : Optional.empty();
    }
}
