package org.civiccatalog.core.standards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a LIVES feed (a directory of CSV files, or the zip) against the LIVES profile of the registry: required
 * files; each file's header (required columns) and every row (types, dates, allowed values, ranges, empty required
 * values, rows longer or shorter than the header); keys (business_id unique in businesses.csv); referential
 * integrity (every business_id of inspections.csv and violations.csv is in businesses.csv, every violation has an
 * inspection of the same business on the same date); feed_info.csv has exactly one row. Files are read one row at a
 * time; only the business ids and the (business, date) pairs of inspections are held.
 *
 * <p>Dates that are not YYYYMMDD but read unambiguously as M/D/YY, M/D/YYYY or YYYY-MM-DD (real feeds, such as
 * Lexington's, do this) are warnings ({@code date-format}), not errors: consumers such as Yelp accepted them.
 */
public final class LivesChecker {
    private static final List<DateTimeFormatter> LENIENT_DATES = List.of(
            DateTimeFormatter.ofPattern("M/d/uu", Locale.ROOT), DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT),
            DateTimeFormatter.ISO_LOCAL_DATE);
    private static final DateTimeFormatter YYYYMMDD = ValueType.strict("uuuuMMdd");

    private final Standard lives;

    public LivesChecker(Standard lives) {
        this.lives = lives;
    }

    public static LivesChecker of(StandardsRegistry registry) {
        return new LivesChecker(registry.require("lives-2.0"));
    }

    /** Checks the feed in {@code path}: a directory holding the CSV files, or a zip of them (flat). */
    public FeedCheckReport check(Path path) {
        if (Files.isDirectory(path)) return check(name -> {
            Path p = findIn(path, name);
            try {
                return p == null ? null : Files.newInputStream(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (ZipFile zip = new ZipFile(path.toFile())) {
            return check(name -> {
                ZipEntry e = zip.stream().filter(z -> !z.isDirectory() && z.getName().equalsIgnoreCase(name)).findFirst().orElse(null);
                try {
                    return e == null ? null : zip.getInputStream(e);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
        } catch (IOException e) {
            throw new StandardsException("Cannot read the LIVES zip " + path + ": " + e.getMessage(), e);
        }
    }

    /** A file of the feed by name, opened, or null when the feed has none. */
    @FunctionalInterface
    public interface FeedFiles {
        InputStream open(String name);
    }

    public FeedCheckReport check(FeedFiles files) {
        FeedCheckReport report = new FeedCheckReport();
        Map<String, Set<String>> keys = new HashMap<>();          // "file#field" -> values, for references
        Set<String> referenced = new HashSet<>();
        for (FileSpec f : lives.files()) for (FieldSpec fs : f.fields()) fs.references().ifPresent(referenced::add);
        Set<String> inspectionDays = new HashSet<>();
        for (FileSpec file : lives.files()) {
            InputStream in = files.open(file.name());
            if (in == null) {
                if (file.required())
                    report.accept(ConformanceFinding.error("missing-file", file.name(), "", 0, "", "required file " + file.name() + " is missing"));
                continue;
            }
            try (CsvRows rows = CsvRows.open(file.name(), in)) {
                List<ColumnInfo> columns = ColumnInfo.fromHeader(rows.header());
                FieldChecks checks = new FieldChecks(file, columns);
                checks.header(columns).forEach(report);
                Consumer<ConformanceFinding> lenient = f -> report.accept(lenientDate(f));
                Map<String, Set<String>> collect = new HashMap<>();
                for (FieldSpec fs : file.fields())
                    if (referenced.contains(file.name() + "#" + fs.name()) && checks.column(fs.name()).isPresent())
                        collect.put(fs.name(), new HashSet<>());
                long n = 0;
                while (rows.hasNext()) {
                    Row r = rows.next();
                    n++;
                    if (rows.lastRowSize() != rows.header().size())
                        report.accept(ConformanceFinding.error("bad-row", file.name(), "", r.number(), "",
                                "row has " + rows.lastRowSize() + " values, the header " + rows.header().size()));
                    checks.row(r, lenient);
                    for (Map.Entry<String, Set<String>> c : collect.entrySet()) {
                        String v = r.get(checks.column(c.getKey()).get());
                        if (v != null && !c.getValue().add(v.strip()) && file.name().equals("businesses.csv"))
                            report.accept(ConformanceFinding.error("duplicate-key", file.name(), c.getKey(), r.number(), v,
                                    "business_id '" + v + "' is listed twice"));
                    }
                    references(file, checks, r, keys, report);
                    String business = checks.column("business_id").map(r::get).orElse(null);
                    Optional<LocalDate> day = checks.column("date").map(r::get).flatMap(LivesChecker::day);
                    if (file.name().equals("inspections.csv") && business != null && day.isPresent())
                        inspectionDays.add(business.strip() + "|" + day.get());
                    if (file.name().equals("violations.csv") && business != null && day.isPresent()
                            && !inspectionDays.contains(business.strip() + "|" + day.get()))
                        report.accept(ConformanceFinding.error("unknown-inspection", file.name(), "date", r.number(),
                                r.get(checks.column("date").get()), "no inspection of business '" + business.strip() + "' on that date"));
                }
                if (file.name().equals("feed_info.csv") && n != 1)
                    report.accept(ConformanceFinding.error("feed-info-rows", file.name(), "", 0, Long.toString(n),
                            "feed_info.csv must have exactly one row, it has " + n));
                report.rows(file.name(), n);
                collect.forEach((field, values) -> keys.put(file.name() + "#" + field, values));
            }
        }
        return report;
    }

    private static void references(FileSpec file, FieldChecks checks, Row r, Map<String, Set<String>> keys, FeedCheckReport report) {
        for (FieldSpec fs : file.fields()) {
            if (fs.references().isEmpty()) continue;
            Set<String> targets = keys.get(fs.references().get());
            Optional<String> col = checks.column(fs.name());
            if (targets == null || col.isEmpty()) continue;
            String v = r.get(col.get());
            if (v != null && !targets.contains(v.strip()))
                report.accept(ConformanceFinding.error("unknown-reference", file.name(), fs.name(), r.number(), v,
                        "'" + v + "' is not in " + fs.references().get().replace('#', ' ')));
        }
    }

    /** A bad date that reads as a common non-standard form is a warning. */
    private static ConformanceFinding lenientDate(ConformanceFinding f) {
        if (!f.rule().equals("bad-date") || lenient(f.value()).isEmpty()) return f;
        return ConformanceFinding.warning("date-format", f.file(), f.field(), f.row(), f.value(),
                "'" + f.value() + "' is not YYYYMMDD (read as " + lenient(f.value()).get() + ")");
    }

    private static Optional<LocalDate> lenient(String v) {
        for (DateTimeFormatter f : LENIENT_DATES) {
            try {
                return Optional.of(LocalDate.parse(v.strip(), f));
            } catch (DateTimeParseException e) {
                // next
            }
        }
        return Optional.empty();
    }

    /** The day a LIVES date names, in the spec's form or a lenient one. */
    static Optional<LocalDate> day(String v) {
        if (v == null) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(v.strip(), YYYYMMDD));
        } catch (DateTimeParseException e) {
            return lenient(v);
        }
    }

    private static Path findIn(Path dir, String name) {
        Path exact = dir.resolve(name);
        if (Files.isRegularFile(exact)) return exact;
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
