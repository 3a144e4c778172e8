package org.civiccatalog.core.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civiccatalog.core.standards.StandardsTestSupport.resource;
import static org.civiccatalog.core.standards.StandardsTestSupport.resources;
import static org.civiccatalog.core.standards.StandardsTestSupport.table;
import static org.civiccatalog.core.standards.StandardsTestSupport.tableResource;
import static org.civiccatalog.core.standards.StandardsTestSupport.xmlItems;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.core.CatalogIris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden tests of the two shipped crosswalks: hand-made inputs to hand-written expected outputs, compared structurally. */
class CrosswalkTest {
    static final StandardsRegistry REGISTRY = StandardsRegistry.bundled(CatalogIris.of("https://catalog.example.gov/"));
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    static final ObjectMapper JSON = new ObjectMapper();
    static final Crosswalk MYLA311 = Crosswalk.bundled("crosswalks/myla311-open311.json", REGISTRY);
    static final Crosswalk LACOUNTY = Crosswalk.bundled("crosswalks/lacounty-restaurants-lives.json", REGISTRY);
    static final RowSource MYLA311_INPUT = input -> CsvRows.open("myla311-sample.csv", resource("myla311-sample.csv"));

    @TempDir
    Path dir;

    static byte[] open311(String output, Open311Writer.Format format, List<CrosswalkRun.Stats> stats) {
        Crosswalk.Output o = MYLA311.output(output);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter w = Open311Writer.writer(format, o.file(), out)) {
            stats.add(new CrosswalkRun(MYLA311, MYLA311_INPUT, CLOCK).run(output, w));
        }
        return out.toByteArray();
    }

    @Test
    void myla311_requests_as_open311_json_equal_the_expected_document() throws Exception {
        List<CrosswalkRun.Stats> stats = new ArrayList<>();
        JsonNode actual = JSON.readTree(open311("requests", Open311Writer.Format.JSON, stats));
        JsonNode expected = JSON.readTree(resource("myla311-expected-requests.json"));
        assertThat(actual).isEqualTo(expected);
        // the spec's field order, as in its examples
        List<String> names = new ArrayList<>();
        actual.get(0).fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(REGISTRY.require("open311-georeport-v2").requireFile("requests").fieldNames());
        assertThat(stats.get(0)).extracting(CrosswalkRun.Stats::read, CrosswalkRun.Stats::written, CrosswalkRun.Stats::problemCount)
                .containsExactly(4L, 4L, 0L);
    }

    @Test
    void myla311_requests_as_open311_xml_hold_the_same_values_as_elements() throws Exception {
        List<String> actual = xmlItems(new ByteArrayInputStream(open311("requests", Open311Writer.Format.XML, new ArrayList<>())));
        List<String> expected = new ArrayList<>(List.of("service_requests ns=null"));
        for (JsonNode r : JSON.readTree(resource("myla311-expected-requests.json"))) {
            StringBuilder sb = new StringBuilder("request:");
            r.fields().forEachRemaining(e -> sb.append(" ").append(e.getKey()).append("=").append(e.getValue().isNull() ? "" : e.getValue().asText()));
            expected.add(sb.toString());
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void myla311_services_are_the_distinct_request_types() throws Exception {
        List<CrosswalkRun.Stats> stats = new ArrayList<>();
        List<String> actual = xmlItems(new ByteArrayInputStream(open311("services", Open311Writer.Format.XML, stats)));
        assertThat(actual).containsExactlyElementsOf(xmlItems(resource("myla311-expected-services.xml")));
        assertThat(stats.get(0).skippedDuplicate()).isEqualTo(1);
        JsonNode json = JSON.readTree(open311("services", Open311Writer.Format.JSON, new ArrayList<>()));
        assertThat(json).hasSize(3);
        assertThat(json.get(0).get("metadata").isBoolean()).isTrue();
    }

    @Test
    void myla311_as_open311_bulk_csv() {
        Path out = dir.resolve("bulk.csv");
        Crosswalk.Output bulk = MYLA311.output("bulk");
        try (var os = Files.newOutputStream(out); RowWriter w = LivesWriter.csv(LivesWriter.columns(bulk), os)) {
            new CrosswalkRun(MYLA311, MYLA311_INPUT, CLOCK).run("bulk", w);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(table(out)).isEqualTo(tableResource("myla311-expected-bulk.csv"));
        // and the Bulk output passes the Bulk profile's sample check
        try (CsvRows rows = CsvRows.open(out)) {
            ConformanceResult r = new ConformanceChecker(CLOCK, 100).check("x", REGISTRY.require("open311-bulk"), false,
                    ColumnInfo.fromHeader(rows.header()), rows);
            // every non-optional Bulk field is derived, but request 3 has no coordinates and Bulk's lat/long are not optional
            assertThat(r.findings()).extracting(ConformanceFinding::toString).containsExactly(
                    "requests.csv row 3, lat: null-required: required value of 'lat' is empty",
                    "requests.csv row 3, long: null-required: required value of 'long' is empty");
            assertThat(r.level()).isEqualTo(ConformanceLevel.HEADERS_MATCH);
        }
    }

    @Test
    void a_value_no_time_pattern_reads_becomes_null_and_is_reported_with_its_row() {
        List<String> header = List.of("srnumber", "createddate", "updateddate", "closeddate", "status", "actiontaken", "requesttype",
                "requestsource", "owner", "address", "zipcode", "latitude", "longitude");
        Row row = new Row(1, Map.ofEntries(Map.entry("srnumber", "9"), Map.entry("createddate", "yesterday"),
                Map.entry("updateddate", "01/05/2024 08:30:00 AM"), Map.entry("status", "Open"), Map.entry("requesttype", "Other"),
                Map.entry("latitude", "north")));
        List<MappedRow> rows = new ArrayList<>();
        CrosswalkRun.Stats s = new CrosswalkRun(MYLA311, in -> Rows.of(header, List.of(row)), CLOCK).run("requests", rows::add);
        assertThat(rows.get(0).get("requested_datetime")).isNull();
        assertThat(rows.get(0).get("updated_datetime")).isEqualTo("2024-01-05T08:30:00-08:00");
        assertThat(rows.get(0).get("lat")).isNull();
        assertThat(s.problems()).containsExactly(
                "row 1: requested_datetime: 'yesterday' matches none of the time formats [MM/dd/yyyy hh:mm:ss a, iso]",
                "row 1: lat: 'north' is not a number");
    }

    @Test
    void a_run_stops_reading_when_the_sink_has_enough() {
        List<MappedRow> got = new ArrayList<>();
        CrosswalkRun.Stats s = new CrosswalkRun(MYLA311, MYLA311_INPUT, CLOCK).runWhile("requests", r -> {
            got.add(r);
            return got.size() < 2;
        });
        assertThat(got).extracting(r -> r.get("service_request_id")).containsExactly("1-3000000001", "1-3000000002");
        assertThat(s.read()).isEqualTo(2);
        assertThat(s.written()).isEqualTo(2);
    }

    @Test
    void an_input_without_a_declared_column_is_refused_naming_it() {
        List<String> header = List.of("srnumber", "createddate", "updateddate", "closeddate", "status", "actiontaken", "requesttype",
                "requestsource", "owner", "address", "zipcode", "latitude");
        CrosswalkRun run = new CrosswalkRun(MYLA311, in -> Rows.of(header, List.of()), CLOCK);
        assertThatThrownBy(() -> run.run("requests", r -> {})).isInstanceOf(StandardsException.class)
                .hasMessageContaining("input 'requests' has no column [longitude]");
        List<String> full = new ArrayList<>(header);
        full.add("Longitude");
        assertThat(new CrosswalkRun(MYLA311, in -> Rows.of(full, List.of()), CLOCK).run("requests", r -> {}).read()).isZero();
    }

    @Test
    void la_county_tables_make_the_expected_lives_zip_and_it_passes_the_lives_checker() throws Exception {
        Path zip = dir.resolve("lives.zip");
        Map<String, CrosswalkRun.Stats> stats;
        try (var os = Files.newOutputStream(zip)) {
            stats = LivesWriter.zip(LACOUNTY, new CrosswalkRun(LACOUNTY, resources("lacounty/"), CLOCK), os);
        }
        List<String> entries = new ArrayList<>();
        Path unzipped = Files.createDirectory(dir.resolve("unzipped"));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.add(e.getName());
                Files.copy(in, unzipped.resolve(e.getName()));
            }
        }
        assertThat(entries).containsExactly("businesses.csv", "inspections.csv", "violations.csv", "feed_info.csv", "legend.csv");
        for (String f : entries)
            assertThat(table(unzipped.resolve(f))).as(f).isEqualTo(tableResource("lives-expected/" + f));
        // one facility listed twice (two programs), the inspection of a facility gone from the inventory, its
        // violation and a violation of an unknown inspection are left out
        assertThat(stats.get("businesses").skippedDuplicate()).isEqualTo(1);
        assertThat(stats.get("inspections").skippedNoMatch()).isEqualTo(1);
        assertThat(stats.get("violations").skippedNoMatch()).isEqualTo(2);
        assertThat(Files.readString(unzipped.resolve("businesses.csv"), StandardCharsets.UTF_8)).doesNotStartWith("\uFEFF");
        FeedCheckReport report = LivesChecker.of(REGISTRY).check(zip);
        assertThat(report.findings()).isEmpty();
        assertThat(report.rowCounts()).containsExactly(Map.entry("businesses.csv", 3L), Map.entry("inspections.csv", 5L),
                Map.entry("violations.csv", 4L), Map.entry("feed_info.csv", 1L), Map.entry("legend.csv", 4L));
    }

    @Test
    void crosswalk_files_with_mistakes_are_refused_when_loaded_naming_the_mistake() throws Exception {
        assertRefused(o -> ((ObjectNode) o.at("/outputs/requests/fields")).set("colour", o.at("/outputs/requests/fields/status")),
                "'colour' is not a field of open311-georeport-v2 requests");
        assertRefused(o -> ((ObjectNode) o.at("/outputs/requests/fields")).remove("service_code"),
                "required field 'service_code' of requests is not mapped");
        assertRefused(o -> ((ObjectNode) o.at("/outputs/requests/fields/zipcode")).put("column", "zip"),
                "field 'zipcode' reads 'zip', neither a column of input 'requests'");
        assertRefused(o -> ((ObjectNode) o.at("/outputs/requests/fields/zipcode")).put("colum", "zip"), "unknown key 'colum'");
        assertRefused(o -> ((ObjectNode) o).put("timezone", "America/Atlantis"), "unknown timezone 'America/Atlantis'");
        assertRefused(o -> ((ObjectNode) o.at("/outputs/requests")).put("standard", "open311-v3"), "no standard 'open311-v3'");
        assertRefused(o -> ((ObjectNode) o.at("/outputs/requests/fields/status")).put("map", "states"), "uses map 'states'");
        assertRefused(o -> ((ObjectNode) o.at("/outputs/requests/fields/status")).put("const", "open"), "needs exactly one of");
    }

    private static void assertRefused(Consumer<JsonNode> change, String message) throws Exception {
        JsonNode tree;
        try (InputStream in = Crosswalk.class.getResourceAsStream("/org/civiccatalog/core/standards/crosswalks/myla311-open311.json")) {
            tree = JSON.readTree(in);
        }
        // the twin: unchanged, it loads
        Crosswalk.read(new ByteArrayInputStream(JSON.writeValueAsBytes(tree)), "ok.json", REGISTRY);
        change.accept(tree);
        assertThatThrownBy(() -> Crosswalk.read(new ByteArrayInputStream(JSON.writeValueAsBytes(tree)), "bad.json", REGISTRY))
                .isInstanceOf(StandardsException.class).hasMessageContaining("bad.json").hasMessageContaining(message);
    }

    @Test
    void the_time_transform_converts_zones_and_handles_both_sides_of_daylight_saving() {
        FieldMapping.TimeTransform t = new FieldMapping.TimeTransform(JSON.createObjectNode()
                .set("in", JSON.createArrayNode().add("MM/dd/yyyy hh:mm:ss a").add("iso")), java.time.ZoneId.of("America/Los_Angeles"), "test");
        assertThat(t.apply("12/31/2023 11:59:59 PM")).isEqualTo("2023-12-31T23:59:59-08:00");
        assertThat(t.apply("06/30/2024 12:00:00 AM")).isEqualTo("2024-06-30T00:00:00-07:00");
        assertThat(t.apply("2024-06-30T07:00:00Z")).as("an instant is converted to the zone").isEqualTo("2024-06-30T00:00:00-07:00");
        assertThat(t.apply("2024-01-01")).isEqualTo("2024-01-01T00:00:00-08:00");
        assertThat(t.apply("31/12/2023 11:59:59 PM")).isNull();
        assertThat(FieldMapping.slug("Bulky Items")).isEqualTo("bulky-items");
        assertThat(FieldMapping.slug("Électronique / Waste ")).isEqualTo("electronique-waste");
    }

    @SuppressWarnings("unused")
    private static Iterator<Row> none() {
        return java.util.Collections.emptyIterator();
    }
}
