package org.civiccatalog.core.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardsRegistryTest {
    static final String BASE = "https://catalog.example.gov/";
    static final StandardsRegistry REGISTRY = StandardsRegistry.bundled(CatalogIris.of(BASE));

    @TempDir
    Path dir;

    @Test
    void the_standards_are_registered_with_version_and_specification() {
        assertThat(REGISTRY.all()).extracting(Standard::id).containsExactly(
                "blds-core-1.0", "gtfs-schedule", "hsds-3.0", "lives-2.0", "lives-flattened", "open311-bulk", "open311-georeport-v2");
        Standard lives = REGISTRY.require("lives-2.0");
        assertThat(lives.iri()).isEqualTo(BASE + "standard/lives-2.0");
        assertThat(lives.version()).isEqualTo("2.0");
        assertThat(lives.specification()).isEqualTo("https://www.yelp.com/healthscores");
        assertThat(lives.files()).extracting(FileSpec::name)
                .containsExactly("businesses.csv", "inspections.csv", "violations.csv", "feed_info.csv", "legend.csv");
        assertThat(lives.files()).extracting(FileSpec::required).containsExactly(true, true, false, true, false);
        FileSpec inspections = lives.requireFile("inspections.csv");
        assertThat(inspections.fieldNames()).containsExactly("business_id", "score", "date", "description", "type");
        FieldSpec date = inspections.field("date").orElseThrow();
        assertThat(date.type()).isEqualTo(ValueType.DATE);
        assertThat(date.dateFormat()).contains("yyyyMMdd");
        assertThat(inspections.field("type").orElseThrow().allowedValues()).containsExactlyInAnyOrder("initial", "routine", "followup", "complaint");
        assertThat(inspections.field("business_id").orElseThrow().references()).contains("businesses.csv#business_id");
        assertThat(inspections.field("score").orElseThrow().max()).hasValueSatisfying(m -> assertThat(m.intValue()).isEqualTo(100));
        Standard v2 = REGISTRY.require("open311-georeport-v2");
        assertThat(v2.requireFile("requests").requiredFields()).extracting(FieldSpec::name)
                .containsExactly("service_request_id", "status", "service_code", "requested_datetime");
        assertThat(v2.requireFile("services").requiredFields()).extracting(FieldSpec::name)
                .containsExactly("service_code", "service_name", "metadata", "type");
    }

    @Test
    void aliases_publishers_write_find_the_standard_whatever_the_scheme_case_or_trailing_slash() {
        assertThat(REGISTRY.find("http://wiki.open311.org/GeoReport_v2")).map(Standard::id).contains("open311-georeport-v2");
        assertThat(REGISTRY.find("https://wiki.open311.org/GeoReport_v2/")).map(Standard::id).contains("open311-georeport-v2");
        assertThat(REGISTRY.find("http://wiki.open311.org/GeoReport/bulk")).map(Standard::id).contains("open311-bulk");
        assertThat(REGISTRY.find("LIVES")).map(Standard::id).contains("lives-2.0");
        assertThat(REGISTRY.find("lives")).map(Standard::id).contains("lives-2.0");
        assertThat(REGISTRY.find("http://yelp.com/healthscores/")).map(Standard::id).contains("lives-2.0");
        assertThat(REGISTRY.find("https://www.yelp.com/healthscores")).map(Standard::id).contains("lives-2.0");
        assertThat(REGISTRY.find(BASE + "standard/hsds-3.0")).map(Standard::id).contains("hsds-3.0");
        assertThat(REGISTRY.find("gtfs-schedule")).map(Standard::id).contains("gtfs-schedule");
        assertThat(REGISTRY.find("http://permitdata.org")).map(Standard::id).contains("blds-core-1.0");
        assertThat(REGISTRY.find("LIVES Flattened")).map(Standard::id).contains("lives-flattened");
    }

    @Test
    void names_that_are_no_standard_find_nothing() {
        assertThat(REGISTRY.find("https://project-open-data.cio.gov/v1.1/schema")).isEmpty();
        assertThat(REGISTRY.find("LIVES 3.0")).isEmpty();
        assertThat(REGISTRY.find("wiki.open311.org")).isEmpty();
        assertThat(REGISTRY.find("")).isEmpty();
        assertThat(REGISTRY.find(null)).isEmpty();
        assertThatThrownBy(() -> REGISTRY.require("open311")).isInstanceOf(StandardsException.class).hasMessageContaining("open311");
    }

    @Test
    void the_registry_is_in_its_own_graph_of_a_real_store_and_sparql_finds_each_standard_and_its_profile() {
        try (TdbCatalogStore store = TdbCatalogStore.open(dir, BASE)) {
            String q = """
                    PREFIX dct: <http://purl.org/dc/terms/>
                    PREFIX civic: <https://w3id.org/civic-catalog/ns#>
                    SELECT ?g ?id (COUNT(?field) AS ?fields) WHERE {
                      GRAPH ?g { ?s a dct:Standard ; dct:identifier ?id ; civic:file ?f . ?f civic:field ?field }
                    } GROUP BY ?g ?id ORDER BY ?id""";
            List<String> rows = new ArrayList<>();
            store.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        rows.add(s.getResource("g").getURI() + " " + s.getLiteral("id").getString() + " " + s.getLiteral("fields").getInt());
                    }
                }
                return null;
            });
            // field counts read off registry.ttl by hand: 7+17, 14, 9+5+4+5+3, 18, 22, 4+4+4+3+5+3+3, 5+4+5
            String g = BASE + "graph/standards ";
            assertThat(rows).containsExactly(g + "blds-core-1.0 22", g + "gtfs-schedule 26", g + "hsds-3.0 14",
                    g + "lives-2.0 26", g + "lives-flattened 18", g + "open311-bulk 14", g + "open311-georeport-v2 24");
            // the union default graph (what /sparql queries) sees them too, with the aliases
            long aliases = store.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                        PREFIX civic: <https://w3id.org/civic-catalog/ns#>
                        SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { <%sstandard/lives-2.0> civic:alias ?a } }""".formatted(BASE)).build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertThat(aliases).isEqualTo(6);
        }
    }

    @Test
    void reopening_writes_nothing_and_a_changed_graph_is_restored_without_touching_the_feeds_state() {
        long quads;
        long version;
        try (TdbCatalogStore store = TdbCatalogStore.open(dir, BASE)) {
            quads = quads(store);
            version = store.state().version();
            assertThat(quads).isEqualTo(StandardsRegistry.bundledGraph(store.iris()).size());
            assertThat(StandardsRegistry.install(store)).as("second install of the same registry").isFalse();
            // an older registry: one triple less
            Graph older = GraphFactory.createGraphMem();
            StandardsRegistry.bundledGraph(store.iris()).find().forEachRemaining(older::add);
            older.delete(older.find(NodeFactory.createURI(BASE + "standard/lives-2.0"), null, null).next());
            assertThat(store.replaceReferenceGraph(store.iris().standardsGraph(), older)).isTrue();
            assertThat(quads(store)).isEqualTo(quads - 1);
        }
        try (TdbCatalogStore store = TdbCatalogStore.open(dir, null)) {
            assertThat(quads(store)).as("the upgrade on open restored the bundled registry").isEqualTo(quads);
            assertThat(StandardsRegistry.stored(store).all()).extracting(Standard::id).hasSize(7);
            assertThat(store.state().version()).as("the registry is not part of the feeds").isEqualTo(version);
        }
        try (TdbCatalogStore store = TdbCatalogStore.open(dir, null)) {
            assertThat(quads(store)).isEqualTo(quads);
            assertThat(StandardsRegistry.install(store)).isFalse();
        }
    }

    @Test
    void the_reference_graph_write_refuses_record_and_catalog_graphs() {
        try (TdbCatalogStore store = TdbCatalogStore.open(dir, BASE)) {
            Graph g = GraphFactory.createGraphMem();
            assertThatThrownBy(() -> store.replaceReferenceGraph(store.iris().catalogGraph(), g)).hasMessageContaining("Not a reference graph");
            assertThatThrownBy(() -> store.replaceReferenceGraph(BASE + "record/x/y", g)).hasMessageContaining("Not a reference graph");
        }
    }

    private static long quads(TdbCatalogStore store) {
        return Txn.calculateRead(store.dataset(), () -> Iter.count(store.dataset().asDatasetGraph()
                .find(NodeFactory.createURI(store.iris().standardsGraph()), null, null, null)));
    }
}
