package org.civiccatalog.sparql;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civiccatalog.sparql.CatalogFixtures.BASE;
import static org.civiccatalog.sparql.CatalogFixtures.PREFIXES;
import static org.civiccatalog.sparql.CatalogSparqlProtocolTest.column;
import static org.civiccatalog.sparql.CatalogSparqlProtocolTest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's assembler (config.ttl) loaded by Fuseki's own config parser, location pointed at a temp TDB2
 * database the catalog has released (as when the catalog is stopped), served on port 0.
 */
class ConfigTtlTest {

    private static final String LOCATION = "tdb2:location \"data/tdb2\"";

    @TempDir
    static Path dir;
    static FusekiServer server;
    static String endpoint;
    static CountingSparqlServer remote;

    @BeforeAll
    static void startFromConfig() throws IOException {
        // "The catalog" writes its database, then stops (releases the TDB2 location and its lock).
        Path db = dir.resolve("data").resolve("tdb2");
        Dataset catalog = CatalogFixtures.addSample(CatalogFixtures.tdb2(db));
        TDBInternal.expel(catalog.asDatasetGraph());

        String config = classpathConfig();
        assertThat(config).contains(LOCATION);
        Path configFile = dir.resolve("config.ttl");
        Files.writeString(configFile, config.replace(LOCATION, "tdb2:location \"" + db.toAbsolutePath().toString().replace('\\', '/') + "\""));

        server = FusekiServer.create().port(0).parseConfigFile(configFile).build().start();
        endpoint = "http://localhost:" + server.getPort() + "/sparql";
        remote = new CountingSparqlServer();
    }

    @AfterAll
    static void stop() {
        if ( server != null )
            server.stop();
        if ( remote != null )
            remote.close();
    }

    @Test
    void the_operator_copy_at_the_module_root_is_identical_to_the_packaged_one() throws IOException {
        // Surefire runs in the module directory.
        assertThat(Files.readString(Path.of("config.ttl"), UTF_8)).isEqualTo(classpathConfig());
    }

    @Test
    void it_serves_queries_over_the_union_default_graph() {
        String q = PREFIXES + "SELECT ?title WHERE { ?ds a dcat:Dataset ; dct:title ?title }";

        HttpResponse<String> r = Http.query(endpoint, q, "application/sparql-results+json");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(column(parse(r.body(), ResultSetLang.RS_JSON), "title"))
                .containsExactlyInAnyOrder("2015 Street Tree Census", "311 Service Requests", "Street Trees");
    }

    @Test
    void graph_variable_still_works() {
        String q = PREFIXES + "SELECT ?g WHERE { GRAPH ?g { ?ds a dcat:Dataset } }";

        HttpResponse<String> r = Http.query(endpoint, q, "application/sparql-results+json");

        assertThat(column(parse(r.body(), ResultSetLang.RS_JSON), "g")).containsExactlyInAnyOrder(
                BASE + "record/nyc/tree-census", BASE + "record/nyc/311-requests", BASE + "record/la/street-trees");
    }

    @Test
    void it_refuses_updates_and_graph_store_writes() {
        List<HttpResponse<String>> attempts = Http.writeAttempts(endpoint);

        attempts.forEach(r -> assertThat(r.statusCode())
                .as("%s %s -> %s", r.request().method(), r.request().uri(), r.body())
                .isBetween(400, 499));
        HttpResponse<String> check = Http.query(endpoint, "ASK { GRAPH ?g { <urn:example:s> ?p ?o } }", "application/sparql-results+json");
        assertThat(CatalogSparqlProtocolTest.ask(check, ResultSetLang.RS_JSON)).isFalse();
    }

    @Test
    void service_is_denied_without_a_network_call() {
        remote.reset();

        HttpResponse<String> r = Http.query(endpoint, "SELECT * WHERE { SERVICE <" + remote.url() + "> { ?s ?p ?o } }", null);

        assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
        assertThat(remote.hits()).isZero();
    }

    @Test
    void the_query_endpoint_carries_the_10s_timeout_and_is_the_only_operation() {
        var service = DataAccessPointRegistry.get(server.getServletContext()).get("/sparql").getDataService();

        assertThat(service.getOperations()).containsExactly(Operation.Query);
        Endpoint ep = service.getEndpoints(Operation.Query).get(0);
        assertThat(ep.getName()).isEmpty();
        assertThat(ep.getContext().getAsString(ARQ.queryTimeout)).isEqualTo("10000,10000");
    }

    private static String classpathConfig() throws IOException {
        try ( InputStream in = ConfigTtlTest.class.getResourceAsStream("/config.ttl") ) {
            assertThat(in).as("config.ttl on the classpath").isNotNull();
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
