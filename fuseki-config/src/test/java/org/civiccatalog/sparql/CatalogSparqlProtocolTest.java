package org.civiccatalog.sparql;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civiccatalog.sparql.CatalogFixtures.BASE;
import static org.civiccatalog.sparql.CatalogFixtures.PREFIXES;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The SPARQL 1.1 Protocol over real HTTP against a real FusekiServer over a real TDB2 dataset, default settings. */
class CatalogSparqlProtocolTest {

    private static final String TITLES = PREFIXES + "SELECT ?title WHERE { ?ds a dcat:Dataset ; dct:title ?title }";
    private static final List<String> ALL_TITLES = List.of("2015 Street Tree Census", "311 Service Requests", "Street Trees");

    @TempDir
    static Path dir;
    static Dataset dataset;
    static FusekiServer server;
    static String endpoint;

    @BeforeAll
    static void startServer() {
        dataset = CatalogFixtures.addSample(CatalogFixtures.tdb2(dir));
        server = CatalogSparql.newBuilder().dataset(dataset).build().start(0);
        endpoint = "http://localhost:" + server.getPort() + "/sparql";
    }

    @AfterAll
    static void stopServer() {
        if ( server != null )
            server.stop();
    }

    // ---- Union default graph

    @Test
    void select_over_the_default_graph_sees_datasets_from_every_record_graph() {
        // The store's real default graph is empty: everything lives in named graphs.
        assertThat(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getDefaultGraph().isEmpty())).isTrue();

