package org.civiccatalog.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.core.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The launcher in process: exit codes, messages, and the store left unchanged by bad input. */
class CatalogCliTest {
    @TempDir Path tmp;

    record Result(int code, String out, String err) {}

    Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    Path data() {
        return tmp.resolve("data");
    }

    long count() {
        try (var store = TdbCatalogStore.open(data(), null)) {
            return store.countDatasets();
        }
    }

    Path write(String name, String content) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static final Path CFTC = Fixtures.fixture("datajson/gsa-datagov-harvester/cftc-dcatus.json");

    @Test
    void import_then_export_datajson_keeps_every_dataset() throws Exception {
        Result r = run("import", "--data", data().toString(), "--source", "cftc", CFTC.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("imported 7 datasets");
        Path out = tmp.resolve("out.json");
        Result e = run("export", "--data", data().toString(), "--format", "datajson", "--out", out.toString());
        assertThat(e.code()).as(e.err()).isZero();
        JsonNode exported = new ObjectMapper().readTree(out.toFile());
        JsonNode original = new ObjectMapper().readTree(CFTC.toFile());
        assertThat(exported.get("dataset").size()).isEqualTo(original.get("dataset").size());
    }

    @Test
    void a_source_exported_alone_keeps_its_own_catalog_header() throws Exception {
        assertThat(run("import", "--data", data().toString(), "--source", "cftc", CFTC.toString()).code()).isZero();
        Path bom = Fixtures.fixture("datajson/dkan/dkan7_harvest_test_bom.json");
        assertThat(run("import", "--data", data().toString(), "--source", "dkan", bom.toString()).code()).isZero();
        Path out = tmp.resolve("cftc.json");
        Result e = run("export", "--data", data().toString(), "--format", "datajson", "--source", "cftc", "--out", out.toString());
        assertThat(e.code()).as(e.err()).isZero();
        JsonNode exported = new ObjectMapper().readTree(out.toFile());
        JsonNode original = new ObjectMapper().readTree(CFTC.toFile());
        for (String member : new String[] {"@context", "@id", "@type", "conformsTo", "describedBy"}) {
            assertThat(exported.get(member)).as(member).isEqualTo(original.get(member));
        }
        assertThat(exported.get("dataset").size()).isEqualTo(original.get("dataset").size());
        java.util.Set<String> ids = new java.util.HashSet<>();
        exported.get("dataset").forEach(d -> ids.add(d.get("identifier").asText()));
        java.util.Set<String> expected = new java.util.HashSet<>();
        original.get("dataset").forEach(d -> expected.add(d.get("identifier").asText()));
        assertThat(ids).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"turtle", "ntriples", "jsonld", "rdfxml"})
    void export_rdf_formats_succeeds(String format) throws Exception {
        assertThat(run("import", "--data", data().toString(), "--source", "cftc", CFTC.toString()).code()).isZero();
        Path out = tmp.resolve("out." + format);
        Result e = run("export", "--data", data().toString(), "--format", format, "--out", out.toString());
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(Files.size(out)).isGreaterThan(1000);
    }

    @Test
    void malformed_json_is_exit_1_with_position_and_store_unchanged() throws Exception {
        assertThat(run("import", "--data", data().toString(), "--source", "cftc", CFTC.toString()).code()).isZero();
        long before = count();
        Path bad = write("bad.json", "{\n  \"conformsTo\": \"https://project-open-data.cio.gov/v1.1/schema\",\n  \"dataset\": [ {\"title\": \"x\",, } ]\n}\n");
        Result r = run("import", "--data", data().toString(), "--source", "cftc", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.json").containsPattern(":3(:|\\D)");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void malformed_turtle_is_exit_1_with_line_and_store_unchanged() throws Exception {
        assertThat(run("import", "--data", data().toString(), "--source", "cftc", CFTC.toString()).code()).isZero();
        long before = count();
        Path bad = write("bad.ttl", "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<http://x/d> a dcat:Dataset ;\n  dcat:keyword \"unterminated .\n");
        Result r = run("import", "--data", data().toString(), "--source", "state", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.ttl");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void wrong_types_are_exit_1_and_store_unchanged() throws Exception {
        assertThat(run("import", "--data", data().toString(), "--source", "cftc", CFTC.toString()).code()).isZero();
        long before = count();
        Path bad = write("types.json", "{\"conformsTo\": \"https://project-open-data.cio.gov/v1.1/schema\", \"dataset\": [ {"
                + "\"title\": \"T\", \"description\": \"D\", \"keyword\": 5, \"modified\": \"2020-01-01\","
                + "\"publisher\": {\"name\": \"P\"}, \"contactPoint\": {\"fn\": \"C\", \"hasEmail\": \"mailto:c@x.gov\"},"
                + "\"identifier\": \"t-1\", \"accessLevel\": \"public\"} ]}");
        Result r = run("import", "--data", data().toString(), "--source", "cftc", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("types.json").contains("keyword");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void empty_file_is_exit_1_and_store_unchanged() throws Exception {
        assertThat(run("import", "--data", data().toString(), "--source", "cftc", CFTC.toString()).code()).isZero();
        long before = count();
        for (String name : new String[] {"empty.json", "empty.ttl"}) {
            Path empty = write(name, "");
            Result r = run("import", "--data", data().toString(), "--source", "cftc", empty.toString());
            assertThat(r.code()).as(name).isEqualTo(1);
            assertThat(r.err()).contains(name);
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void one_bad_file_among_several_writes_nothing() throws Exception {
        Path bad = write("bad2.json", "[ not json");
        Result r = run("import", "--data", data().toString(), "--source", "mixed", CFTC.toString(), bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(count()).isZero();
    }

    @Test
    void a_leading_byte_order_mark_is_accepted() {
        Path bom = Fixtures.fixture("datajson/dkan/dkan7_harvest_test_bom.json");
        Result r = run("import", "--data", data().toString(), "--source", "dkan", bom.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(count()).isPositive();
    }

    @Test
    void usage_errors_are_exit_2() {
        assertThat(run("import", "--data", data().toString(), CFTC.toString()).code()).as("missing --source").isEqualTo(2);
        assertThat(run("import", "--data", data().toString(), "--source", "Bad Id!", CFTC.toString()).code()).isEqualTo(2);
        assertThat(run("export", "--data", data().toString(), "--format", "yaml").code()).isEqualTo(2);
        assertThat(run("serve", "--port", "not-a-number").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run().code()).isEqualTo(2);
    }

    @Test
    void a_missing_file_is_an_input_error() {
        Result r = run("import", "--data", data().toString(), "--source", "x", tmp.resolve("nope.json").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nope.json");
    }

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = {"serve", "import", "export"})
    void every_command_has_help(String command) {
        Result r = run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage:").contains(command).contains("--data");
    }
}
