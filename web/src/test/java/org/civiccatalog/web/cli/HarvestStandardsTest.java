package org.civiccatalog.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.standards.Crosswalk;
import org.civiccatalog.core.standards.StandardsRegistry;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.testing.PortalServer;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DQV;
import org.civiccatalog.web.standards.DerivedDatasets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A standards view named in a sources file, not the demo: {@code ./catalog harvest} harvests a loopback data.json
 * whose 311 dataset declares Open311 and has a MyLA311 CSV distribution, then checks it through the crosswalk (the CSV
 * found from the harvested record), writes the derived dataset and links the crosswalk from the distribution.
 */
class HarvestStandardsTest {
    private static final String BASE = "http://catalog.test/";
    private static final int ROWS = 40;
    @TempDir Path tmp;
    PortalServer portal;

    @BeforeEach
    void start() {
        portal = new PortalServer();
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A MyLA311 CSV with the crosswalk's columns; the first {@code badDates} rows have a created date no pattern reads. */
    static String csv(int badDates) {
        List<String> cols = Crosswalk.bundled("crosswalks/myla311-open311.json",
                StandardsRegistry.bundled(CatalogIris.of(BASE))).inputs().get("requests").columns();
        StringBuilder sb = new StringBuilder(String.join(",", cols)).append("\r\n");
        for (int i = 1; i <= ROWS; i++) {
            List<String> row = new ArrayList<>();
            for (String c : cols)
                row.add(switch (c) {
                    case "srnumber" -> "1-" + (100000 + i);
                    case "createddate" -> i <= badDates ? "sometime in March" : "03/0" + (1 + i % 9) + "/2024 10:15:00 AM";
                    case "updateddate" -> "03/10/2024 09:00:00 AM";
                    case "status" -> i % 2 == 0 ? "Closed" : "Open";
                    case "requesttype" -> i % 3 == 0 ? "Graffiti Removal" : "Bulky Items";
                    case "owner" -> "BOS";
                    case "address" -> "200 N SPRING ST";
                    case "zipcode" -> "90012";
                    case "latitude" -> "34.0537";
                    case "longitude" -> "-118.2428";
                    default -> "";
                });
            sb.append(String.join(",", row)).append("\r\n");
        }
        return sb.toString();
    }

    Path sourcesFile(int badDates) throws Exception {
        String csvUrl = portal.url("/sr-2024.csv").toString();
        portal.on("/sr-2024.csv", Reply.ok("text/csv", csv(badDates)));
        portal.on("/data.json", Reply.ok("application/json", """
                {"conformsTo": "https://project-open-data.cio.gov/v1.1/schema", "dataset": [
                  {"@type": "dcat:Dataset", "identifier": "sr-2024", "title": "MyLA311 Service Request Data 2024",
                   "description": "Service requests.", "keyword": ["311"], "modified": "2024-03-10",
                   "publisher": {"name": "City"}, "contactPoint": {"fn": "311", "hasEmail": "mailto:311@city.example"},
                   "accessLevel": "public", "conformsTo": "http://wiki.open311.org/GeoReport_v2",
                   "distribution": [
                     {"@type": "dcat:Distribution", "title": "JSON", "downloadURL": "%s", "mediaType": "application/json"},
                     {"@type": "dcat:Distribution", "title": "Requests (CSV)", "downloadURL": "%s", "mediaType": "text/csv"}]},
                  {"@type": "dcat:Dataset", "identifier": "parks", "title": "Parks", "description": "Parks.",
                   "keyword": ["parks"], "modified": "2024-03-10", "publisher": {"name": "City"},
                   "contactPoint": {"fn": "Parks", "hasEmail": "mailto:parks@city.example"}, "accessLevel": "public"}]}
                """.formatted(portal.url("/sr-2024.json"), csvUrl)));
        Path p = tmp.resolve("sources.json");
        Files.writeString(p, """
                {"sources": [{"id": "city", "kind": "datajson", "url": "%s"}],
                 "standards": [{"jurisdiction": "city", "crosswalk": "myla311-open311", "contact": "City 311",
                                "inputs": {"requests": {"source": "city", "dataset": "sr-2024"}}}]}
                """.formatted(portal.url("/data.json")));
        return p;
    }

    @ParameterizedTest(name = "{0} rows with a bad date")
    @ValueSource(ints = {0, 3})
    void harvest_checks_the_declared_standard_through_the_crosswalk_and_links_it(int badDates) throws Exception {
        Path data = tmp.resolve("data");
        Result r = run("harvest", "--data", data.toString(), "--base", BASE, "--no-audit", "--sources", sourcesFile(badDates).toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("standards: 1 source datasets checked for conformance");
        assertThat(portal.count("/sr-2024.csv")).as("the CSV of the record's CSV distribution").isEqualTo(1);
        try (TdbCatalogStore store = TdbCatalogStore.open(data, null)) {
            String sr = store.iris().dataset("city", "sr-2024");
            Graph conf = graph(store, store.iris().conformanceGraph(sr));
            List<Node> ms = conf.find(Node.ANY, DQV.isMeasurementOf.asNode(), CIVIC.standardConformance.asNode()).toList()
                    .stream().map(t -> t.getSubject()).toList();
            assertThat(ms).hasSize(1);
            Node m = ms.get(0);
            assertThat(conf.contains(m, CIVIC.standard.asNode(), NodeFactory.createURI(store.iris().standard("open311-georeport-v2")))).isTrue();
            assertThat(conf.contains(m, CIVIC.crosswalk.asNode(), NodeFactory.createLiteralString("myla311-open311"))).isTrue();
            assertThat(conf.contains(m, CIVIC.rowsChecked.asNode(), integer(ROWS))).isTrue();
            // each unreadable created date leaves Open311's required requested_datetime empty: one error per row
            assertThat(conf.contains(m, CIVIC.errorCount.asNode(), integer(badDates))).isTrue();
            assertThat(conf.contains(m, CIVIC.conformanceLevel.asNode(),
                    (badDates == 0 ? CIVIC.levelSampleValid : CIVIC.levelHeadersMatch).asNode())).isTrue();

            // the crosswalk is linked from the CSV distribution (not the JSON one), outside the record graph
            Graph record = store.recordGraphOfDataset(sr).orElseThrow();
            List<Node> csvDist = record.find(Node.ANY, org.civiccatalog.vocab.DCAT.downloadURL.asNode(),
                    NodeFactory.createURI(portal.url("/sr-2024.csv").toString())).toList().stream().map(t -> t.getSubject()).toList();
            assertThat(csvDist).hasSize(1);
            Graph links = graph(store, store.iris().crosswalksGraph());
            assertThat(links.find(Node.ANY, CIVIC.mappedBy.asNode(), Node.ANY).toList()).extracting(t -> t.getSubject())
                    .containsExactly(csvDist.get(0));
            assertThat(record.find(Node.ANY, CIVIC.mappedBy.asNode(), Node.ANY).toList()).isEmpty();

            // the Open311 view is in the catalog, derived from the dataset
            String derived = store.iris().dataset(DerivedDatasets.SOURCE_ID, BASE + "open311/city/v2");
            assertThat(store.recordGraphOfDataset(derived)).isPresent();
            // the parks dataset is no view's source: nothing recorded
            assertThat(graph(store, store.iris().conformanceGraph(store.iris().dataset("city", "parks"))).isEmpty()).isTrue();
        }
    }

    @Test
    void serve_serves_the_view_of_the_sources_file_over_the_harvested_dataset() throws Exception {
        Path data = tmp.resolve("data");
        Path sources = sourcesFile(0);
        assertThat(run("harvest", "--data", data.toString(), "--base", BASE, "--no-audit", "--sources", sources.toString()).code()).isZero();
        try (TdbCatalogStore store = TdbCatalogStore.open(data, null)) {
            var entries = org.civiccatalog.harvest.standards.StandardsEntries.read(sources,
                    org.civiccatalog.web.standards.StandardsViews.crosswalks(store));
            org.civiccatalog.web.WebConfig cfg = org.civiccatalog.web.WebConfig.defaults().withHost("127.0.0.1").withPort(0)
                    .withBaseIri(BASE).withDataDir(data);
            ServeCommand.Session session = ServeCommand.serve(store, cfg, java.time.Duration.ofSeconds(1), 100,
                    java.util.Optional.empty(), List.of(), entries, java.util.Optional.empty(), data, java.util.Optional.empty());
            try {
                String root = "http://127.0.0.1:" + session.running().app().port();
                var http = java.net.http.HttpClient.newHttpClient();
                var reqs = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(root
                        + "/open311/city/v2/requests.json?start_date=2024-02-28&end_date=2024-03-31")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(reqs.statusCode()).as(reqs.body()).isEqualTo(200);
                // every request was created between 1 and 9 March 2024
                assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(reqs.body()).size()).isEqualTo(ROWS);
                var services = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + "/open311/city/v2/services.json")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(services.body()).findValuesAsText("service_code"))
                        .containsExactlyInAnyOrder("bulky-items", "graffiti-removal");
                var none = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + "/open311/demo-city/v2/services.json")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(none.statusCode()).as("no demo without --demo").isEqualTo(404);
            } finally {
                session.close();
            }
        }
    }

    @Test
    void no_standards_leaves_the_harvest_alone() throws Exception {
        Path data = tmp.resolve("data");
        Result r = run("harvest", "--data", data.toString(), "--base", BASE, "--no-audit", "--no-standards",
                "--sources", sourcesFile(0).toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).doesNotContain("standards:");
        assertThat(portal.count("/sr-2024.csv")).isZero();
        try (TdbCatalogStore store = TdbCatalogStore.open(data, null)) {
            assertThat(graph(store, store.iris().conformanceGraph(store.iris().dataset("city", "sr-2024"))).isEmpty()).isTrue();
            assertThat(store.countDatasets()).isEqualTo(2);
        }
    }

    @Test
    void a_bad_standards_entry_stops_the_command_before_it_harvests() throws Exception {
        Path p = tmp.resolve("bad.json");
        Files.writeString(p, """
                {"sources": [{"id": "city", "kind": "datajson", "url": "%s"}],
                 "standards": [{"jurisdiction": "city", "crosswalk": "nyc311", "inputs": {}}]}
                """.formatted(portal.url("/data.json")));
        Result r = run("harvest", "--data", tmp.resolve("data").toString(), "--sources", p.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
        assertThat(r.err()).contains("standards[0].crosswalk").contains("nyc311");
        assertThat(portal.count("/data.json")).isZero();
    }

    static Graph graph(TdbCatalogStore store, String name) {
        return store.read(ds -> {
            Graph copy = GraphFactory.createGraphMem();
            ds.asDatasetGraph().getGraph(NodeFactory.createURI(name)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