        HttpResponse<String> r = Http.query(endpoint, TITLES, "application/sparql-results+json");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(column(parse(r.body(), ResultSetLang.RS_JSON), "title")).containsExactlyInAnyOrderElementsOf(ALL_TITLES);
    }

    @Test
    void graph_variable_still_names_each_record_graph() {
        String q = PREFIXES + "SELECT ?g ?ds WHERE { GRAPH ?g { ?ds a dcat:Dataset } }";

        HttpResponse<String> r = Http.query(endpoint, q, "application/sparql-results+json");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(column(parse(r.body(), ResultSetLang.RS_JSON), "g")).containsExactlyInAnyOrder(
                BASE + "record/nyc/tree-census", BASE + "record/nyc/311-requests", BASE + "record/la/street-trees");
    }

    @Test
    void a_join_across_two_record_graphs_and_the_catalog_graph_works_without_naming_graphs() {
        String q = PREFIXES + """
                SELECT ?title WHERE {
                  <https://catalog.example.org/catalog> dcat:catalog ?source .
                  ?source dcat:dataset ?ds .
                  ?ds dcat:keyword "trees" ; dct:title ?title .
                }""";

        HttpResponse<String> r = Http.query(endpoint, q, "application/sparql-results+json");

        assertThat(column(parse(r.body(), ResultSetLang.RS_JSON), "title"))
                .containsExactlyInAnyOrder("2015 Street Tree Census", "Street Trees");
    }

    // ---- Result formats

    static Stream<Arguments> resultFormats() {
        return Stream.of(
                Arguments.of("application/sparql-results+json", "json", ResultSetLang.RS_JSON),
                Arguments.of("application/sparql-results+xml", "xml", ResultSetLang.RS_XML),
                Arguments.of("text/csv", "csv", ResultSetLang.RS_CSV),
                Arguments.of("text/tab-separated-values", "tsv", ResultSetLang.RS_TSV));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @MethodSource("resultFormats")
    void select_results_by_accept_header_parse(String mediaType, String shortName, Lang lang) {
        HttpResponse<String> r = Http.query(endpoint, TITLES, mediaType);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(contentType(r)).isEqualTo(mediaType);
        assertThat(titles(parse(r.body(), lang))).containsExactlyInAnyOrderElementsOf(ALL_TITLES);
    }

    @ParameterizedTest(name = "format={1}")
    @MethodSource("resultFormats")
    void select_results_by_format_parameter_parse(String mediaType, String shortName, Lang lang) {
        HttpResponse<String> r = Http.query(endpoint, TITLES, null, "format", shortName);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(contentType(r)).isEqualTo(mediaType);
        assertThat(titles(parse(r.body(), lang))).containsExactlyInAnyOrderElementsOf(ALL_TITLES);
    }

    @Test
    void post_form_and_post_sparql_query_body_are_queries_too() {
        HttpResponse<String> form = Http.postForm(endpoint, Map.of("query", TITLES), "application/sparql-results+json");
        HttpResponse<String> body = Http.post(endpoint, "application/sparql-query", TITLES, "application/sparql-results+json");

        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(body.statusCode()).as(body.body()).isEqualTo(200);
        assertThat(column(parse(form.body(), ResultSetLang.RS_JSON), "title")).containsExactlyInAnyOrderElementsOf(ALL_TITLES);
        assertThat(column(parse(body.body(), ResultSetLang.RS_JSON), "title")).containsExactlyInAnyOrderElementsOf(ALL_TITLES);
    }

    @Test
    void ask_answers_true_and_false_in_json_and_xml() {
        String yes = PREFIXES + "ASK { ?ds dcat:keyword \"trees\" }";
        String no = PREFIXES + "ASK { ?ds dcat:keyword \"no such keyword\" }";

        assertThat(ask(Http.query(endpoint, yes, "application/sparql-results+json"), ResultSetLang.RS_JSON)).isTrue();
        assertThat(ask(Http.query(endpoint, no, "application/sparql-results+json"), ResultSetLang.RS_JSON)).isFalse();
        assertThat(ask(Http.query(endpoint, yes, "application/sparql-results+xml"), ResultSetLang.RS_XML)).isTrue();
        assertThat(ask(Http.query(endpoint, no, null, "format", "xml"), ResultSetLang.RS_XML)).isFalse();
    }

    @Test
    void select_responses_carry_the_limit_headers() {
        HttpResponse<String> r = Http.query(endpoint, TITLES, "application/sparql-results+json");

        assertThat(r.headers().firstValue(CatalogSparql.HEADER_RESULT_LIMIT)).hasValue("10000");
        assertThat(r.headers().firstValue(CatalogSparql.HEADER_RESULT_TRUNCATED)).hasValue("false");
    }

    // ---- CONSTRUCT and DESCRIBE

    private static final String CONSTRUCT = PREFIXES + """
            CONSTRUCT { ?ds dct:title ?title ; dcat:distribution ?dist . ?dist dcat:mediaType ?mt }
            WHERE { ?ds a dcat:Dataset ; dct:title ?title ; dcat:distribution ?dist . ?dist dcat:mediaType ?mt }""";

    static Stream<Arguments> graphFormats() {
        return Stream.of(
                Arguments.of("text/turtle", null, Lang.TURTLE),
                Arguments.of("application/ld+json", null, Lang.JSONLD),
                Arguments.of("application/rdf+xml", null, Lang.RDFXML),
                Arguments.of("application/n-triples", null, Lang.NTRIPLES),
                Arguments.of(null, "ttl", Lang.TURTLE),
                Arguments.of(null, "json-ld", Lang.JSONLD),
                Arguments.of(null, "xml", Lang.RDFXML),
                Arguments.of(null, "nt", Lang.NTRIPLES),
                Arguments.of(null, "application/rdf+xml", Lang.RDFXML));
    }

    @ParameterizedTest(name = "Accept: {0}, format={1}")
    @MethodSource("graphFormats")
    void construct_parses_back_to_an_isomorphic_graph(String accept, String format, Lang lang) {
        HttpResponse<String> r = format == null
                ? Http.query(endpoint, CONSTRUCT, accept)
                : Http.query(endpoint, CONSTRUCT, null, "format", format);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(contentType(r)).isEqualTo(lang.getHeaderString());
        Graph actual = RDFParser.fromString(r.body(), lang).toGraph();
        Graph expected = expectedConstruct(CONSTRUCT);
        assertThat(expected.size()).isEqualTo(9);   // 3 datasets x (title, distribution, media type)
        assertThat(actual.isIsomorphicWith(expected))
                .as(() -> "expected\n" + turtle(expected) + "\nactual\n" + turtle(actual))
                .isTrue();
    }

    @Test
    void describe_gives_the_dataset_with_its_blank_node_distribution_and_nothing_else() {
        String q = "DESCRIBE <" + BASE + "dataset/nyc/tree-census>";

        HttpResponse<String> r = Http.query(endpoint, q, "text/turtle");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        String ttl = turtle(g);
        assertThat(ttl).contains("2015 Street Tree Census")
                       .contains("https://www.iana.org/assignments/media-types/text/csv")   // inside the bnode
                       .doesNotContain("311 Service Requests")
                       .doesNotContain("Street Trees\"");
        assertThat(r.headers().firstValue(CatalogSparql.HEADER_RESULT_TRUNCATED)).hasValue("false");
    }

    // ---- Read-only

    private static final String INSERT = "INSERT DATA { GRAPH <urn:example:evil> { <urn:example:s> <urn:example:p> \"written\" } }";

    @Test
    void sparql_update_is_refused_in_every_protocol_form() {
        long before = quadCount();
        List<HttpResponse<String>> attempts = List.of(
                Http.post(endpoint, "application/sparql-update", INSERT, null),
                Http.postForm(endpoint, Map.of("update", INSERT), null),
                Http.post(endpoint + "/update", "application/sparql-update", INSERT, null),
                Http.postForm(endpoint + "/update", Map.of("update", INSERT), null),
                Http.get(endpoint + "?update=" + Http.enc(INSERT), null));

        attempts.forEach(r -> assertThat(r.statusCode())
                .as("%s %s -> %s", r.request().method(), r.request().uri(), r.body())
                .isBetween(400, 499));
        assertThat(quadCount()).isEqualTo(before);
        assertThat(askRemote("ASK { GRAPH ?g { <urn:example:s> ?p ?o } }")).isFalse();
    }

    @Test
    void graph_store_writes_are_refused_at_and_under_the_endpoint() {
        long before = quadCount();
        String ttl = "<urn:example:s> <urn:example:p> \"written\" .";
        List<HttpResponse<String>> attempts = List.of(
                Http.post(endpoint, "text/turtle", ttl, null),
                Http.post(endpoint + "?default", "text/turtle", ttl, null),
                Http.post(endpoint + "?graph=" + Http.enc("urn:example:evil"), "text/turtle", ttl, null),
                Http.put(endpoint + "?graph=" + Http.enc("urn:example:evil"), "text/turtle", ttl),
                Http.put(endpoint, "text/turtle", ttl),
                Http.post(endpoint + "/data", "text/turtle", ttl, null),
                Http.put(endpoint + "/data?default", "text/turtle", ttl),
                Http.post(endpoint + "/upload", "text/turtle", ttl, null),
                Http.delete(endpoint + "?graph=" + Http.enc(BASE + "record/nyc/tree-census")),
                Http.delete(endpoint + "/data?graph=" + Http.enc(BASE + "record/nyc/tree-census")));

        attempts.forEach(r -> assertThat(r.statusCode())
                .as("%s %s -> %s", r.request().method(), r.request().uri(), r.body())
                .isBetween(400, 499));
        assertThat(quadCount()).isEqualTo(before);
    }

    // ---- Other refusals

    @Test
    void syntax_errors_are_400() {
        HttpResponse<String> r = Http.query(endpoint, "SELECT * WHERE { ?s ?p }", null);

        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void the_arq_json_query_form_is_refused() {
        HttpResponse<String> r = Http.query(endpoint, "JSON { \"s\": ?s } WHERE { ?s ?p ?o }", null);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    }

    // ---- helpers

    static ResultSet parse(String body, Lang lang) {
        return ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(UTF_8)), lang).materialise();
    }

    static List<String> column(ResultSet rs, String var) {
        List<String> out = new ArrayList<>();
        while ( rs.hasNext() ) {
            QuerySolution row = rs.next();
            var node = row.get(var);
            out.add(node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
        }
        return out;
    }

    /** Titles, whatever the format's typing (CSV loses literal vs IRI; all are strings here). */
    static List<String> titles(ResultSet rs) {
        return column(rs, "title");
    }

    static boolean ask(HttpResponse<String> r, Lang lang) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return ResultSetMgr.readBoolean(new ByteArrayInputStream(r.body().getBytes(UTF_8)), lang);
    }

    private static boolean askRemote(String q) {
        return ask(Http.query(endpoint, q, "application/sparql-results+json"), ResultSetLang.RS_JSON);
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").map(v -> v.replaceAll(";.*", "").trim()).orElse("");
    }

    private static long quadCount() {
        return Txn.calculateRead(dataset, () -> Iter.count(dataset.asDatasetGraph().find()));
    }

    /** The CONSTRUCT result computed without Fuseki: over the union graph of the fixture, in memory. */
    private static Graph expectedConstruct(String q) {
        var dsg = RDFParser.source(CatalogFixtures.resource(CatalogFixtures.SAMPLE)).toDatasetGraph();
        return QueryExec.graph(dsg.getUnionGraph()).query(q).construct();
    }

    static String turtle(Graph g) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, g, Lang.TURTLE);
        return w.toString();
    }
}
