package org.civiccatalog.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiccatalog.sparql.CatalogFixtures.BASE;
import static org.civiccatalog.sparql.CatalogFixtures.PREFIXES;
import static org.civiccatalog.sparql.CatalogSparqlProtocolTest.column;
import static org.civiccatalog.sparql.CatalogSparqlProtocolTest.parse;

import java.net.http.HttpResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A non-TDB2 dataset (e.g. in tests of the web module) gets the same union-default-graph semantics. */
class InMemoryDatasetTest {

    static Dataset dataset;
    static FusekiServer server;
    static String endpoint;

    @BeforeAll
    static void start() {
        dataset = DatasetFactory.createTxnMem();
        CatalogFixtures.addSample(dataset);
        server = CatalogSparql.newBuilder().dataset(dataset).resultLimit(2).build().start(0);
        endpoint = "http://localhost:" + server.getPort() + "/sparql";
    }

    @AfterAll
    static void stop() {
        if ( server != null )
            server.stop();
    }

    @Test
    void the_default_graph_is_the_union_of_the_named_graphs() {
        assertThat(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getDefaultGraph().isEmpty())).isTrue();
        String q = PREFIXES + "SELECT (COUNT(?ds) AS ?n) WHERE { ?ds a dcat:Dataset }";

        HttpResponse<String> r = Http.query(endpoint, q, "application/sparql-results+json");

        assertThat(column(parse(r.body(), ResultSetLang.RS_JSON), "n")).containsExactly("3");
    }

    @Test
    void graph_variable_and_named_graph_lookups_still_work() {
        String q = PREFIXES + "SELECT ?g WHERE { GRAPH ?g { ?ds dcat:keyword \"trees\" } }";
        String one = PREFIXES + "SELECT ?t WHERE { GRAPH <" + BASE + "record/la/street-trees> { ?ds a dcat:Dataset ; dct:title ?t } }";

        assertThat(column(parse(Http.query(endpoint, q, "application/sparql-results+json").body(), ResultSetLang.RS_JSON), "g"))
                .containsExactlyInAnyOrder(BASE + "record/nyc/tree-census", BASE + "record/la/street-trees");
        assertThat(column(parse(Http.query(endpoint, one, "application/sparql-results+json").body(), ResultSetLang.RS_JSON), "t"))
                .containsExactly("Street Trees");
    }

    @Test
    void describe_and_the_limit_work_over_the_view() {
        HttpResponse<String> r = Http.query(endpoint, "DESCRIBE <" + BASE + "dataset/nyc/tree-census>", "text/turtle");

        assertThat(RDFParser.fromString(r.body(), Lang.TURTLE).toGraph().size()).isEqualTo(2);
        assertThat(r.headers().firstValue(CatalogSparql.HEADER_RESULT_TRUNCATED)).hasValue("true");
    }
}
