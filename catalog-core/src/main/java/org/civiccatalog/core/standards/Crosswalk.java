package org.civiccatalog.core.standards;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * A crosswalk: how a source dataset's columns become a standard's files, as data (docs/standards.md "Crosswalk file
 * format"). Read from JSON and checked against the registry when loaded: every output names a standard's file, and
 * every field it fills is a field of that file, so a typo fails at load time, not in a feed.
 */
public record Crosswalk(String id, String title, List<String> standards, JsonNode source, ZoneId timezone,
                        Map<String, Input> inputs, Map<String, Output> outputs) {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> TOP_KEYS = Set.of("id", "title", "description", "standards", "source", "timezone",
            "inputs", "maps", "outputs", "notes");
    private static final Set<String> OUTPUT_KEYS = Set.of("standard", "file", "from", "lookups", "distinct", "fields",
            "rows", "comment");

    public Crosswalk {
        standards = List.copyOf(standards);
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        outputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    /** A named input table and the columns it must have for the crosswalk to apply. */
    public record Input(String name, String title, List<String> columns) {
        public Input {
            columns = List.copyOf(columns);
        }
    }

    /**
     * A join: for each row, the row of {@code input} whose {@code key} column equals this row's {@code match} value
     * (a column, or {@code otherLookup.column} of a lookup before it). Its {@code columns} are then readable as
     * {@code name.column}. With {@code inner}, a row without a match is skipped (and counted).
     */
    public record Lookup(String name, String input, String key, String match, List<String> columns, boolean inner) {
        public Lookup {
            columns = List.copyOf(columns);
        }
    }

    /**
     * One file of a standard produced by the crosswalk: from an input's rows (joined by lookups, deduplicated on
     * {@code distinct} fields), or constant {@code rows} (feed_info, legend).
     */
    public record Output(String name, Standard standard, FileSpec file, Optional<String> from, List<Lookup> lookups,
                         List<String> distinct, Map<String, FieldMapping> fields, List<Map<String, FieldMapping>> rows) {
        public Output {
            lookups = List.copyOf(lookups);
            distinct = List.copyOf(distinct);
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            rows = List.copyOf(rows);
        }
    }

    public Output output(String name) {
        Output o = outputs.get(name);
        if (o == null) throw new StandardsException("Crosswalk " + id + " has no output '" + name + "' (it has " + outputs.keySet() + ")");
        return o;
    }

    /** A crosswalk shipped with the catalog, by its resource path relative to the standards package (registry's civic:crosswalk). */
    public static Crosswalk bundled(String path, StandardsRegistry registry) {
        String resource = StandardsRegistry.RESOURCES + path;
        try (InputStream in = Crosswalk.class.getResourceAsStream(resource)) {
            if (in == null) throw new StandardsException("No bundled crosswalk " + resource);
            return read(in, path, registry);
        } catch (IOException e) {
            throw new StandardsException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The bytes of a shipped crosswalk's file, as shipped (served as the crosswalk resource's JSON). */
    public static byte[] bundledBytes(String path) {
        String resource = StandardsRegistry.RESOURCES + path;
        try (InputStream in = Crosswalk.class.getResourceAsStream(resource)) {
            if (in == null) throw new StandardsException("No bundled crosswalk " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new StandardsException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The resource path of every crosswalk the registry's standards name, by crosswalk id. */
    public static java.util.Map<String, String> bundledPaths(StandardsRegistry registry) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        Set<String> paths = new java.util.TreeSet<>();
        registry.all().forEach(s -> paths.addAll(s.crosswalks()));
        for (String p : paths) out.put(bundled(p, registry).id(), p);
        return out;
    }

    /** Every crosswalk the registry's standards name, once each. */
    public static List<Crosswalk> allBundled(StandardsRegistry registry) {
        Set<String> paths = new java.util.TreeSet<>();
        registry.all().forEach(s -> paths.addAll(s.crosswalks()));
        List<Crosswalk> out = new ArrayList<>();
        for (String p : paths) out.add(bundled(p, registry));
        return out;
    }

    public static Crosswalk read(InputStream in, String name, StandardsRegistry registry) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new StandardsException(name + ": not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) throw new StandardsException(name + ": a crosswalk is a JSON object");
        unknownKeys(root, TOP_KEYS, name);
        String id = required(root, "id", name);
        ZoneId zone;
        try {
            zone = ZoneId.of(root.path("timezone").asText("UTC"));
        } catch (RuntimeException e) {
            throw new StandardsException(name + ": unknown timezone '" + root.path("timezone").asText() + "'");
        }
        List<String> standards = new ArrayList<>();
        root.path("standards").forEach(s -> standards.add(standard(registry, s.asText(), name).id()));
        Map<String, Input> inputs = new LinkedHashMap<>();
        root.path("inputs").fields().forEachRemaining(e -> {
            List<String> cols = new ArrayList<>();
            e.getValue().path("columns").forEach(c -> cols.add(c.asText()));
            inputs.put(e.getKey(), new Input(e.getKey(), e.getValue().path("title").asText(e.getKey()), cols));
        });
        Map<String, Map<String, String>> maps = new LinkedHashMap<>();
        root.path("maps").fields().forEachRemaining(e -> maps.put(e.getKey(), FieldMapping.stringMap(e.getValue(), name + " map '" + e.getKey() + "'")));
        Map<String, Output> outputs = new LinkedHashMap<>();
        JsonNode outs = root.path("outputs");
        if (!outs.isObject() || outs.isEmpty()) throw new StandardsException(name + ": no outputs");
        outs.fields().forEachRemaining(e -> outputs.put(e.getKey(), output(e.getKey(), e.getValue(), inputs, maps, zone, registry, name)));
        return new Crosswalk(id, root.path("title").asText(id), standards, root.path("source"), zone, inputs, outputs);
    }

    private static Output output(String outName, JsonNode o, Map<String, Input> inputs, Map<String, Map<String, String>> maps,
                                 ZoneId zone, StandardsRegistry registry, String name) {
        String where = name + " output '" + outName + "'";
        unknownKeys(o, OUTPUT_KEYS, where);
        Standard standard = standard(registry, required(o, "standard", where), where);
        FileSpec file = standard.file(required(o, "file", where)).orElseThrow(() -> new StandardsException(where
                + ": standard " + standard.id() + " has no file '" + o.get("file").asText() + "' (it has "
                + standard.files().stream().map(FileSpec::name).toList() + ")"));
        Optional<String> from = Optional.ofNullable(o.hasNonNull("from") ? o.get("from").asText() : null);
        if (from.isPresent() && !inputs.containsKey(from.get()))
            throw new StandardsException(where + ": input '" + from.get() + "' is not declared in inputs " + inputs.keySet());
        List<Lookup> lookups = new ArrayList<>();
        Set<String> readable = new java.util.HashSet<>();
        o.path("lookups").fields().forEachRemaining(e -> {
            JsonNode l = e.getValue();
            String input = required(l, "input", where + " lookup '" + e.getKey() + "'");
            if (!inputs.containsKey(input)) throw new StandardsException(where + " lookup '" + e.getKey() + "': unknown input '" + input + "'");
            List<String> cols = new ArrayList<>();
            l.path("columns").forEach(c -> cols.add(c.asText()));
            lookups.add(new Lookup(e.getKey(), input, required(l, "key", where), required(l, "match", where), cols,
                    l.path("inner").asBoolean(false)));
            cols.forEach(c -> readable.add(e.getKey() + "." + c));
        });
        Map<String, FieldMapping> fields = new LinkedHashMap<>();
        o.path("fields").fields().forEachRemaining(e -> fields.put(e.getKey(), FieldMapping.parse(e.getKey(), e.getValue(), maps, zone, where)));
        List<Map<String, FieldMapping>> rows = new ArrayList<>();
        for (JsonNode r : o.path("rows")) {
            Map<String, FieldMapping> row = new LinkedHashMap<>();
            r.fields().forEachRemaining(e -> row.put(e.getKey(), FieldMapping.parse(e.getKey(), e.getValue(), maps, zone, where)));
            rows.add(row);
        }
        if (from.isEmpty() && rows.isEmpty()) throw new StandardsException(where + ": needs 'from' (an input) or constant 'rows'");
        for (Map<String, FieldMapping> m : concat(fields, rows))
            for (String f : m.keySet())
                if (file.field(f).isEmpty())
                    throw new StandardsException(where + ": '" + f + "' is not a field of " + standard.id() + " " + file.name()
                            + " (fields: " + file.fieldNames() + ")");
        for (FieldSpec req : file.requiredFields())
            if (from.isPresent() && !fields.containsKey(req.name()))
                throw new StandardsException(where + ": required field '" + req.name() + "' of " + file.name() + " is not mapped");
        List<String> distinct = new ArrayList<>();
        o.path("distinct").forEach(d -> distinct.add(d.asText()));
        for (String d : distinct)
            if (!fields.containsKey(d)) throw new StandardsException(where + ": distinct field '" + d + "' is not mapped");
        if (from.isPresent()) {
            Input in = inputs.get(from.get());
            for (FieldMapping fm : fields.values())
                for (String c : fm.sourceColumns())
                    if (!in.columns().contains(c) && !readable.contains(c))
                        throw new StandardsException(where + ": field '" + fm.field() + "' reads '" + c + "', neither a column of input '"
                                + in.name() + "' " + in.columns() + " nor a looked-up column " + readable);
        }
        return new Output(outName, standard, file, from, lookups, distinct, fields, rows);
    }

    private static List<Map<String, FieldMapping>> concat(Map<String, FieldMapping> fields, List<Map<String, FieldMapping>> rows) {
        List<Map<String, FieldMapping>> all = new ArrayList<>(rows);
        all.add(fields);
        return all;
    }

    private static Standard standard(StandardsRegistry registry, String id, String where) {
        return registry.byId(id).orElseThrow(() -> new StandardsException(where + ": no standard '" + id
                + "' in the registry (known: " + registry.all().stream().map(Standard::id).toList() + ")"));
    }

    private static void unknownKeys(JsonNode o, Set<String> known, String where) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) throw new StandardsException(where + ": unknown key '" + k + "' (known: " + known + ")");
        }
    }

    private static String required(JsonNode o, String key, String where) {
        JsonNode n = o.get(key);
        if (n == null || !n.isTextual() || n.textValue().isBlank()) throw new StandardsException(where + ": '" + key + "' is required");
        return n.textValue();
    }
}
