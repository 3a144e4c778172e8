package org.civiccatalog.web.feed;

import org.civiccatalog.vocab.Prefixes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The compact JSON-LD context of the catalog's feeds: one prefix per registered namespace. Every JSON-LD
 * response embeds it inline (so no parser ever fetches it); it is also served at {@link #PATH} for reuse.
 */
public final class JsonLdContext {
    /** Where the catalog serves the context, relative to its base. */
    public static final String PATH = "context/dcat.jsonld";

    private static final String DOCUMENT = build();

    private JsonLdContext() {}

    /** {@code {"@context": {"dcat": "http://www.w3.org/ns/dcat#", ...}}} */
    public static String document() {
        return DOCUMENT;
    }

    private static String build() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode doc = json.createObjectNode();
        ObjectNode ctx = doc.putObject("@context");
        Prefixes.all().forEach(ctx::put);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
