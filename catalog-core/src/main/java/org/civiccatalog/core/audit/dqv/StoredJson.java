package org.civiccatalog.core.audit.dqv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.core.audit.checklist.LaArea;
import org.civiccatalog.core.audit.checklist.LaChecklist;

/**
 * The JSON of what an audit stores per dataset ({@link StoredReport}, {@code DatasetSummary}): one mapper, and the
 * parts both write (LA areas, link results) written and read one way.
 */
public final class StoredJson {
    // Field names not interned: the link results' field names are URLs, nearly all distinct, and interning them
    // (Jackson's default) kept growing and copying its symbol table: most of a reusing worker's time.
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build());

    private StoredJson() {}

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Parses stored JSON; {@code what} names it in the error. */
    public static JsonNode read(String json, String what) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(what + " is not JSON", e);
        }
    }

    /** Each LA area as [measured, met], in area order. */
    public static void putAreas(ObjectNode o, Map<LaArea, LaChecklist.AreaResult> areas) {
        ObjectNode la = o.putObject("areas");
        areas.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> la.putArray(e.getKey().name()).add(e.getValue().measured()).add(e.getValue().met()));
    }

    public static Map<LaArea, LaChecklist.AreaResult> areas(JsonNode o) {
        Map<LaArea, LaChecklist.AreaResult> areas = new EnumMap<>(LaArea.class);
        o.get("areas").fields().forEachRemaining(e -> areas.put(LaArea.valueOf(e.getKey()),
                new LaChecklist.AreaResult(e.getValue().get(0).intValue(), e.getValue().get(1).intValue())));
        return areas;
    }

    /** URL -> HTTP status given to the audit. */
    public static void putLinks(ObjectNode o, Map<String, Integer> links) {
        ObjectNode l = o.putObject("links");
        links.forEach(l::put);
    }

    public static SortedMap<String, Integer> links(JsonNode o) {
        SortedMap<String, Integer> links = new TreeMap<>();
        o.get("links").fields().forEachRemaining(e -> links.put(e.getKey(), e.getValue().intValue()));
        return links;
    }
}
