package org.civiccatalog.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.civiccatalog.core.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog audit} in process, over a real store: the summary table and the findings CSV. */
class AuditCommandTest {
    @TempDir Path tmp;

    record Result(int code, String out, String err) {}

    Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** RFC 4180, enough for the audit's CSV: quoted fields, doubled quotes, CRLF rows. */
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
            else if (ch == '\r') { }
            else if (ch == '\n') { row.add(field.toString()); field.setLength(0); rows.add(row); row = new ArrayList<>(); }
            else field.append(ch);
        }
        return rows;
    }

    @Test
    void audit_prints_a_summary_and_writes_every_finding_as_csv() throws Exception {
        String data = tmp.resolve("data").toString();
        Result imp = run("import", "--data", data, "--source", "cftc",
                Fixtures.fixture("datajson/gsa-datagov-harvester/cftc-dcatus.json").toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        Path csv = tmp.resolve("findings.csv");

        Result r = run("audit", "--data", data, "--out", csv.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("7 datasets").contains("region").contains("source        cftc")
                .contains("U.S. Commodity Futures Trading").contains("findings written to");
        List<List<String>> rows = parse(Files.readString(csv, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).isEqualTo(AuditCommand.COLUMNS);
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(row -> {
            assertThat(row).hasSize(10);
            assertThat(row.get(0)).startsWith("http://localhost:8080/dataset/cftc/");
            assertThat(row.get(1)).isNotBlank();
            assertThat(row.get(2)).isEqualTo("U.S. Commodity Futures Trading Commission");
            assertThat(row.get(3)).isEqualTo("cftc");
            assertThat(row.get(5)).isIn("error", "warning", "info");
            assertThat(row.get(7)).isNotBlank();
            assertThat(row.get(8)).isNotBlank();
            assertThat(Double.parseDouble(row.get(9))).isGreaterThanOrEqualTo(0);
        });
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get(4)).isEqualTo("mqa.categoryAvailability");
            assertThat(row.get(8)).isEqualTo(org.civiccatalog.core.audit.mqa.Indicator.CATEGORY.howToFix());
            assertThat(row.get(9)).isEqualTo("30");
        });
        assertThat(rows.stream().map(row -> row.get(0)).distinct().count()).isEqualTo(8);   // header + 7 datasets

        Result again = run("audit", "--data", data);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("previous run");
    }

    @Test
    void an_unknown_compliance_profile_is_a_usage_error() {
        Result r = run("audit", "--data", tmp.resolve("data").toString(), "--compliance", "iso");
        assertThat(r.code()).isEqualTo(Main.USAGE_ERROR);
        assertThat(r.err()).contains("--compliance must be dcat-us or dcat-ap");
    }
}
