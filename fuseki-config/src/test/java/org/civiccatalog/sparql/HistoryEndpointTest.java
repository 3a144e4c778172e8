package org.civiccatalog.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiccatalog.sparql.CatalogSparqlProtocolTest.ask;
import static org.civiccatalog.sparql.CatalogSparqlProtocolTest.column;
import static org.civiccatalog.sparql.CatalogSparqlProtocolTest.parse;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.PROV;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog's history database served at {@value CatalogSparql#HISTORY_ENDPOINT_PATH} beside {@code /sparql} by one
 * {@link CatalogSparql}: a real store whose 20 records each changed once (20 versions), result limit 5, timeout 1 s.
 * Each of /sparql's protections is checked again at the history path, and each path sees only its own database.
 */
class HistoryEndpointTest {
    static final String BASE = "https://catalog.example.org/";
    static final int RECORDS = 20;
    static final int LIMIT = 5;
    static final String JSON = "application/sparql-results+json";
    static final String PREFIXES = "PREFIX prov: <" + PROV.NS + ">\nPREFIX dct: <" + DCTERMS.NS + ">\n";
    static final String VERSIONS = PREFIXES + "SELECT ?v WHERE { ?v prov:specializationOf ?record }";
    // About 360 quads in the union graph, four times over, each with a SHA-256: far more than 1 s of work.
    static final String SLOW = """
            SELECT (COUNT(*) AS ?n) WHERE {
              ?a ?p ?x . ?b ?q ?y . ?c ?r ?z . ?d ?s ?w .
              FILTER(SHA256(CONCAT(STR(?x), STR(?y), STR(?z), STR(?w))) = "not a hash")
            }""";

    @TempDir
    static Path dir;
    static TdbCatalogStore store;
    static FusekiServer server;
    static String sparql;
    static String history;
    static CountingSparqlServer remote;

    @BeforeAll
    static void start() {
        store = TdbCatalogStore.open(dir, BASE);
        SourceInfo source = SourceInfo.imported("city", "datajson");
        for (String round : List.of("old", "new")) {
            List<RecordGraph> records = new ArrayList<>();
            for (int i = 1; i <= RECORDS; i++)
                records.add(CatalogFixtures.record(store.iris(), "city", "r" + i, round + " " + i).withHarvest(round + "-hash-" + i, null)
                        .generatedBy(BASE + "harvest/" + round));
            store.replaceRecords(source, records);
        }
        server = CatalogSparql.newBuilder().dataset(store.dataset()).resultLimit(LIMIT).queryTimeout(Duration.ofSeconds(1))
                .addDataset(CatalogSparql.HISTORY_ENDPOINT_PATH, store.historyDataset())
                .build().start(0);
        sparql = "http://localhost:" + server.getPort() + "/sparql";
        history = "http://localhost:" + server.getPort() + CatalogSparql.HISTORY_ENDPOINT_PATH;
        remote = new CountingSparqlServer();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
        if (remote != null) remote.close();
    }

    private static boolean askAt(String endpoint, String q) {
        return ask(Http.query(endpoint, PREFIXES + q, JSON), ResultSetLang.RS_JSON);
    }

    // ---- Each path, its own database

    @Test
    void the_history_endpoint_sees_old_versions_in_its_union_default_graph_and_not_current_records() {
        assertThat(askAt(history, "ASK { ?ds dct:title \"old 7\" }")).isTrue();
        assertThat(askAt(history, "ASK { ?v prov:specializationOf ?record ; prov:wasInvalidatedBy <" + BASE + "harvest/new> }"))
                .isTrue();
        assertThat(askAt(history, "ASK { ?ds dct:title \"new 7\" }")).isFalse();
    }

