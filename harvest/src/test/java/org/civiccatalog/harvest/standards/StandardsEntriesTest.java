package org.civiccatalog.harvest.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.standards.Crosswalk;
import org.civiccatalog.core.standards.StandardsRegistry;
import org.civiccatalog.harvest.SourcesFile;
import org.civiccatalog.harvest.demo.DemoPortalServer;
import org.civiccatalog.harvest.demo.DemoRegion;
import org.civiccatalog.harvest.demo.DemoTable;
import org.civiccatalog.harvest.demo.DemoSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code "standards"} entries of a sources file: the shipped LA region's, the demo's round trip, every refusal. */
class StandardsEntriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Crosswalk> CROSSWALKS = crosswalks();
    @TempDir Path dir;

    private static Map<String, Crosswalk> crosswalks() {
        Map<String, Crosswalk> out = new java.util.TreeMap<>();
        for (Crosswalk c : Crosswalk.allBundled(StandardsRegistry.bundled(CatalogIris.of("http://catalog.test/")))) out.put(c.id(), c);
        return out;
    }

    @Test
    void the_la_region_serves_myla311_as_open311_and_the_county_tables_as_lives() {
        Path la = Paths.get("").toAbsolutePath().getParent().resolve("config/la-region.json");
        List<StandardsEntry> entries = StandardsEntries.read(la, CROSSWALKS);
        assertThat(entries).extracting(StandardsEntry::jurisdiction, StandardsEntry::crosswalk)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lacity", "myla311-open311"),
                        org.assertj.core.groups.Tuple.tuple("lacounty", "lacounty-restaurants-lives"));
        StandardsEntry.Input requests = entries.get(0).inputs().get("requests");
        // the MyLA311 2016 dataset that data.lacity.org's own metadata names (../shared/fixtures/la-reference/.../bpyg-ytsg.md)
        assertThat(requests).isEqualTo(new StandardsEntry.Input("lacity", "https://data.lacity.org/api/views/ndkd-k878", Optional.empty()));
        assertThat(entries.get(1).inputs()).containsOnlyKeys("inspections", "violations", "facilities");
        assertThat(entries.get(1).inputs().values()).extracting(StandardsEntry.Input::source).containsOnly("lacounty");
    }

    @Test
    void the_demo_writes_its_views_into_the_sources_file_and_reads_them_back() throws Exception {
        DemoRegion region = DemoRegion.of(DemoRegion.DEFAULT_SEED, 120);
        try (DemoPortalServer portals = DemoPortalServer.start(region, 0)) {
            Path file = dir.resolve("demo.json");
            portals.writeSourcesFile(file, Optional.empty());
            List<StandardsEntry> read = StandardsEntries.read(file, CROSSWALKS);
            assertThat(read).isEqualTo(portals.standardsEntries());
            StandardsEntry city = read.get(0);
            assertThat(city.jurisdiction()).isEqualTo(DemoPortalServer.DEMO_CITY);
            StandardsEntry.Input requests = city.inputs().get("requests");
            assertThat(requests.source()).isEqualTo(region.standardsDataset(DemoTable.SERVICE_REQUESTS).sourceId());
            assertThat(requests.dataset()).isEqualTo(region.standardsDataset(DemoTable.SERVICE_REQUESTS).identifier());
            // the CSV is the portal's on loopback: the record names the public host, which does not resolve
            assertThat(requests.csv()).contains(portals.local(region.standardsCsv(DemoTable.SERVICE_REQUESTS)));
            assertThat(requests.csv().get().getHost()).isEqualTo("127.0.0.1");
            assertThat(SourcesFile.read(file)).hasSize(6);
            // the sources file the server itself serves names the same views
            var served = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    portals.root().resolve("sources.json")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(StandardsEntries.parse("sources.json", JSON.readTree(served.body()),
                    SourcesFile.read(file).stream().map(x -> x.id()).toList(), CROSSWALKS)).isEqualTo(read);
        }
    }

    @Test
    void a_sources_file_without_standards_has_none() throws Exception {
        Path file = dir.resolve("plain.json");
        Files.writeString(file, DemoSources.json(List.of()));
        assertThat(StandardsEntries.read(file, List.of(), CROSSWALKS)).isEmpty();
    }

    private static final String GOOD = "{\"jurisdiction\":\"la\",\"crosswalk\":\"myla311-open311\","
            + "\"inputs\":{\"requests\":{\"source\":\"lacity\",\"dataset\":\"x\"}}}";

    @Test
    void a_good_entry_is_read() throws Exception {
        List<StandardsEntry> e = StandardsEntries.parse("s.json", JSON.readTree("{\"standards\":[" + GOOD + "]}"),
                List.of("lacity"), CROSSWALKS);
        assertThat(e).containsExactly(new StandardsEntry("la", "myla311-open311", "la",
                Map.of("requests", new StandardsEntry.Input("lacity", "x", Optional.empty()))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not an array|{\"standards\":{}}|\"standards\": expected an array",
            "unknown crosswalk|{\"standards\":[{\"jurisdiction\":\"la\",\"crosswalk\":\"nyc311\",\"inputs\":{}}]}|standards[0].crosswalk: \"nyc311\"",
            "bad jurisdiction|{\"standards\":[{\"jurisdiction\":\"LA City\",\"crosswalk\":\"myla311-open311\",\"inputs\":{}}]}|standards[0].jurisdiction",
            "unknown field|{\"standards\":[{\"jurisdiction\":\"la\",\"crosswalk\":\"myla311-open311\",\"inputs\":{},\"url\":\"x\"}]}|standards[0]: unknown field \"url\"",
            "missing input|{\"standards\":[{\"jurisdiction\":\"la\",\"crosswalk\":\"myla311-open311\",\"inputs\":{}}]}|needs \"requests\"",
            "unknown input|{\"standards\":[{\"jurisdiction\":\"la\",\"crosswalk\":\"myla311-open311\",\"inputs\":{\"calls\":{\"source\":\"lacity\",\"dataset\":\"x\"}}}]}|inputs.calls: crosswalk myla311-open311 has no such input",
            "unknown source|{\"standards\":[{\"jurisdiction\":\"la\",\"crosswalk\":\"myla311-open311\",\"inputs\":{\"requests\":{\"source\":\"nyc\",\"dataset\":\"x\"}}}]}|inputs.requests.source: \"nyc\" is not a source",
            "no dataset|{\"standards\":[{\"jurisdiction\":\"la\",\"crosswalk\":\"myla311-open311\",\"inputs\":{\"requests\":{\"source\":\"lacity\"}}}]}|inputs.requests: \"dataset\" is required",
            "csv not http|{\"standards\":[{\"jurisdiction\":\"la\",\"crosswalk\":\"myla311-open311\",\"inputs\":{\"requests\":{\"source\":\"lacity\",\"dataset\":\"x\",\"csv\":\"file:///etc/passwd\"}}}]}|inputs.requests.csv: not an http(s) URL",
    })
    void a_bad_entry_is_refused_with_its_place(String what, String json, String message) throws Exception {
        assertThatThrownBy(() -> StandardsEntries.parse("s.json", JSON.readTree(json), List.of("lacity"), CROSSWALKS))
                .as(what).isInstanceOf(InvalidInputException.class).hasMessageContaining(message);
    }

    @Test
    void one_jurisdiction_cannot_serve_the_same_standards_twice() throws Exception {
        assertThatThrownBy(() -> StandardsEntries.parse("s.json", JSON.readTree("{\"standards\":[" + GOOD + "," + GOOD + "]}"),
                List.of("lacity"), CROSSWALKS)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("standards[1]: jurisdiction \"la\" already serves");
    }
}
