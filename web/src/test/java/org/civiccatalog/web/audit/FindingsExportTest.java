package org.civiccatalog.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.civiccatalog.core.audit.Audit;
import org.civiccatalog.core.audit.DatasetReport;
import org.civiccatalog.core.audit.Finding;
import org.civiccatalog.core.audit.Severity;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;

/**
 * The findings exports over real HTTP: one row per stored finding (errors and warnings) of the latest run, the rows
 * derived from the audit's own reports; per department only that department's; CSV per RFC 4180 with the formula
 * guard; JSON the same rows; 404 before any audit.
 */
class FindingsExportTest {
    @TempDir static Path dir;
    static AuditCatalog cat;

    @BeforeAll
    static void start() {
        cat = AuditCatalog.start(dir);
    }

    @AfterAll
    static void stop() {
        if (cat != null) cat.close();
    }

    /** RFC 4180: quoted fields, doubled quotes, CRLF rows. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.append(ch);
            } else if (ch == '"') quoted = true;
            else if (ch == ',') { row.add(field.toString()); field.setLength(0); }
            else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') { }
            else if (ch == '\n') { row.add(field.toString()); field.setLength(0); rows.add(row); row = new ArrayList<>(); }
            else field.append(ch);
        }
        return rows;
    }

    static String points(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** The expected rows, unguarded: from the reports, the findings the quality graph stores. */
    static List<List<String>> expected(String department) {
        List<List<String>> out = new ArrayList<>();
        for (DatasetReport r : cat.reports) {
            if (department != null && !r.department().equals(department)) continue;
            for (Finding f : r.findings()) {
                if (f.severity() == Severity.INFO) continue;
                out.add(List.of(r.datasetIri(), r.title().orElse(""), r.department(), r.sourceId().orElseThrow(), f.ruleId(),
                        f.severity().label(), f.property(), f.message() + f.focusNode().map(n -> " [" + n + "]").orElse(""),
                        Audit.howToFix(f.ruleId()).orElse(f.message()), points(f.fixPoints())));
            }
        }
        return out;
    }

    static List<String> guarded(List<String> row) {
        return row.stream().map(c -> !c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 ? "'" + c : c).toList();
    }

    static String departmentId(String name) {
        String iri = cat.store.iris().auditDepartment(name);
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    @Test
    void the_region_csv_has_one_row_per_stored_finding_with_the_cli_columns() {
        HttpResponse<String> r = cat.get("/audit/findings.csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(r.body()).contains("\r\n");
        List<List<String>> rows = parse(r.body());
        assertThat(rows.get(0)).containsExactly("dataset", "title", "department", "source", "rule", "severity", "property",
                "message", "fix", "points");
        List<List<String>> want = expected(null).stream().map(FindingsExportTest::guarded).toList();
        assertThat(want).hasSizeGreaterThan(9);
        assertThat(rows.subList(1, rows.size())).containsExactlyInAnyOrderElementsOf(want);
    }

    @Test
    void a_department_export_has_only_its_datasets_and_json_has_the_same_rows() throws Exception {
        List<List<String>> want = expected("Transport Department");
        assertThat(want).isNotEmpty();
        String id = departmentId("Transport Department");
        List<List<String>> csv = parse(cat.get("/audit/departments/" + id + "/findings.csv").body());
        assertThat(csv.subList(1, csv.size())).containsExactlyInAnyOrderElementsOf(want);

        JsonNode json = new ObjectMapper().readTree(cat.get("/audit/departments/" + id + "/findings.json").body());
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode o : json) {
            List<String> row = new ArrayList<>();
            for (String c : FindingsExport.COLUMNS.subList(0, 9)) row.add(o.path(c).asText());
            row.add(points(o.path("points").asDouble()));
            assertThat(o.path("points").isNumber()).isTrue();
            rows.add(row);
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(want);
    }

    @Test
    void cells_that_a_spreadsheet_would_run_as_formulas_get_an_apostrophe_in_csv_only() throws Exception {
        String name = AuditCatalog.HOSTILE_DEPARTMENT;
        String id = departmentId(name);
        List<List<String>> csv = parse(cat.get("/audit/departments/" + id + "/findings.csv").body());
        assertThat(csv).hasSizeGreaterThan(1);
        assertThat(csv.subList(1, csv.size())).allSatisfy(row -> assertThat(row.get(2)).isEqualTo("'" + name));
        JsonNode json = new ObjectMapper().readTree(cat.get("/audit/departments/" + id + "/findings.json").body());
        assertThat(json.get(0).path("department").asText()).as("JSON is data, not a spreadsheet: as published").isEqualTo(name);
    }

    @Test
    void the_guard_and_quoting_of_single_cells() {
        StringWriter w = new StringWriter();
        FindingsExport.csvRow(w, List.of("=1+1", "+x", "-y", "@z", "a,b", "say \"hi\"", "line\nbreak", "plain", ""));
        assertThat(w.toString()).isEqualTo("'=1+1,'+x,'-y,'@z,\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",plain,\r\n");
        StringWriter twin = new StringWriter();
        FindingsExport.csvRow(twin, List.of("1=1", "x+", "a-b", "mail@example.org"));
        assertThat(twin.toString()).as("only a leading formula character is guarded").isEqualTo("1=1,x+,a-b,mail@example.org\r\n");
    }

    @Test
    void before_any_audit_the_pages_say_so_and_exports_are_404(@TempDir Path empty) {
        TdbCatalogStore store = AuditCatalog.filled(empty);
        Javalin app = AuditCatalog.serve(store);
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            for (String path : List.of("audit", "audit/sources", "audit/departments", "audit/champions", "audit/overdue")) {
                String body = send(http, app, path).body();
                assertThat(body).as(path).contains("id=\"no-audit\"").contains("No audit has run yet");
            }
            assertThat(send(http, app, "audit/links").body()).contains("Links not checked yet");
            assertThat(send(http, app, "audit/findings.csv").statusCode()).isEqualTo(404);
            assertThat(send(http, app, "audit/findings.json").statusCode()).isEqualTo(404);
            String someDataset = cat.reports.get(0).datasetIri().substring(AuditCatalog.BASE.length());
            assertThat(send(http, app, someDataset + ".html").body()).doesNotContain("id=\"quality\"");
        } finally {
            app.stop();
            store.close();
        }
    }

    static HttpResponse<String> send(java.net.http.HttpClient http, Javalin app, String path) {
        try {
            return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + app.port() + "/" + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
