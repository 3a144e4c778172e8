package org.civiccatalog.harvest.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.value;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.valueOfEach;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.values;
import static org.civiccatalog.core.testing.Fixtures.fixture;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.SourceKind;
import org.civiccatalog.harvest.SourceLimits;
import org.civiccatalog.harvest.testing.CollectingSink;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.junit.jupiter.api.Test;

class DataJsonHarvesterTest extends PortalAdapterTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> CFTC_TITLES = List.of("Commitment of Traders", "Bank Participation Reports",
            "Cotton On Call", "Financial Data for FCMS", "Net Positions Changes Data", "Weekly Swaps Report",
            "Cleared Margin Reports");

    final CollectingSink sink = new CollectingSink();

    void gather(String pathAndQuery) {
        gather(pathAndQuery, SourceLimits.defaults());
    }

    void gather(String pathAndQuery, SourceLimits limits) {
        HarvestSource src = HarvestSource.of("feed", SourceKind.DATAJSON, portal.url(pathAndQuery)).withLimits(limits);
        new DataJsonHarvester().gather(src, ctx, sink);
    }

    static Reply json(String body) {
        return Reply.ok("application/json", body);
    }

    /** A data.json whose dataset {@code i} starts on line {@code i + 2}. */
    static String catalog(List<? extends JsonNode> datasets) {
        List<String> lines = new ArrayList<>();
        for (JsonNode d : datasets) lines.add(d.toString());
        return "{\"conformsTo\": \"https://project-open-data.cio.gov/v1.1/schema\", \"dataset\": [\n"
                + String.join(",\n", lines) + "\n]}";
    }

    static List<ObjectNode> cftcDatasets() throws IOException {
        JsonNode root = JSON.readTree(fixture("datajson/gsa-datagov-harvester/cftc-dcatus.json").toFile());
        List<ObjectNode> out = new ArrayList<>();
        root.get("dataset").forEach(d -> out.add((ObjectNode) d));
        return out;
    }

    static ObjectNode dataset(String id, String title) {
        ObjectNode d = JSON.createObjectNode();
        d.put("identifier", id).put("title", title).put("description", "about " + title)
                .put("accessLevel", "public").put("modified", "2024-01-01");
        d.putArray("keyword").add("test");
        return d;
    }

    static SourceLimits limits(int maxPages, int maxDistributions, int maxKeywords, int maxTextLength) {
        return new SourceLimits(1000, maxPages, 512L * 1024 * 1024, maxDistributions, maxKeywords, maxTextLength, 0.2);
    }

    @Test
    void cftc_feed_gives_its_seven_datasets_with_their_titles() {
        portal.on("/data.json", jsonFile("datajson/gsa-datagov-harvester/cftc-dcatus.json"));
        gather("/data.json");

        assertThat(sink.ids()).containsExactly("cftc-dc1", "cftc-dc2", "cftc-dc3", "cftc-dc4", "cftc-dc5",
                "cftc-dc6", "cftc-dc7");
        assertThat(valueOfEach(sink, DCTERMS.title)).containsExactlyElementsOf(CFTC_TITLES);
        assertThat(sink.delivered()).allSatisfy(d -> {
            assertThat(d.fromUrl()).isEqualTo(portal.url("/data.json").toString());
            assertThat(d.dataset().datasetIri()).isEqualTo(IRIS.dataset("feed", d.dataset().upstreamId()));
        });
        assertThat(values(sink.dataset("cftc-dc4").orElseThrow(), DCAT.keyword)).hasSize(6);
        assertThat(sink.findings()).isEmpty();
        assertThat(portal.requests()).containsExactly("/data.json");
        assertThat(portal.lastHeader("/data.json", "Accept")).startsWith("application/json");
    }

    @Test
    void legacy_pod_v10_array_is_upgraded_and_harvested() {
        portal.on("/data.json", jsonFile("datajson/socrata-pod-v1.0-2013/data.oaklandnet.com.json"));
        gather("/data.json");

        assertThat(sink.datasets()).hasSize(52);
        assertThat(sink.findings()).isEmpty();
        assertThat(sink.datasets().get(0).upstreamId()).isEqualTo("https://data.oaklandnet.com/data.json");
        assertThat(value(sink.datasets().get(0), DCTERMS.title)).isEqualTo("Project Open Data, /data.json file");
    }

    @Test
    void paged_feed_is_gathered_completely_until_an_empty_page() throws IOException {
        List<ObjectNode> all = cftcDatasets();
        portal.on("/data.json?page=1", json(catalog(all.subList(0, 3))))
                .on("/data.json?page=2", json(catalog(all.subList(3, 6))))
                .on("/data.json?page=3", json(catalog(all.subList(6, 7))))
                .on("/data.json?page=4", json(catalog(List.of())));
        gather("/data.json?page=1");

        assertThat(valueOfEach(sink, DCTERMS.title)).containsExactlyElementsOf(CFTC_TITLES);
        assertThat(sink.delivered().get(4).fromUrl()).isEqualTo(portal.url("/data.json?page=2").toString());
        assertThat(sink.delivered().get(6).fromUrl()).isEqualTo(portal.url("/data.json?page=3").toString());
        assertThat(portal.requests()).containsExactly("/data.json?page=1", "/data.json?page=2",
                "/data.json?page=3", "/data.json?page=4");
        assertThat(sink.findings()).isEmpty();
    }

    @Test
    void paged_feed_ends_at_a_404_after_page_one_and_keeps_other_parameters() throws IOException {
        List<ObjectNode> all = cftcDatasets();
        portal.on("/catalog/data.json?format=pod&page=1", json(catalog(all.subList(0, 4))))
                .on("/catalog/data.json?format=pod&page=2", json(catalog(all.subList(4, 7))));
        gather("/catalog/data.json?format=pod&page=1");

        assertThat(sink.ids()).hasSize(7).doesNotHaveDuplicates();
        assertThat(portal.requests()).containsExactly("/catalog/data.json?format=pod&page=1",
                "/catalog/data.json?format=pod&page=2", "/catalog/data.json?format=pod&page=3");
    }

    @Test
    void a_page_that_repeats_the_one_before_stops_the_gather() throws IOException {
        List<ObjectNode> all = cftcDatasets();
        portal.on("/data.json?page=1", json(catalog(all.subList(0, 3))))
                .on("/data.json?page=2", json(catalog(all.subList(3, 6))))
                // same identifiers as page 2, in another order: a portal that ignores 'page' past the end
                .on("/data.json?page=3", json(catalog(List.of(all.get(5), all.get(3), all.get(4)))));

        assertThatThrownBy(() -> gather("/data.json?page=1")).isInstanceOf(HarvestException.class)
                .hasMessageContaining("page 3 repeats page 2").hasMessageContaining("/data.json?page=3");
        assertThat(sink.ids()).containsExactly("cftc-dc1", "cftc-dc2", "cftc-dc3", "cftc-dc4", "cftc-dc5", "cftc-dc6");
        assertThat(sink.findings()).isEmpty();
        assertThat(portal.requests()).hasSize(3);
    }

    @Test
    void a_portal_that_ignores_page_fails_on_page_two() {
        portal.on("/data.json?page=1", jsonFile("datajson/gsa-datagov-harvester/cftc-dcatus.json"))
                .on("/data.json?page=2", jsonFile("datajson/gsa-datagov-harvester/cftc-dcatus.json"));

        assertThatThrownBy(() -> gather("/data.json?page=1")).isInstanceOf(HarvestException.class)
                .hasMessageContaining("page 2 repeats page 1");
        assertThat(sink.datasets()).hasSize(7);
    }

    @Test
    void a_500_on_page_two_fails_after_page_one_was_delivered() throws IOException {
        List<ObjectNode> all = cftcDatasets();
        portal.on("/data.json?page=1", json(catalog(all.subList(0, 3))))
                .on("/data.json?page=2", Reply.status(500, Map.of()));

        assertThatThrownBy(() -> gather("/data.json?page=1")).isInstanceOf(HarvestException.class)
                .hasMessageContaining("HTTP 500").hasMessageContaining(portal.url("/data.json?page=2").toString());
        assertThat(sink.ids()).containsExactly("cftc-dc1", "cftc-dc2", "cftc-dc3");
    }

    @Test
    void an_http_error_on_the_first_page_names_status_and_url() {
        assertThatThrownBy(() -> gather("/data.json")).isInstanceOf(HarvestException.class)
                .hasMessageContaining("HTTP 404").hasMessageContaining(portal.url("/data.json").toString());
        assertThatThrownBy(() -> gather("/paged.json?page=1")).isInstanceOf(HarvestException.class)
                .hasMessageContaining("HTTP 404").hasMessageContaining(portal.url("/paged.json?page=1").toString());
        assertThat(sink.datasets()).isEmpty();
    }

    @Test
    void more_pages_than_max_pages_fail() throws IOException {
        List<ObjectNode> all = cftcDatasets();
        for (int n = 1; n <= 7; n++) portal.on("/data.json?page=" + n, json(catalog(all.subList(n - 1, n))));

        assertThatThrownBy(() -> gather("/data.json?page=1", limits(3, 1000, 1000, 100_000)))
                .isInstanceOf(HarvestException.class).hasMessageContaining("maxPages (3)");
        assertThat(sink.datasets()).hasSize(3);
    }

    @Test
    void a_bad_record_among_good_ones_becomes_a_finding_and_the_others_are_delivered() throws IOException {
        List<ObjectNode> records = new ArrayList<>(cftcDatasets());
        ObjectNode bad = dataset("bad-1", "Keywords of the wrong type");
        bad.put("keyword", 42);
        records.add(2, bad);
        portal.on("/data.json", json(catalog(records)));
        gather("/data.json");

        assertThat(valueOfEach(sink, DCTERMS.title)).containsExactlyElementsOf(CFTC_TITLES);
        assertThat(sink.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(f.sourceId()).isEqualTo("feed");
            assertThat(f.where()).isEqualTo("dataset[2] at line 4");
            assertThat(f.message()).contains("'bad-1'").contains("keyword").contains("must be an array");
        });
    }

    @Test
    void records_without_identifier_are_skipped_with_a_finding() {
        portal.on("/data.json", jsonFile("datajson/gsa-datagov-harvester/dcatus_mixed_identifiers.json"));
        gather("/data.json");

        assertThat(sink.ids()).containsExactly("valid-id-1", "valid-id-2", "valid-id-3", "valid-id-4", "valid-id-5");
        assertThat(sink.findings()).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(f.message()).contains("has no identifier");
        });
        assertThat(sink.findings().get(0).where()).startsWith("dataset[1] at line ");
        assertThat(sink.findings().get(0).message()).contains("'Missing ID Dataset One'");
        assertThat(sink.findings().get(1).where()).startsWith("dataset[4] at line ");
    }

    @Test
    void a_blank_identifier_is_no_identifier() {
        portal.on("/data.json", jsonFile("datajson/gsa-datagov-harvester/dcatus_whitespace_identifier.json"));
        gather("/data.json");

        assertThat(sink.datasets()).isEmpty();
        assertThat(sink.findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("blank"));
    }

    @Test
    void a_duplicate_identifier_keeps_the_first_record_and_reports_the_second() {
        portal.on("/data.json", json(catalog(List.of(dataset("a", "First A"), dataset("b", "B"),
                dataset("a", "Second A")))));
        gather("/data.json");

        assertThat(sink.ids()).containsExactly("a", "b");
        assertThat(value(sink.dataset("a").orElseThrow(), DCTERMS.title)).isEqualTo("First A");
        assertThat(sink.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(f.where()).isEqualTo("dataset[2] at line 4");
            assertThat(f.message()).contains("duplicate identifier 'a'").contains("dataset[0] at line 2");
        });
    }

    @Test
    void a_duplicate_identifier_on_a_later_page_is_reported_with_its_page() {
        portal.on("/data.json?page=1", json(catalog(List.of(dataset("a", "First A")))))
                .on("/data.json?page=2", json(catalog(List.of(dataset("b", "B"), dataset("a", "Second A")))));
        gather("/data.json?page=1");

        assertThat(sink.ids()).containsExactly("a", "b");
        assertThat(sink.findings()).singleElement().satisfies(f -> {
            assertThat(f.where()).isEqualTo("dataset[1] at line 3 on page 2");
            assertThat(f.message()).contains("dataset[0] at line 2 on page 1");
        });
    }

    @Test
    void fifty_keywords_with_max_keywords_ten_keep_the_first_ten_and_warn() {
        ObjectNode d = dataset("many-kw", "Many keywords");
        ArrayNode kw = d.putArray("keyword");
        IntStream.range(0, 50).forEach(i -> kw.add(String.format("kw-%02d", i)));
        portal.on("/data.json", json(catalog(List.of(d, dataset("plain", "Plain")))));
        gather("/data.json", limits(100, 1000, 10, 100_000));

        assertThat(values(sink.dataset("many-kw").orElseThrow(), DCAT.keyword))
                .containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(i -> String.format("kw-%02d", i)).toList());
        assertThat(values(sink.dataset("plain").orElseThrow(), DCAT.keyword)).containsExactly("test");
        assertThat(sink.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.where()).isEqualTo("dataset[0] at line 2");
            assertThat(f.message()).contains("'many-kw'").contains("keyword: 50 -> first 10 kept (maxKeywords)");
        });
    }

    @Test
    void distributions_and_long_texts_are_cut_with_one_warning_naming_both() {
        ObjectNode d = dataset("big", "Big");
        d.put("description", "x".repeat(500));
        ArrayNode dist = d.putArray("distribution");
        for (int i = 1; i <= 3; i++)
            dist.addObject().put("downloadURL", "https://files.example.org/" + i + ".csv").put("mediaType", "text/csv");
        portal.on("/data.json", json(catalog(List.of(d))));
        gather("/data.json", limits(100, 2, 1000, 100));

        ImportedDataset big = sink.dataset("big").orElseThrow();
        assertThat(value(big, DCTERMS.description)).hasSize(100);
        assertThat(values(big, DCAT.distribution)).hasSize(2);
        assertThat(sink.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("distribution: 3 -> first 2 kept (maxDistributions)")
                .contains("description: 500 -> 100 characters (maxTextLength)"));
    }

    @Test
    void malformed_json_fails_the_source_after_the_records_before_it() throws IOException {
        String body = catalog(List.of(dataset("a", "A"), dataset("b", "B"), dataset("c", "C")));
        portal.on("/data.json", json(body.replace("\"identifier\":\"c\"", "\"identifier\" \"c\"")));

        assertThatThrownBy(() -> gather("/data.json")).isInstanceOf(HarvestException.class)
                .hasMessageContaining(portal.url("/data.json").toString()).hasMessageContaining("malformed JSON");
        assertThat(sink.ids()).containsExactly("a", "b");
    }

    @Test
    void a_document_without_dataset_array_fails_the_source() {
        portal.on("/data.json", json("{\"title\": \"not a catalog\", \"identifier\": \"x\"}"));

        assertThatThrownBy(() -> gather("/data.json")).isInstanceOf(HarvestException.class)
                .hasMessageContaining("has no 'dataset' array");
    }

    @Test
    void page_urls_replace_only_the_page_parameter() {
        assertThat(DataJsonPaging.isPaged(URI.create("https://x.example/data.json"))).isFalse();
        assertThat(DataJsonPaging.isPaged(URI.create("https://x.example/data.json?pages=2"))).isFalse();
        assertThat(DataJsonPaging.isPaged(URI.create("https://x.example/data.json?q=a&page=1"))).isTrue();
        assertThat(DataJsonPaging.pageUrl(URI.create("https://x.example/a%20b/data.json?page=1&q=x%26y"), 7))
                .hasToString("https://x.example/a%20b/data.json?page=7&q=x%26y");
    }
}