    @Test
    void the_main_endpoint_never_sees_history() {
        // The twin of the test above: the same questions, the other way round.
        assertThat(askAt(sparql, "ASK { ?ds dct:title \"new 7\" }")).isTrue();
        assertThat(askAt(sparql, "ASK { ?ds dct:title \"old 7\" }")).isFalse();
        assertThat(askAt(sparql, "ASK { ?v prov:specializationOf ?record }")).isFalse();
        assertThat(askAt(sparql, "ASK { GRAPH <" + store.iris().record("city", "r7") + "/version/1> { ?s ?p ?o } }")).isFalse();
        assertThat(askAt(history, "ASK { GRAPH <" + store.iris().record("city", "r7") + "/version/1> { ?s ?p ?o } }")).isTrue();
    }

    @Test
    void graph_names_the_version_that_holds_a_triple() {
        String q = PREFIXES + "SELECT ?v WHERE { GRAPH ?v { ?ds dct:title \"old 3\" } }";

        HttpResponse<String> r = Http.query(history, q, JSON);

        assertThat(column(parse(r.body(), ResultSetLang.RS_JSON), "v"))
                .containsExactly(store.iris().record("city", "r3") + "/version/1");
    }

    // ---- The same protections as /sparql

    @Test
    void results_are_cut_at_the_limit_with_the_headers() {
        HttpResponse<String> select = Http.query(history, VERSIONS, JSON);
        HttpResponse<String> construct = Http.query(history,
                PREFIXES + "CONSTRUCT { ?v prov:specializationOf ?r } WHERE { ?v prov:specializationOf ?r }", "text/turtle");

        assertThat(select.statusCode()).as(select.body()).isEqualTo(200);
        assertThat(column(parse(select.body(), ResultSetLang.RS_JSON), "v")).hasSize(LIMIT);
        assertThat(select.headers().firstValue(CatalogSparql.HEADER_RESULT_LIMIT)).hasValue("5");
        assertThat(select.headers().firstValue(CatalogSparql.HEADER_RESULT_TRUNCATED)).hasValue("true");
        assertThat(RDFParser.fromString(construct.body(), Lang.TURTLE).toGraph().size()).isEqualTo(LIMIT);
        assertThat(construct.headers().firstValue(CatalogSparql.HEADER_RESULT_TRUNCATED)).hasValue("true");
        HttpResponse<String> fits = Http.query(history, VERSIONS + " LIMIT 3", JSON);
        assertThat(fits.headers().firstValue(CatalogSparql.HEADER_RESULT_TRUNCATED)).hasValue("false");
    }

    @Test
    void a_slow_query_is_stopped_with_503_even_when_the_client_asks_for_more_time() {
        long start = System.nanoTime();
        HttpResponse<String> r = Http.query(history, SLOW, JSON, "timeout", "120");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void service_is_refused_without_a_network_call() {
        remote.reset();
        HttpResponse<String> r = Http.query(history, "SELECT * WHERE { SERVICE <" + remote.url() + "> { ?s ?p ?o } }", null);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(remote.hits()).isZero();
    }

    @Test
    void writes_are_refused_and_the_history_is_unchanged() {
        Dataset h = store.historyDataset();
        long before = Txn.calculateRead(h, () -> Iter.count(h.asDatasetGraph().find()));
        List<HttpResponse<String>> attempts = new ArrayList<>(Http.writeAttempts(history));
        attempts.add(Http.delete(history + "?graph=" + Http.enc(store.iris().record("city", "r1") + "/version/1")));

        attempts.forEach(r -> assertThat(r.statusCode())
                .as("%s %s -> %s", r.request().method(), r.request().uri(), r.body())
                .isBetween(400, 499));
        assertThat(Txn.calculateRead(h, () -> Iter.count(h.asDatasetGraph().find()))).isEqualTo(before);
    }

    @Test
    void only_the_endpoint_itself_answers() {
        assertThat(Http.query(history, "ASK {}", JSON).statusCode()).isEqualTo(200);
        for (String url : List.of(history + "/query?query=ASK%7B%7D", history.replace("/sparql", "") + "?query=ASK%7B%7D"))
            assertThat(Http.get(url, JSON).statusCode()).as(url).isEqualTo(404);
    }
}
