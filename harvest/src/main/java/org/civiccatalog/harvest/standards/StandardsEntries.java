package org.civiccatalog.harvest.standards;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.standards.Crosswalk;

/**
 * Reads the {@code "standards"} list of a sources file (docs/harvest.md, "Standards views"), beside its
 * {@code "sources"}:
 * <pre>
 * "standards": [ { "jurisdiction": "lacity", "crosswalk": "myla311-open311", "contact": "MyLA311, 311@lacity.org",
 *                  "inputs": { "requests": { "source": "lacity", "dataset": "https://data.lacity.org/api/views/b7dx-7gc3" } } } ]
 * </pre>
 * Every entry is checked against the crosswalks shipped and the file's sources; a problem names the entry and field.
 */
public final class StandardsEntries {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("jurisdiction", "crosswalk", "contact", "inputs", "comment");
    private static final Set<String> INPUT_FIELDS = Set.of("source", "dataset", "csv", "comment");

    private StandardsEntries() {}

    /**
     * The entries of a sources file (none when it has no {@code "standards"}).
     *
     * @param sourceIds  the ids of the sources an input may name
     * @param crosswalks the shipped crosswalks, by id
     */
    public static List<StandardsEntry> read(Path file, Collection<String> sourceIds, Map<String, Crosswalk> crosswalks) {
        JsonNode root = org.civiccatalog.harvest.SourcesFile.json(file);
        return parse(file.toString(), root, sourceIds, crosswalks);
    }

    public static List<StandardsEntry> parse(String name, JsonNode root, Collection<String> sourceIds,
                                             Map<String, Crosswalk> crosswalks) {
        JsonNode list = root == null ? null : root.get("standards");
        if (list == null || list.isNull()) return List.of();
        if (!list.isArray()) throw new InvalidInputException(name, "\"standards\": expected an array");
        List<StandardsEntry> out = new ArrayList<>();
        Set<String> jurisdictions = new HashSet<>();
        int i = 0;
        for (JsonNode e : list) {
            String where = "standards[" + i++ + "]";
            StandardsEntry entry = entry(name, where, e, sourceIds, crosswalks);
            // one jurisdiction may serve Open311 and LIVES, but not two crosswalks of the same standard
            String key = entry.jurisdiction() + " " + crosswalks.get(entry.crosswalk()).standards();
            if (!jurisdictions.add(key))
                throw new InvalidInputException(name, where + ": jurisdiction \"" + entry.jurisdiction()
                        + "\" already serves " + crosswalks.get(entry.crosswalk()).standards());
            out.add(entry);
        }
        return List.copyOf(out);
    }

    private static StandardsEntry entry(String name, String where, JsonNode e, Collection<String> sourceIds,
                                        Map<String, Crosswalk> crosswalks) {
        if (!e.isObject()) throw new InvalidInputException(name, where + ": expected an object");
        unknown(name, where, e, FIELDS);
        String jurisdiction = text(name, where, e, "jurisdiction", true);
        if (!jurisdiction.matches("[a-z0-9][a-z0-9-]{0,63}"))
            throw new InvalidInputException(name, where + ".jurisdiction: \"" + jurisdiction
                    + "\" is not a path segment (lower-case letters, digits and hyphens)");
        String id = text(name, where, e, "crosswalk", true);
        Crosswalk cw = crosswalks.get(id);
        if (cw == null) throw new InvalidInputException(name, where + ".crosswalk: \"" + id
                + "\" is not a crosswalk shipped with the catalog (" + String.join(", ", new java.util.TreeSet<>(crosswalks.keySet())) + ")");
        String contact = Optional.ofNullable(text(name, where, e, "contact", false)).orElse(jurisdiction);
        JsonNode in = e.get("inputs");
        if (in == null || !in.isObject()) throw new InvalidInputException(name, where + ".inputs: expected an object"
                + " with one member per input of the crosswalk (" + String.join(", ", cw.inputs().keySet()) + ")");
        Map<String, StandardsEntry.Input> inputs = new LinkedHashMap<>();
        for (Iterator<String> it = in.fieldNames(); it.hasNext(); ) {
            String input = it.next();
            if (!cw.inputs().containsKey(input)) throw new InvalidInputException(name, where + ".inputs." + input
                    + ": crosswalk " + id + " has no such input (" + String.join(", ", cw.inputs().keySet()) + ")");
            inputs.put(input, input(name, where + ".inputs." + input, in.get(input), sourceIds));
        }
        for (String input : cw.inputs().keySet())
            if (!inputs.containsKey(input))
                throw new InvalidInputException(name, where + ".inputs: crosswalk " + id + " needs \"" + input + "\"");
        return new StandardsEntry(jurisdiction, id, contact, inputs);
    }

    private static StandardsEntry.Input input(String name, String where, JsonNode n, Collection<String> sourceIds) {
        if (!n.isObject()) throw new InvalidInputException(name, where + ": expected an object");
        unknown(name, where, n, INPUT_FIELDS);
        String source = text(name, where, n, "source", true);
        if (!CatalogIris.isValidSourceId(source) || !sourceIds.contains(source))
            throw new InvalidInputException(name, where + ".source: \"" + source + "\" is not a source of this file");
        String dataset = text(name, where, n, "dataset", true);
        Optional<URI> csv = Optional.ofNullable(text(name, where, n, "csv", false)).map(v -> {
            try {
                URI u = URI.create(v);
                if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()))
                    throw new InvalidInputException(name, where + ".csv: not an http(s) URL: \"" + v + "\"");
                return u;
            } catch (IllegalArgumentException x) {
                throw new InvalidInputException(name, where + ".csv: not a URL: " + x.getMessage());
            }
        });
        return new StandardsEntry.Input(source, dataset, csv);
    }

    private static void unknown(String name, String where, JsonNode n, Set<String> allowed) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) throw new InvalidInputException(name, where + ": unknown field \"" + f + "\"");
        }
    }

    private static String text(String name, String where, JsonNode n, String field, boolean required) {
        return org.civiccatalog.harvest.SourcesFile.text(name, where, n, field, required);
    }

    /** The entries as the {@code "standards"} array of a sources file (what {@link #parse} reads back). */
    public static ArrayNode json(List<StandardsEntry> entries) {
        ArrayNode list = JSON.createArrayNode();
        for (StandardsEntry e : entries) {
            ObjectNode o = list.addObject();
            o.put("jurisdiction", e.jurisdiction()).put("crosswalk", e.crosswalk()).put("contact", e.contact());
            ObjectNode ins = o.putObject("inputs");
            e.inputs().forEach((k, v) -> {
                ObjectNode x = ins.putObject(k).put("source", v.source()).put("dataset", v.dataset());
                v.csv().ifPresent(u -> x.put("csv", u.toString()));
            });
        }
        return list;
    }

    /** Reads the file's sources' ids and its standards entries in one go: the usual call. */
    public static List<StandardsEntry> read(Path file, Map<String, Crosswalk> crosswalks) {
        try {
            List<String> ids = org.civiccatalog.harvest.SourcesFile.read(file).stream().map(s -> s.id()).toList();
            return read(file, ids, crosswalks);
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }
}
