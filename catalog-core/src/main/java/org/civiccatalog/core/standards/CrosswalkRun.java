package org.civiccatalog.core.standards;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a crosswalk's output over its inputs, streaming: the driving input is read one row at a time and each mapped
 * row is handed to a consumer. Only lookup tables (the joined columns of each key) and the keys of {@code distinct}
 * outputs are held in memory.
 */
public final class CrosswalkRun {
    /** Problems (values no transform could read) kept per output; the rest are counted. */
    public static final int MAX_PROBLEMS = 50;

    private final Crosswalk crosswalk;
    private final RowSource source;
    private final Clock clock;

    public CrosswalkRun(Crosswalk crosswalk, RowSource source, Clock clock) {
        this.crosswalk = crosswalk;
        this.source = source;
        this.clock = clock;
    }

    /** What one output run read, wrote and skipped. */
    public record Stats(String output, long read, long written, long skippedNoMatch, long skippedDuplicate,
                        long problemCount, List<String> problems) {
        public Stats {
            problems = List.copyOf(problems);
        }
    }

    public Stats run(String outputName, Consumer<MappedRow> sink) {
        return runWhile(outputName, r -> {
            sink.accept(r);
            return true;
        });
    }

    /**
     * As {@link #run}, stopping as soon as {@code sink} returns false: the rest of the input is not read (an endpoint
     * that has its 1,000 requests, a filter that is done).
     */
    public Stats runWhile(String outputName, java.util.function.Predicate<MappedRow> sink) {
        Crosswalk.Output out = crosswalk.output(outputName);
        Instant now = clock.instant();
        List<String> problems = new ArrayList<>();
        long[] problemCount = {0};
        Consumer<String> problem = p -> {
            problemCount[0]++;
            if (problems.size() < MAX_PROBLEMS) problems.add(p);
        };
        if (out.from().isEmpty()) {
            long written = 0;
            for (Map<String, FieldMapping> row : out.rows()) {
                written++;
                if (!sink.test(map(out, row, c -> null, now, problem, 0))) break;
            }
            return new Stats(outputName, 0, written, 0, 0, problemCount[0], problems);
        }
        Map<String, Map<String, Map<String, String>>> indexes = new LinkedHashMap<>();
        for (Crosswalk.Lookup l : out.lookups()) indexes.put(l.name(), index(l));
        Set<List<Object>> seen = out.distinct().isEmpty() ? null : new HashSet<>();
        long read = 0, written = 0, noMatch = 0, duplicate = 0;
        try (Rows rows = source.open(out.from().get())) {
            Function<String, String> header = columnNames(rows, out.from().get());
            while (rows.hasNext()) {
                Row r = rows.next();
                read++;
                Map<String, String> joined = new HashMap<>();
                Function<String, String> values = c -> {
                    String v = r.get(header.apply(c));
                    return v != null ? v : joined.get(c);
                };
                boolean skip = false;
                for (Crosswalk.Lookup l : out.lookups()) {
                    String k = values.apply(l.match());
                    Map<String, String> hit = k == null ? null : indexes.get(l.name()).get(k.strip());
                    if (hit == null) {
                        if (l.inner()) {
                            skip = true;
                            break;
                        }
                        continue;
                    }
                    hit.forEach((c, v) -> joined.put(l.name() + "." + c, v));
                }
                if (skip) {
                    noMatch++;
                    continue;
                }
                MappedRow m = map(out, out.fields(), values, now, problem, r.number());
                if (seen != null) {
                    List<Object> key = new ArrayList<>();
                    for (String d : out.distinct()) key.add(m.get(d));
                    if (!seen.add(key)) {
                        duplicate++;
                        continue;
                    }
                }
                written++;
                if (!sink.test(m)) break;
            }
        }
        return new Stats(outputName, read, written, noMatch, duplicate, problemCount[0], problems);
    }

    /** key value -> the lookup's columns, first row of each key wins. */
    private Map<String, Map<String, String>> index(Crosswalk.Lookup l) {
        Map<String, Map<String, String>> idx = new HashMap<>();
        try (Rows rows = source.open(l.input())) {
            Function<String, String> header = columnNames(rows, l.input());
            while (rows.hasNext()) {
                Row r = rows.next();
                String k = r.get(header.apply(l.key()));
                if (k == null || idx.containsKey(k.strip())) continue;
                Map<String, String> cols = new HashMap<>();
                for (String c : l.columns()) {
                    String v = r.get(header.apply(c));
                    if (v != null) cols.put(c, v);
                }
                idx.put(k.strip(), cols);
            }
        }
        return idx;
    }

    /**
     * The input's own spelling of a crosswalk column, matched without case: Socrata's CSV export writes display names
     * ("SRNumber") where SODA and the crosswalk use field names ("srnumber").
     */
    private Function<String, String> columnNames(Rows rows, String input) {
        Map<String, String> byLower = new HashMap<>();
        for (String h : rows.header()) byLower.putIfAbsent(h.toLowerCase(java.util.Locale.ROOT), h);
        // An input without a column the crosswalk reads is not the dataset the crosswalk was written for.
        List<String> missing = crosswalk.inputs().get(input).columns().stream()
                .filter(c -> !byLower.containsKey(c.toLowerCase(java.util.Locale.ROOT))).toList();
        if (!missing.isEmpty())
            throw new StandardsException("Crosswalk " + crosswalk.id() + ": input '" + input + "' has no column " + missing
                    + " (its columns: " + rows.header() + ")");
        return c -> byLower.getOrDefault(c.toLowerCase(java.util.Locale.ROOT), c);
    }

    private static MappedRow map(Crosswalk.Output out, Map<String, FieldMapping> fields, Function<String, String> values,
                                 Instant now, Consumer<String> problem, long rowNumber) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (FieldSpec f : out.file().fields()) {
            FieldMapping fm = fields.get(f.name());
            if (fm != null) m.put(f.name(), fm.apply(values, now, p -> problem.accept("row " + rowNumber + ": " + p)));
        }
        return new MappedRow(rowNumber, m);
    }
}
