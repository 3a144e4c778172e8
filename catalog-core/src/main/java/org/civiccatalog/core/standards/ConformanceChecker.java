package org.civiccatalog.core.standards;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Verifies a dataset against a standard in two steps (docs/standards.md "Conformance"): its column metadata (Socrata
 * columns) or CSV header against the profile's fields, then a sample of rows. What the publisher declared is an
 * input, never changed. Rows are read one at a time, at most {@code sampleRows} of them.
 */
public final class ConformanceChecker {
    /** Findings kept per result; the rest are only counted. */
    public static final int MAX_FINDINGS = 200;
    public static final int DEFAULT_SAMPLE_ROWS = 1000;

    private final Clock clock;
    private final int sampleRows;

    public ConformanceChecker(Clock clock, int sampleRows) {
        if (sampleRows < 0) throw new IllegalArgumentException("sampleRows must be >= 0, got " + sampleRows);
        this.clock = clock;
        this.sampleRows = sampleRows;
    }

    public static ConformanceChecker defaults() {
        return new ConformanceChecker(Clock.systemUTC(), DEFAULT_SAMPLE_ROWS);
    }

    /**
     * Checks against the standard's file the columns match best.
     *
     * @param columns the dataset's columns (empty when nothing is known: the level is then DECLARED or NONE)
     * @param sample  rows to check, or an empty iterator; only read when the headers match
     */
    public ConformanceResult check(String datasetIri, Standard standard, boolean declared, List<ColumnInfo> columns,
                                   Iterator<Row> sample) {
        return check(datasetIri, standard, bestFile(standard, columns), declared, columns, sample);
    }

    public ConformanceResult check(String datasetIri, Standard standard, FileSpec file, boolean declared,
                                   List<ColumnInfo> columns, Iterator<Row> sample) {
        ConformanceLevel level = declared ? ConformanceLevel.DECLARED : ConformanceLevel.NONE;
        List<ConformanceFinding> kept = new ArrayList<>();
        long[] count = {0};
        long rows = 0;
        if (!columns.isEmpty()) {
            FieldChecks checks = new FieldChecks(file, columns);
            List<ConformanceFinding> header = checks.header(columns);
            header.forEach(f -> keep(kept, count, f));
            if (header.stream().noneMatch(ConformanceFinding::isError)) {
                level = ConformanceLevel.HEADERS_MATCH;
                long[] errors = {0};
                while (rows < sampleRows && sample.hasNext()) {
                    Row r = sample.next();
                    rows++;
                    checks.row(r, f -> {
                        if (f.isError()) errors[0]++;
                        keep(kept, count, f);
                    });
                }
                if (rows > 0 && errors[0] == 0) level = ConformanceLevel.SAMPLE_VALID;
            }
        }
        return new ConformanceResult(datasetIri, standard, file.name(), declared, level, rows, kept, count[0], clock.instant());
    }

    private static void keep(List<ConformanceFinding> kept, long[] count, ConformanceFinding f) {
        count[0]++;
        if (kept.size() < MAX_FINDINGS) kept.add(f);
    }

    /** The file whose required fields the columns cover best (then: most fields present; then profile order). */
    public static FileSpec bestFile(Standard standard, List<ColumnInfo> columns) {
        if (standard.files().isEmpty()) throw new StandardsException("Standard " + standard.id() + " has no profile");
        return standard.files().stream()
                .max(Comparator.<FileSpec>comparingDouble(f -> coverage(f, columns))
                        .thenComparingInt(f -> new FieldChecks(f, columns).fieldsPresent())
                        .thenComparing(Comparator.comparingInt(FileSpec::position).reversed()))
                .orElseThrow();
    }

    static double coverage(FileSpec f, List<ColumnInfo> columns) {
        int required = f.requiredFields().size();
        return required == 0 ? 0 : (double) new FieldChecks(f, columns).requiredPresent() / required;
    }
}
