package org.civiccatalog.core.standards;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * LIVES CSV files, streamed: UTF-8 without byte order mark, comma-delimited, the header first, RFC 4180 quoting,
 * no tab, CR or LF inside a value (replaced by a space, as LIVES asks). Columns are the profile's fields the
 * crosswalk fills, in the profile's order. {@link #zip} writes the whole feed as one flat zip.
 */
public final class LivesWriter {
    /** The feed's files, in the order the zip holds them. */
    public static final List<String> OUTPUTS = List.of("businesses", "inspections", "violations", "feed_info", "legend");

    private LivesWriter() {}

    /** A CSV writer of {@code columns}; closing it flushes {@code out} but does not close it. */
    public static RowWriter csv(List<String> columns, OutputStream out) {
        Writer w = new OutputStreamWriter(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, StandardCharsets.UTF_8);
        CSVPrinter p;
        try {
            p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RowWriter() {
            private final List<String> values = new ArrayList<>(columns.size());

            @Override
            public void accept(MappedRow row) {
                values.clear();
                for (String c : columns) values.add(row.text(c).replaceAll("[\\t\\r\\n]+", " "));
                try {
                    p.printRecord(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                try {
                    p.close(true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** The columns a crosswalk output writes: the profile's fields it fills, in profile order. */
    public static List<String> columns(Crosswalk.Output output) {
        List<String> mapped = new ArrayList<>();
        for (FieldSpec f : output.file().fields()) {
            boolean filled = output.fields().containsKey(f.name())
                    || output.rows().stream().anyMatch(r -> r.containsKey(f.name()));
            if (filled) mapped.add(f.name());
        }
        return mapped;
    }

    /** Runs one output of a LIVES crosswalk into {@code out} as CSV. */
    public static CrosswalkRun.Stats file(CrosswalkRun run, Crosswalk.Output output, OutputStream out) {
        try (RowWriter w = csv(columns(output), out)) {
            return run.run(output.name(), w);
        }
    }

    /**
     * Writes the feed as one flat zip ({@code businesses.csv}, {@code inspections.csv}, {@code violations.csv},
     * {@code feed_info.csv}, {@code legend.csv}: those of them the crosswalk has), each entry streamed.
     */
    public static Map<String, CrosswalkRun.Stats> zip(Crosswalk crosswalk, CrosswalkRun run, OutputStream out) {
        Map<String, CrosswalkRun.Stats> stats = new java.util.LinkedHashMap<>();
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            for (String name : OUTPUTS) {
                Crosswalk.Output o = crosswalk.outputs().get(name);
                if (o == null) continue;
                zip.putNextEntry(new ZipEntry(o.file().name()));
                stats.put(name, file(run, o, zip));
                zip.closeEntry();
            }
            zip.finish();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stats;
    }
}
