package org.civiccatalog.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The query rewriting and SERVICE detection, without HTTP. */
class CatalogQueryProcessorTest {

    private final CatalogQueryProcessor processor = new CatalogQueryProcessor(5);

    @Test
    void select_without_limit_or_with_a_larger_one_asks_for_limit_plus_one_rows() {
        Query noLimit = QueryFactory.create("SELECT * { ?s ?p ?o }");
        Query larger = QueryFactory.create("SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 100 OFFSET 10");

        assertThat(processor.capRows(noLimit).getLimit()).isEqualTo(6);
        assertThat(processor.capRows(larger).getLimit()).isEqualTo(6);
        assertThat(processor.capRows(larger).getOffset()).isEqualTo(10);
        // The request's own query object is not changed.
        assertThat(noLimit.hasLimit()).isFalse();
        assertThat(larger.getLimit()).isEqualTo(100);
    }

    @Test
    void a_select_limit_within_the_result_limit_is_kept() {
        Query q = QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 5");

        assertThat(processor.capRows(q)).isSameAs(q);
    }

    @Test
    void describe_where_rows_are_capped_so_the_set_of_resources_stays_small() {
        assertThat(processor.capRows(QueryFactory.create("DESCRIBE ?s WHERE { ?s ?p ?o }")).getLimit()).isEqualTo(6);
    }

    @Test
    void construct_and_ask_are_not_rewritten() {
        Query construct = QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }");
        Query ask = QueryFactory.create("ASK { ?s ?p ?o }");

        assertThat(processor.capRows(construct)).isSameAs(construct);
        assertThat(processor.capRows(ask)).isSameAs(ask);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://example.org/sparql> { ?s ?q ?x } } }",
        "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://example.org/sparql> { ?s ?q ?x } } }",
        "SELECT ?s (EXISTS { SERVICE <http://example.org/sparql> { ?s ?q ?x } } AS ?b) { ?s ?p ?o }",
        "SELECT * { { SELECT * { SERVICE ?svc { ?s ?p ?o } } } }",
        "SELECT * { ?s ?p ?o MINUS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
    })
    void service_is_found_wherever_it_is(String q) {
        assertThat(CatalogQueryProcessor.usesService(QueryFactory.create(q, Syntax.syntaxARQ))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { ?s ?p \"SERVICE <http://example.org/sparql> { }\" }",
        "SELECT * { ?s <http://example.org/SERVICE> ?o }",
        "DESCRIBE <http://example.org/service>",
        "ASK {}",
    })
    void no_service_no_match(String q) {
        assertThat(CatalogQueryProcessor.usesService(QueryFactory.create(q))).isFalse();
    }
}
