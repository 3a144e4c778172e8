package org.civiccatalog.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SERVICE never leaves the process. A local "remote" SPARQL endpoint counts every request it gets and would answer
 * a valid result, so a SERVICE that got through would show up both as a hit and as a 200.
 */
class ServiceDisabledTest {

    @TempDir
    static Path dir;
    static Dataset dataset;
    static CatalogSparql sparql;
    static FusekiServer server;
    static String endpoint;

    static CountingSparqlServer remote;
    static String remoteUrl;

    @BeforeAll
    static void start() {
        remote = new CountingSparqlServer();
        remoteUrl = remote.url();
        dataset = CatalogFixtures.addSample(CatalogFixtures.tdb2(dir));
        sparql = CatalogSparql.newBuilder().dataset(dataset).build();
        server = sparql.start(0);
        endpoint = "http://localhost:" + server.getPort() + "/sparql";
    }

    @AfterAll
    static void stop() {
        if ( server != null )
            server.stop();
        if ( remote != null )
            remote.close();
    }

    @BeforeEach
    void resetHits() {
        remote.reset();
    }

    @Test
    void the_fake_remote_endpoint_really_counts_requests() {
        // Guards the other tests: if this fails, "0 hits" below would prove nothing.
        HttpResponse<String> r = Http.query(remoteUrl, "SELECT * {}", null);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(remote.hits()).isEqualTo(1);

        // ... and plain Jena, with SERVICE allowed, does call it for such a query.
        var rows = Txn.calculateRead(dataset, () -> QueryExec.dataset(dataset.asDatasetGraph())
                .query("SELECT * WHERE { SERVICE <" + remoteUrl + "> { ?s ?p ?x } }")
                .set(ARQ.httpServiceAllowed, true)
                .select().materialize());
        assertThat(rows.hasNext()).isTrue();
        assertThat(remote.hits()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "SELECT * WHERE { SERVICE <%s> { ?s ?p ?x } }",
        "SELECT * WHERE { SERVICE SILENT <%s> { ?s ?p ?x } }",
        "SELECT * WHERE { ?ds a <http://www.w3.org/ns/dcat#Dataset> FILTER EXISTS { SERVICE <%s> { ?s ?p ?x } } }",
        "SELECT * WHERE { { SELECT ?x WHERE { SERVICE <%s> { ?s ?p ?x } } LIMIT 1 } }",
        "SELECT * WHERE { VALUES ?svc { <%s> } SERVICE ?svc { ?s ?p ?x } }",
        "ASK { SERVICE <%s> { ?s ?p ?x } }",
        "CONSTRUCT { ?s ?p ?x } WHERE { SERVICE <%s> { ?s ?p ?x } }",
        "DESCRIBE ?s WHERE { SERVICE <%s> { ?s ?p ?x } }",
    })
    void a_query_with_service_is_refused_without_any_network_call(String template) {
        HttpResponse<String> r = Http.query(endpoint, template.formatted(remoteUrl), null);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("SERVICE");
        assertThat(remote.hits()).isZero();
    }

    @Test
    void the_endpoint_context_alone_also_denies_service() {
        // Defence in depth: even without the syntactic check, execution in the endpoint's context makes no call.
        QueryExec qExec = QueryExec.dataset(sparql.servedDataset())
                .query("SELECT * WHERE { SERVICE <" + remoteUrl + "> { ?s ?p ?x } }")
                .context(sparql.endpointContext())
                .build();

        assertThatThrownBy(() -> Txn.executeRead(dataset, () -> qExec.select().materialize()))
                .isInstanceOf(QueryDeniedException.class);
        assertThat(remote.hits()).isZero();
    }

    @Test
    void the_word_service_inside_a_literal_is_not_mistaken_for_a_service_call() {
        HttpResponse<String> r = Http.query(endpoint, "SELECT * WHERE { ?s ?p \"SERVICE <http://example.org/>\" }", null);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
}
