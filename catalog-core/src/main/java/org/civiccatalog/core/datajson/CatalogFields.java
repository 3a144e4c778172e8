package org.civiccatalog.core.datajson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The catalog-level members of a data.json (everything but {@code dataset}): {@code @context}, {@code @id},
 * {@code @type}, {@code conformsTo}, {@code describedBy} and any other, in the order they are to be written.
 */
public record CatalogFields(Map<String, JsonNode> members) {
    /** The POD v1.1 schema version IRI, the only value {@code conformsTo} may take. */
    public static final String POD_V11_CONFORMS_TO = "https://project-open-data.cio.gov/v1.1/schema";
    /** The JSON Schema of a POD v1.1 catalog. */
    public static final String POD_V11_DESCRIBED_BY = "https://project-open-data.cio.gov/v1.1/schema/catalog.json";
    /** The official POD v1.1 JSON-LD context, emitted unchanged on output (consumers such as data.gov expect it). */
    public static final String POD_V11_CONTEXT = "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld";

    /** Members in the order POD documents them; others follow in the order given. */
    static final List<String> ORDER = List.of("@context", "@id", "@type", "conformsTo", "describedBy");

    public CatalogFields {
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        if (members.containsKey("dataset")) throw new IllegalArgumentException("'dataset' is not a catalog-level field");
    }

    public static CatalogFields empty() {
        return new CatalogFields(Map.of());
    }

    /**
     * The header our own feeds write: the official context, {@code @id} (the URL of the data.json itself, when
     * known), {@code @type dcat:Catalog}, {@code conformsTo} and {@code describedBy} of POD v1.1.
     */
    public static CatalogFields podV11(String id) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        m.put("@context", TextNode.valueOf(POD_V11_CONTEXT));
        if (id != null) m.put("@id", TextNode.valueOf(id));
        m.put("@type", TextNode.valueOf("dcat:Catalog"));
        m.put("conformsTo", TextNode.valueOf(POD_V11_CONFORMS_TO));
        m.put("describedBy", TextNode.valueOf(POD_V11_DESCRIBED_BY));
        return new CatalogFields(m);
    }

    public Optional<JsonNode> get(String name) {
        return Optional.ofNullable(members.get(name));
    }

    /**
     * These members, completed so that the header validates against the POD v1.1 catalog schema: a missing or
     * different {@code conformsTo} becomes the v1.1 one, and {@code @context} is added when {@code @type} is there
     * without it (the schema's dependency). Everything else is kept.
     */
    public CatalogFields withRequiredDefaults() {
        Map<String, JsonNode> m = new LinkedHashMap<>(members);
        m.put("conformsTo", TextNode.valueOf(POD_V11_CONFORMS_TO));
        if (m.containsKey("@type") && !m.containsKey("@context")) m.put("@context", TextNode.valueOf(POD_V11_CONTEXT));
        return new CatalogFields(m).ordered();
    }

    /** The same members in POD order: {@code @context, @id, @type, conformsTo, describedBy}, then the others by name. */
    public CatalogFields ordered() {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        for (String k : ORDER) if (members.containsKey(k)) m.put(k, members.get(k));
        List<String> rest = new ArrayList<>(members.keySet());
        rest.removeAll(ORDER);
        Collections.sort(rest);
        for (String k : rest) m.put(k, members.get(k));
        return new CatalogFields(m);
    }
}
