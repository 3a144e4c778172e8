package org.civiccatalog.harvest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.InvalidInputException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a sources file (JSON, documented in docs/harvest.md):
 * <pre>
 * { "sources": [ { "id": "lacity", "title": "...", "kind": "socrata", "url": "https://data.lacity.org",
 *                  "owner": "City of Los Angeles", "jurisdiction": "city", "schedule": "PT24H",
 *                  "limits": { "pageSize": 1000, "maxVanishedShare": 0.2 } } ] }
 * </pre>
 * Every problem is reported with the source's position and field, so an operator can fix the file.
 */
public final class SourcesFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("id", "title", "kind", "url", "owner", "jurisdiction", "schedule",
            "limits", "description");
    private static final Set<String> LIMIT_FIELDS = Set.of("pageSize", "maxPages", "maxResponseBytes", "maxDistributions",
            "maxKeywords", "maxTextLength", "maxVanishedShare");

    private SourcesFile() {}

    public static List<HarvestSource> read(Path file) {
        return parse(file.toString(), json(file));
    }

    /** A sources file's JSON tree; malformed JSON is refused with its line and column. */
    public static JsonNode json(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InvalidInputException(file.toString(), loc == null ? -1 : loc.getLineNr(),
                    loc == null ? -1 : loc.getColumnNr(), "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read: " + e.getMessage());
        }
        return root;
    }

    static List<HarvestSource> parse(String name, JsonNode root) {
        if (root == null || !root.isObject() || !root.path("sources").isArray())
            throw new InvalidInputException(name, "expected an object with a \"sources\" array");
        List<HarvestSource> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonNode s : root.get("sources")) {
            String where = "sources[" + i++ + "]";
            HarvestSource src = source(name, where, s);
            if (!ids.add(src.id())) throw new InvalidInputException(name, where + ": duplicate source id \"" + src.id() + "\"");
            out.add(src);
        }
        return List.copyOf(out);
    }

    private static HarvestSource source(String name, String where, JsonNode s) {
        if (!s.isObject()) throw new InvalidInputException(name, where + ": expected an object");
        for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) throw new InvalidInputException(name, where + ": unknown field \"" + f + "\"");
        }
        String id = text(name, where, s, "id", true);
        if (!CatalogIris.isValidSourceId(id))
            throw new InvalidInputException(name, where + ".id: \"" + id + "\" is not a source id (a-z, 0-9, . _ -)");
        String kindText = text(name, where, s, "kind", true);
        SourceKind kind = SourceKind.byId(kindText).orElseThrow(() -> new InvalidInputException(name, where
                + ".kind: \"" + kindText + "\" is not one of datajson, dcat-rdf, ckan, dkan, socrata, arcgis-hub"));
        URI url;
        try {
            url = URI.create(text(name, where, s, "url", true));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, where + ".url: not a URL: " + e.getMessage());
        }
        String owner = Optional.ofNullable(text(name, where, s, "owner", false)).orElse(id);
        String title = Optional.ofNullable(text(name, where, s, "title", false)).orElse(id);
        HarvestSource.Jurisdiction j = Optional.ofNullable(text(name, where, s, "jurisdiction", false))
                .map(v -> {
                    try {
                        return HarvestSource.Jurisdiction.valueOf(v.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new InvalidInputException(name, where + ".jurisdiction: \"" + v
                                + "\" is not one of city, county, state, region, other");
                    }
                }).orElse(HarvestSource.Jurisdiction.OTHER);
        Optional<Duration> schedule = Optional.ofNullable(text(name, where, s, "schedule", false)).map(v -> {
            try {
                Duration d = Duration.parse(v);
                if (d.toMinutes() < 5) throw new InvalidInputException(name, where + ".schedule: at least PT5M, got " + v);
                return d;
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(name, where + ".schedule: an ISO 8601 duration such as PT24H, got \"" + v + "\"");
            }
        });
        try {
            return new HarvestSource(id, title, kind, url, owner, j, schedule, limits(name, where, s.get("limits")));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, where + ": " + e.getMessage());
        }
    }

    private static SourceLimits limits(String name, String where, JsonNode l) {
        SourceLimits d = SourceLimits.defaults();
        if (l == null || l.isNull()) return d;
        if (!l.isObject()) throw new InvalidInputException(name, where + ".limits: expected an object");
        for (Iterator<String> it = l.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!LIMIT_FIELDS.contains(f)) throw new InvalidInputException(name, where + ".limits: unknown field \"" + f + "\"");
            if (!l.get(f).isNumber()) throw new InvalidInputException(name, where + ".limits." + f + ": expected a number");
        }
        return new SourceLimits(l.path("pageSize").asInt(d.pageSize()), l.path("maxPages").asInt(d.maxPages()),
                l.path("maxResponseBytes").asLong(d.maxResponseBytes()), l.path("maxDistributions").asInt(d.maxDistributions()),
                l.path("maxKeywords").asInt(d.maxKeywords()), l.path("maxTextLength").asInt(d.maxTextLength()),
                l.path("maxVanishedShare").asDouble(d.maxVanishedShare()));
    }

    /**
     * A non-blank string member of an entry of a sources file, or null when optional and absent; anything else is an
     * {@link InvalidInputException} naming the file and where. Shared with the file's other lists (standards views).
     */
    public static String text(String name, String where, JsonNode s, String field, boolean required) {
        JsonNode v = s.get(field);
        if (v == null || v.isNull()) {
            if (required) throw new InvalidInputException(name, where + ": \"" + field + "\" is required");
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank())
            throw new InvalidInputException(name, where + "." + field + ": expected a non-empty string");
        return v.asText();
    }
}
