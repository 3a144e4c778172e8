package org.civiccatalog.web.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.adapters.Adapters;
import org.civiccatalog.harvest.demo.DemoPortalServer;
import org.civiccatalog.harvest.demo.DemoRegion;
import org.civiccatalog.harvest.demo.DemoStandards;
import org.civiccatalog.harvest.demo.DemoTable;
import org.civiccatalog.harvest.demo.RecordRef;
import org.civiccatalog.harvest.http.HarvestHttpClient;
import org.civiccatalog.harvest.run.HarvestRun;
import org.civiccatalog.harvest.standards.CsvCache;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.PROV;
import org.civiccatalog.web.WebApp;
import org.civiccatalog.web.WebConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.javalin.Javalin;

/**
 * After a real harvest of the demo's city and county portals: the standards views become datasets of the catalog,
 * derived from their sources and listed in /data.json; the source datasets get their conformance recorded.
 */
class DerivedDatasetsTest {
    @TempDir Path dir;

    @Test
    void views_are_listed_in_data_json_as_derived_datasets_after_a_harvest() throws Exception {
        DemoRegion region = DemoRegion.of(DemoRegion.DEFAULT_SEED, 120).withStandards(new DemoStandards(300, 60, LocalDate.of(2025, 6, 30)));
        try (DemoPortalServer portals = DemoPortalServer.start(region, 0);
             TdbCatalogStore store = TdbCatalogStore.open(dir.resolve("data"), "http://catalog.test/")) {
            List<HarvestSource> sources = portals.sources().stream()
                    .filter(s -> s.id().equals("demo-city") || s.id().equals("demo-county")).toList();
            new HarvestRun(store, HarvestHttpClient.builder().readTimeout(Duration.ofSeconds(20)).build(), Adapters::forKind).run(sources);
            CsvCache cache = new CsvCache(dir.resolve("standards"), HarvestHttpClient.builder().maxRetries(0).build().settings(),
                    1L << 30, Duration.ofDays(1), Clock.systemUTC());
            StandardsViews views = StandardsViews.demo(region, portals, store, cache);
            WebConfig cfg = WebConfig.defaults().withHost("127.0.0.1").withPort(0).withContextPath("/");
            Javalin app = Javalin.create(c -> WebApp.routes(c, cfg, store)).start("127.0.0.1", 0);
            try {
                String open311 = "http://catalog.test/open311/demo-city/v2";
                assertThat(identifiers(app)).as("before: not published").doesNotContain(open311);

                StandardsAfterHarvest.run(store, views);

                assertThat(identifiers(app)).contains(open311, "http://catalog.test/lives/demo-county");
                String derived = store.iris().dataset(DerivedDatasets.SOURCE_ID, open311);
                Graph g = store.recordGraphOfDataset(derived).orElseThrow();
                RecordRef source = region.standardsDataset(DemoTable.SERVICE_REQUESTS);
                assertThat(g.contains(NodeFactory.createURI(derived), PROV.wasDerivedFrom.asNode(),
                        NodeFactory.createURI(store.iris().dataset(source.sourceId(), source.identifier())))).isTrue();

                // The MyLA311 dataset declares no standard: its columns suggest Open311 through the crosswalk.
                String sr = store.iris().dataset(source.sourceId(), source.identifier());
                Graph conf = store.read(ds -> {
                    Graph copy = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
                    ds.asDatasetGraph().getGraph(NodeFactory.createURI(store.iris().conformanceGraph(sr))).find().forEachRemaining(copy::add);
                    return copy;
                });
                assertThat(conf.find(Node.ANY, Node.ANY, CIVIC.standardMatch.asNode()).toList()).isNotEmpty();
                assertThat(conf.find(Node.ANY, CIVIC.crosswalk.asNode(), NodeFactory.createLiteralString("myla311-open311")).toList()).isNotEmpty();

                // The dataset page shows it in a Standards section; a dataset with nothing recorded has none.
                String page = page(app, sr);
                assertThat(page).contains("id=\"standards\"").contains("Suggested").contains("myla311-open311");
                String other = store.datasetIris(0, 50).stream().filter(i -> i.contains("/demo-city/") && !i.equals(sr)).findFirst().orElseThrow();
                assertThat(page(app, other)).doesNotContain("id=\"standards\"");
            } finally {
                app.stop();
            }
        }
    }

    static String page(Javalin app, String datasetIri) throws Exception {
        String path = datasetIri.substring("http://catalog.test".length());
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + path + ".html")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    static List<String> identifiers(Javalin app) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + "/data.json")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = new ObjectMapper().readTree(r.body());
        List<String> ids = new ArrayList<>();
        doc.get("dataset").forEach(d -> ids.add(d.get("identifier").asText()));
        assertThat(ids).isNotEmpty();
        return ids;
    }
}
