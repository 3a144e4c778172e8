package org.civiccatalog.web.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Findings as CSV (RFC 4180) and JSON, one row (object) per finding, the same columns in both and in
 * {@code ./catalog audit --out}: dataset, title, department, source, rule, severity, property, message, fix, points.
 * A CSV cell starting with {@code = + - @} (or a tab or carriage return) gets a leading apostrophe, so a
 * spreadsheet shows harvested text instead of running it as a formula.
 */
public final class FindingsExport {
    public static final List<String> COLUMNS = List.of("dataset", "title", "department", "source", "rule", "severity",
            "property", "message", "fix", "points");
    public static final String CSV_TYPE = "text/csv; charset=utf-8";
    private static final JsonFactory JSON = new JsonFactory();

    private FindingsExport() {}

    /** The cells of a row, in {@link #COLUMNS} order. */
    public static List<String> cells(AuditViews.FindingRow r) {
        return List.of(r.dataset(), r.title(), r.department(), r.source(), r.rule(), r.severity(), r.property(), r.message(),
                r.fix(), points(r.points()));
    }

    /** Points as the reports print them: whole numbers without decimals, else two (13.33). */
    public static String points(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** One CSV row: guarded cells, quoted when they hold a comma, quote or line break (quotes doubled), CRLF. */
    public static void csvRow(Writer w, List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) w.write(',');
                String v = guard(fields.get(i));
                if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0)
                    v = '"' + v.replace("\"", "\"\"") + '"';
                w.write(v);
            }
            w.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the findings CSV", e);
        }
    }

    /** A cell a spreadsheet would take for a formula gets a leading apostrophe (OWASP "CSV injection"). */
    static String guard(String cell) {
        if (cell == null || cell.isEmpty()) return cell == null ? "" : cell;
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    /** A JSON array of finding objects, written as the rows come. */
    public static final class JsonArray implements AutoCloseable {
        private final JsonGenerator g;

        public JsonArray(OutputStream out) {
            try {
                this.g = JSON.createGenerator(out, JsonEncoding.UTF8);
                g.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void write(AuditViews.FindingRow r) {
            try {
                g.writeStartObject();
                List<String> cells = cells(r);
                for (int i = 0; i < COLUMNS.size() - 1; i++) g.writeStringField(COLUMNS.get(i), cells.get(i));
                g.writeNumberField("points", r.points());
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                g.writeEndArray();
                g.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
