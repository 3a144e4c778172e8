package org.civiccatalog.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.civiccatalog.core.audit.AuditHistory;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.demo.Copy;
import org.civiccatalog.harvest.demo.DemoPortal;
import org.civiccatalog.harvest.demo.DemoRegion;
import org.civiccatalog.harvest.demo.Expectation;
import org.civiccatalog.harvest.run.HarvestScheduler;
import org.civiccatalog.web.WebConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The server as {@code ./catalog serve --demo} runs it ({@link ServeCommand#serve}, with a small demo region): the
 * simulated portals harvested by the real harvest run, then pages, feeds, /sparql and the harvest report on ONE port
 * over one TDB2 store, exercised over real HTTP.
 */
class OnePortServerTest {
    static final String DATASETS = "PREFIX dcat: <http://www.w3.org/ns/dcat#> SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dcat:Dataset }";
    static final DemoRegion REGION = DemoRegion.of(DemoRegion.DEFAULT_SEED, 240);
    static final int RESULT_LIMIT = 50;
    @TempDir static Path dir;
    static TdbCatalogStore store;
    static ServeCommand.Session session;
    static String root;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws InterruptedException {
        store = TdbCatalogStore.open(dir.resolve("data"), null);
        WebConfig cfg = WebConfig.defaults().withHost("127.0.0.1").withPort(0).withBaseIri(store.iris().base());
        session = ServeCommand.serve(store, cfg, Duration.ofSeconds(1), RESULT_LIMIT, Optional.empty(), List.of(), Optional.of(REGION),
                dir.resolve("data"));
        root = "http://127.0.0.1:" + session.running().app().port();
        HarvestScheduler harvests = session.scheduler().orElseThrow();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (harvests.runsDone() < 1 && System.nanoTime() < deadline) Thread.sleep(100);
        assertThat(harvests.runsDone()).as("the demo harvest ended").isEqualTo(1);
    }

    @AfterAll
    static void stop() {
        session.close();
        store.close();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30));
        if (accept != null) b.header("Accept", accept);
        return send(b.build());
    }

    /** Once more when a pooled connection turns out closed by the server (it closes after refusing a write). */
    static HttpResponse<String> send(HttpRequest r) throws Exception {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closed) {
            return http.send(r, HttpResponse.BodyHandlers.ofString());
        }
    }

    static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String q(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static long demoDatasets() {
        return store.countDatasets();
    }

    @Test
    void the_demo_region_is_harvested_into_data_json() throws Exception {
        int harvested = REGION.truth().expectations().stream().mapToInt(Expectation::harvested).sum();
        assertThat(store.countDatasets()).isEqualTo(harvested);
        // data.json lists each dataset once: the copies the harvest recognised are left out (docs/identity.md)
        long copies = REGION.truth().copies().stream().filter(c -> store.recordGraphOfDataset(c.copy().datasetIri(store.iris())).isPresent()
                && store.recordGraphOfDataset(c.origin().datasetIri(store.iris())).isPresent()).count();
        assertThat(copies).isPositive();
        JsonNode feed = json.readTree(get("/data.json", null).body());
        assertThat(feed.get("dataset").size()).isEqualTo(harvested - copies);
        for (Copy c : REGION.truth().copies())
            for (String iri : List.of(c.copy().datasetIri(store.iris()), c.origin().datasetIri(store.iris())))
                assertThat(get(URI.create(iri).getRawPath(), "text/html").statusCode())
                        .as("the copy and its origin both have their page in the federated catalog: " + iri).isEqualTo(200);
    }

    @Test
    void the_harvest_report_shows_every_demo_source_complete_with_its_findings() throws Exception {
        HttpResponse<String> r = get("/harvest.json", null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(r.body());
        assertThat(report.get("running").isNull()).isTrue();
        assertThat(report.get("sources")).hasSize(DemoPortal.values().length);
        for (JsonNode source : report.get("sources")) {
            Expectation e = REGION.truth().expectation(source.get("source").asText());
            JsonNode run = source.get("runs").get(0);
            assertThat(run.get("outcome").asText()).as(source.toString()).isEqualToIgnoringCase("complete");
            assertThat(run.get("created").asInt()).isEqualTo(e.harvested());
            assertThat(run.get("failed").asInt()).isEqualTo(e.errors());
            assertThat(run.get("findingCount").asInt()).isEqualTo(e.errors() + e.warnings() + e.infos());
        }
        HttpResponse<String> page = get("/harvest", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        for (DemoPortal p : DemoPortal.values()) assertThat(page.body()).contains(p.sourceId());
    }

    @Test
    void the_harvest_was_followed_by_an_audit_run_on_the_harvest_thread_and_the_dashboard_shows_it() throws Exception {
        List<AuditHistory.Run> runs = AuditHistory.runs(store);
        assertThat(runs).as("one audit, after the one harvest (it ran before the harvest thread was free)").hasSize(1);
        assertThat(runs.get(0).datasets()).isEqualTo(store.countDatasets());
        HttpResponse<String> page = get("/audit", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(page.body()).select("#fig-datasets").text()).isEqualTo(String.valueOf(store.countDatasets()));
    }

    @Test
    void pages_feeds_and_sparql_share_one_port() throws Exception {
        assertThat(get("/", "text/html").statusCode()).isEqualTo(200);
        HttpResponse<String> dj = get("/data.json", null);
        assertThat(dj.statusCode()).isEqualTo(200);
        assertThat(json.readTree(dj.body()).get("dataset").size()).isEqualTo((int) store.countListedDatasets()).isPositive();
        assertThat(get("/catalog.ttl", null).statusCode()).isEqualTo(200);
        assertThat(get(q(DATASETS), "application/sparql-results+json").statusCode()).isEqualTo(200);
    }

    @Test
    void sparql_select_sees_every_record_graph_through_the_union_default_graph() throws Exception {
        HttpResponse<String> r = get(q(DATASETS), "application/sparql-results+json");
        JsonNode n = json.readTree(r.body()).at("/results/bindings/0/n/value");
        assertThat(n.asLong()).isEqualTo(demoDatasets());
        HttpResponse<String> p = post("/sparql", "application/sparql-query", DATASETS);
        assertThat(json.readTree(p.body()).at("/results/bindings/0/n/value").asLong()).isEqualTo(demoDatasets());
    }

    @Test
    void sparql_construct_returns_parseable_turtle() throws Exception {
        HttpResponse<String> r = get(q("PREFIX dct: <http://purl.org/dc/terms/> PREFIX dcat: <http://www.w3.org/ns/dcat#> "
                + "CONSTRUCT { ?d dct:title ?t } WHERE { ?d a dcat:Dataset ; dct:title ?t }"), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        Graph g = RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).toGraph();
        assertThat((long) g.size()).isEqualTo(Math.min(RESULT_LIMIT, demoDatasets()));
    }

    @Test
    void an_update_is_refused_and_changes_nothing() throws Exception {
        long before = demoDatasets();
        var before2 = store.state();
        HttpResponse<String> u = post("/sparql", "application/sparql-update",
                "INSERT DATA { <http://x/d> a <http://www.w3.org/ns/dcat#Dataset> }");
        assertThat(u.statusCode()).isBetween(400, 499);
        HttpResponse<String> f = post("/sparql", "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode("DROP ALL", StandardCharsets.UTF_8));
        assertThat(f.statusCode()).isBetween(400, 499);
        assertThat(demoDatasets()).isEqualTo(before);
        assertThat(store.state()).isEqualTo(before2);
        HttpResponse<String> r = get(q(DATASETS), "application/sparql-results+json");
        assertThat(json.readTree(r.body()).at("/results/bindings/0/n/value").asLong()).isEqualTo(before);
    }

    @Test
    void a_slow_query_hits_the_timeout() throws Exception {
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f "
                + "FILTER(STRLEN(CONCAT(STR(?b), STR(?d), STR(?f))) < 0) }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = get(q(slow), "application/sparql-results+json");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(ms).isLessThan(20_000);
    }

    @Test
    void service_is_refused() throws Exception {
        HttpResponse<String> r = get(q("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"),
                "application/sparql-results+json");
        assertThat(r.statusCode()).isBetween(400, 499);
    }

    @Test
    void results_are_limited() throws Exception {
        HttpResponse<String> r = get(q("SELECT ?s ?p ?o WHERE { ?s ?p ?o }"), "application/sparql-results+json");
        assertThat(json.readTree(r.body()).at("/results/bindings").size()).isEqualTo(RESULT_LIMIT);
        assertThat(r.headers().firstValue("SPARQL-Result-Truncated")).contains("true");
    }
}
