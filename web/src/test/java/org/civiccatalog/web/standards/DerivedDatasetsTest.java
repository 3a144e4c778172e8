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
import org.civiccatalog.core.standards.Crosswalk;
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
            Javalin app = Javalin.create(c -> {
                WebApp.routes(c, cfg, store);
                StandardsRoutes.register(c, views, "http://catalog.test/", Clock.systemUTC(), dir.resolve("index"), StandardsRoutes.RECHECK);
            }).start("127.0.0.1", 0);
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

                // MyLA311's CSV declares Open311: its own columns are not Open311's, so it is verified through the
                // view's crosswalk, on every one of the 300 requests (fewer than the 1,000-row sample).
                String sr = store.iris().dataset(source.sourceId(), source.identifier());
                Graph conf = conformanceGraph(store, sr);
                Node m = measurement(conf, store.iris().standard("open311-georeport-v2"));
                assertThat(conf.contains(m, CIVIC.conformanceLevel.asNode(), CIVIC.levelSampleValid.asNode())).isTrue();
                assertThat(conf.contains(m, CIVIC.declaredByPublisher.asNode(), bool(true))).isTrue();
                assertThat(conf.contains(m, CIVIC.crosswalk.asNode(), NodeFactory.createLiteralString("myla311-open311"))).isTrue();
                assertThat(conf.contains(m, CIVIC.rowsChecked.asNode(), integer(300))).isTrue();
                assertThat(conf.contains(m, CIVIC.errorCount.asNode(), integer(0))).isTrue();

                // The inspections declare LIVES: verified on the inspections LIVES keeps (those of listed facilities).
                RecordRef insp = region.standardsDataset(DemoTable.INSPECTIONS);
                String inspections = store.iris().dataset(insp.sourceId(), insp.identifier());
                Graph ic = conformanceGraph(store, inspections);
                Node im = measurement(ic, store.iris().standard("lives-2.0"));
                int kept = region.standardsTruth().restaurantCounts().inspectionsOfListed();
                assertThat(kept).isLessThan(1000).isPositive();
                assertThat(ic.contains(im, CIVIC.conformanceLevel.asNode(), CIVIC.levelSampleValid.asNode())).isTrue();
                assertThat(ic.contains(im, CIVIC.rowsChecked.asNode(), integer(kept))).isTrue();

                // The violations declare nothing: their columns suggest LIVES through the crosswalk.
                RecordRef viol = region.standardsDataset(DemoTable.VIOLATIONS);
                String violations = store.iris().dataset(viol.sourceId(), viol.identifier());
                Graph vc = conformanceGraph(store, violations);
                assertThat(vc.find(Node.ANY, Node.ANY, CIVIC.standardConformance.asNode()).toList()).isEmpty();
                assertThat(vc.find(Node.ANY, Node.ANY, CIVIC.standardMatch.asNode()).toList()).hasSize(1);
                assertThat(vc.find(Node.ANY, CIVIC.crosswalk.asNode(), NodeFactory.createLiteralString("lacounty-restaurants-lives")).toList()).hasSize(1);

                // The crosswalk is linked from the CSV distribution it applies to, outside the record graph.
                Node dist = NodeFactory.createURI(StandardsViews.csvDistribution(store, sr).orElseThrow().distribution());
                assertThat(store.recordGraphOfDataset(sr).orElseThrow().contains(NodeFactory.createURI(sr),
                        org.civiccatalog.vocab.DCAT.distribution.asNode(), dist)).isTrue();
                Graph links = graph(store, store.iris().crosswalksGraph());
                Node cw = NodeFactory.createURI(store.iris().crosswalk("myla311-open311"));
                assertThat(links.contains(dist, CIVIC.mappedBy.asNode(), cw)).isTrue();
                assertThat(links.contains(dist, CIVIC.mappedAs.asNode(), NodeFactory.createLiteralString("requests"))).isTrue();
                assertThat(links.contains(cw, CIVIC.mapsTo.asNode(), NodeFactory.createURI(store.iris().standard("open311-bulk")))).isTrue();
                // three county tables into one LIVES crosswalk, one city table into the Open311 one
                assertThat(links.find(Node.ANY, CIVIC.mappedBy.asNode(), Node.ANY).toList()).hasSize(4);
                assertThat(store.recordGraphOfDataset(sr).orElseThrow().find(Node.ANY, CIVIC.mappedBy.asNode(), Node.ANY).toList()).isEmpty();

                // The pages: declared and verified, the crosswalk linked; the undeclared table's suggestion.
                String page = page(app, sr);
                assertThat(page).contains("id=\"standards\"").contains("Declared standards")
                        .contains("verified: sample valid through the crosswalk myla311-open311 (300 rows checked, 0 errors)")
                        .contains("data-crosswalk=\"myla311-open311\"")
                        .contains("href=\"http://catalog.test/standards/crosswalks/myla311-open311.json\"");
                assertThat(page(app, violations)).contains("Suggested: LIVES").contains("data-crosswalk=\"lacounty-restaurants-lives\"");
                String other = store.datasetIris(0, 50).stream().filter(i -> i.contains("/demo-city/") && !i.equals(sr)).findFirst().orElseThrow();
                assertThat(page(app, other)).doesNotContain("id=\"standards\"");

                // The crosswalk itself, at its stable URL: the shipped file, byte for byte; an unknown one is a 404.
                byte[] shipped = Crosswalk.bundledBytes("crosswalks/myla311-open311.json");
                assertThat(get(app, "/standards/crosswalks/myla311-open311.json").body()).isEqualTo(shipped);
                assertThat(get(app, "/standards/crosswalks/myla311-open311").body()).isEqualTo(shipped);
                assertThat(get(app, "/standards/crosswalks/nyc311.json").statusCode()).isEqualTo(404);
            } finally {
                app.stop();
            }
        }
    }

    static Graph graph(TdbCatalogStore store, String name) {
        return store.read(ds -> {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
            ds.asDatasetGraph().getGraph(NodeFactory.createURI(name)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    static Graph conformanceGraph(TdbCatalogStore store, String dataset) {
        return graph(store, store.iris().conformanceGraph(dataset));
    }

    /** The one conformance measurement about a standard. */
    static Node measurement(Graph g, String standardIri) {
        List<Node> ms = g.find(Node.ANY, CIVIC.standard.asNode(), NodeFactory.createURI(standardIri)).toList().stream()
                .map(t -> t.getSubject()).filter(x -> g.contains(x, org.civiccatalog.vocab.DQV.isMeasurementOf.asNode(),
                        CIVIC.standardConformance.asNode())).toList();
        assertThat(ms).as("measurements of " + standardIri).hasSize(1);
        return ms.get(0);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean);
    }

    static HttpResponse<byte[]> get(Javalin app, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
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
