package org.civiccatalog.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiccatalog.sparql.CatalogFixtures.PREFIXES;
import static org.civiccatalog.sparql.CatalogSparqlProtocolTest.column;
import static org.civiccatalog.sparql.CatalogSparqlProtocolTest.parse;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Result limit 5 and query timeout 1 s, over 20 generated record graphs and 3,000 numbers. */
class LimitsAndTimeoutTest {

    static final int LIMIT = 5;
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    static final String JSON = "application/sparql-results+json";

    private static final String GENERATED = PREFIXES + "SELECT ?ds WHERE { ?ds dcat:keyword \"generated\" }";
    // 3,000 x 3,000 = 9M pairs, each with a SHA-256 over a computed value: minutes of work, if let run.
    private static final String SLOW = """
            SELECT (COUNT(*) AS ?n) WHERE {
              ?a <urn:example:v> ?x . ?b <urn:example:v> ?y .
              FILTER(SHA256(STR(?x * ?y + 7)) = "not a hash")
            }""";

    @TempDir
    static Path dir;
    static FusekiServer server;
    static String endpoint;

    @BeforeAll
    static void startServer() {
        Dataset ds = CatalogFixtures.tdb2(dir);
        CatalogFixtures.addGenerated(ds, 20);
        CatalogFixtures.addNumbers(ds, 3000);
        server = CatalogSparql.newBuilder().dataset(ds).resultLimit(LIMIT).queryTimeout(TIMEOUT).build().start(0);
        endpoint = "http://localhost:" + server.getPort() + "/sparql";
    }

    @AfterAll
    static void stopServer() {
        if ( server != null )
            server.stop();
    }

    // ---- Result limit

    @Test
    void a_select_matching_20_rows_returns_5_and_says_it_was_cut() {
        HttpResponse<String> r = Http.query(endpoint, GENERATED, JSON);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(column(parse(r.body(), ResultSetLang.RS_JSON), "ds")).hasSize(LIMIT);
        assertThat(r.headers().firstValue(CatalogSparql.HEADER_RESULT_LIMIT)).hasValue("5");
        assertThat(r.headers().firstValue(CatalogSparql.HEADER_RESULT_TRUNCATED)).hasValue("true");
    }

    @Test
    void a_larger_client_limit_is_cut_too_and_order_by_is_kept() {
        String q = PREFIXES + "SELECT ?title WHERE { ?ds dcat:keyword \"generated\" ; dct:title ?title } ORDER BY ?title LIMIT 100";
        List<String> allSorted = IntStream.range(0, 20).mapToObj(i -> "Dataset " + i).sorted().toList();

        HttpResponse<String> r = Http.query(endpoint, q, JSON);

        assertThat(column(parse(r.body(), ResultSetLang.RS_JSON), "title")).containsExactlyElementsOf(allSorted.subList(0, LIMIT));
        assertThat(r.headers().firstValue(CatalogSparql.HEADER_RESULT_TRUNCATED)).hasValue("true");
    }

    @Test
    void csv_is_cut_at_the_limit_as_well() {
        HttpResponse<String> r = Http.query(endpoint, GENERATED, "text/csv");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().strip().lines()).hasSize(1 + LIMIT);   // header line + rows
    }

    @Test
    void results_within_the_limit_are_complete_and_not_flagged() {
        String three = GENERATED + " LIMIT 3";
        String exactlyFive = PREFIXES + """
                SELECT ?ds WHERE { ?ds dct:title ?t FILTER(?t IN ("Dataset 0", "Dataset 1", "Dataset 2", "Dataset 3", "Dataset 4")) }""";

        HttpResponse<String> r3 = Http.query(endpoint, three, JSON);
        HttpResponse<String> r5 = Http.query(endpoint, exactlyFive, JSON);

        assertThat(column(parse(r3.body(), ResultSetLang.RS_JSON), "ds")).hasSize(3);
        assertThat(r3.headers().firstValue(CatalogSparql.HEADER_RESULT_TRUNCATED)).hasValue("false");
        assertThat(column(parse(r5.body(), ResultSetLang.RS_JSON), "ds")).hasSize(5);
        assertThat(r5.headers().firstValue(CatalogSparql.HEADER_RESULT_TRUNCATED)).hasValue("false");
    }

    @Test
    void a_construct_of_20_triples_returns_5() {
        String q = PREFIXES + "CONSTRUCT { ?ds dct:title ?t } WHERE { ?ds dcat:keyword \"generated\" ; dct:title ?t }";

        HttpResponse<String> r = Http.query(endpoint, q, "text/turtle");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(turtle(r).size()).isEqualTo(LIMIT);
        assertThat(r.headers().firstValue(CatalogSparql.HEADER_RESULT_TRUNCATED)).hasValue("true");
    }

    @Test
    void a_construct_counts_distinct_triples_not_solutions() {
        // 20 solutions, one distinct triple: within the limit.
        String q = PREFIXES + "CONSTRUCT { <urn:example:all> <urn:example:is> \"generated\" } WHERE { ?ds dcat:keyword \"generated\" }";

        HttpResponse<String> r = Http.query(endpoint, q, "text/turtle");

        assertThat(turtle(r).size()).isEqualTo(1);
        assertThat(r.headers().firstValue(CatalogSparql.HEADER_RESULT_TRUNCATED)).hasValue("false");
    }

    @Test
    void a_describe_of_60_triples_returns_5() {
        String q = PREFIXES + "DESCRIBE ?ds WHERE { ?ds dcat:keyword \"generated\" }";

        HttpResponse<String> r = Http.query(endpoint, q, "application/n-triples");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(RDFParser.fromString(r.body(), Lang.NTRIPLES).toGraph().size()).isEqualTo(LIMIT);
        assertThat(r.headers().firstValue(CatalogSparql.HEADER_RESULT_TRUNCATED)).hasValue("true");
    }

    @Test
    void ask_is_not_limited() {
        HttpResponse<String> r = Http.query(endpoint, PREFIXES + "ASK { ?ds dct:title \"Dataset 19\" }", JSON);

        assertThat(CatalogSparqlProtocolTest.ask(r, ResultSetLang.RS_JSON)).isTrue();
    }

    // ---- Timeout

    @Test
    void a_slow_select_is_stopped_with_an_error_status_well_within_20s() {
        long start = System.nanoTime();
        HttpResponse<String> r = Http.query(endpoint, SLOW, JSON);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void a_slow_construct_is_stopped_too() {
        String q = """
                CONSTRUCT { ?a <urn:example:pair> ?b } WHERE {
                  ?a <urn:example:v> ?x . ?b <urn:example:v> ?y .
                  FILTER(SHA256(STR(?x * ?y + 7)) = "not a hash")
                }""";
        long start = System.nanoTime();
        HttpResponse<String> r = Http.query(endpoint, q, "text/turtle");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void a_client_cannot_raise_the_timeout_with_the_timeout_parameter() {
        long start = System.nanoTime();
        HttpResponse<String> r = Http.query(endpoint, SLOW, JSON, "timeout", "120");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }

    private static Graph turtle(HttpResponse<String> r) {
        return RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
    }
}
