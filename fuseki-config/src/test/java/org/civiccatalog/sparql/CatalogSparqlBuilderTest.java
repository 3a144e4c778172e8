package org.civiccatalog.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogSparqlBuilderTest {

    private static final Dataset MEM = DatasetFactory.createTxnMem();

    @Test
    void defaults_are_10s_10000_rows_and_slash_sparql() {
        CatalogSparql s = CatalogSparql.newBuilder().dataset(MEM).build();

        assertThat(s.queryTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.resultLimit()).isEqualTo(10_000);
        assertThat(s.endpointPath()).isEqualTo("/sparql");
        assertThat(s.dataset()).isSameAs(MEM.asDatasetGraph());
    }

    @Test
    void build_without_a_dataset_fails_and_says_what_is_missing() {
        assertThatThrownBy(() -> CatalogSparql.newBuilder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dataset");
    }

    @Test
    void timeout_must_be_at_least_one_millisecond() {
        var b = CatalogSparql.newBuilder();
        assertThatThrownBy(() -> b.queryTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0S");
        assertThatThrownBy(() -> b.queryTimeout(Duration.ofMillis(-5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.queryTimeout(Duration.ofNanos(999_999))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.queryTimeout(null)).isInstanceOf(NullPointerException.class);
        assertThat(b.queryTimeout(Duration.ofMillis(1))).isSameAs(b);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE })
    void result_limit_out_of_range_is_refused_with_the_value_in_the_message(int limit) {
        assertThatThrownBy(() -> CatalogSparql.newBuilder().resultLimit(limit))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Integer.toString(limit));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "/", "sparql", "/sparql/", "//sparql", "/$/ping", "/sp arql", "/sparql?x", "/a//b", "/..", "/.", "/a/./b", "/a/.." })
    void bad_endpoint_paths_are_refused(String path) {
        assertThatThrownBy(() -> CatalogSparql.newBuilder().endpointPath(path))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(path);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/sparql", "/query", "/api/sparql", "/catalog.v1-sparql_x~", "/...", "/.well" })
    void good_endpoint_paths_are_accepted(String path) {
        CatalogSparql s = CatalogSparql.newBuilder().endpointPath(path).dataset(MEM).build();

        assertThat(s.endpointPath()).isEqualTo(path);
        // Fuseki accepts it as a dataset name too.
        assertThat(DataAccessPointRegistry.get(s.buildServer(0).getServletContext()).keys()).containsExactly(path);
    }

    @Test
    void a_built_instance_does_not_change_when_the_builder_is_reused() {
        var b = CatalogSparql.newBuilder().dataset(MEM).resultLimit(7).queryTimeout(Duration.ofSeconds(3));
        CatalogSparql first = b.build();

        b.resultLimit(8).queryTimeout(Duration.ofSeconds(4)).endpointPath("/other");

        assertThat(first.resultLimit()).isEqualTo(7);
        assertThat(first.queryTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(first.endpointPath()).isEqualTo("/sparql");
        assertThat(b.build().resultLimit()).isEqualTo(8);
    }

    @Test
    void the_endpoint_context_carries_timeout_no_service_and_union_default_graph() {
        var cxt = CatalogSparql.newBuilder().dataset(MEM).queryTimeout(Duration.ofMillis(2500)).build().endpointContext();

        assertThat(cxt.getAsString(ARQ.queryTimeout)).isEqualTo("2500,2500");
        assertThat(cxt.isFalse(ARQ.httpServiceAllowed)).isTrue();
        assertThat(cxt.isTrue(TDB2.symUnionDefaultGraph)).isTrue();
    }

    @Test
    void settings_do_not_leak_into_the_dataset_context(@TempDir Path dir) {
        Dataset tdb = CatalogFixtures.tdb2(dir);

        CatalogSparql.newBuilder().dataset(tdb).build().buildServer(0);

        assertThat(tdb.getContext().isDefined(ARQ.queryTimeout)).isFalse();
        assertThat(tdb.getContext().isDefined(ARQ.httpServiceAllowed)).isFalse();
        assertThat(tdb.getContext().isTrue(TDB2.symUnionDefaultGraph)).isFalse();
    }

    @Test
    void tdb2_is_served_as_is_and_other_datasets_through_the_union_view(@TempDir Path dir) {
        Dataset tdb = CatalogFixtures.tdb2(dir);

        assertThat(CatalogSparql.newBuilder().dataset(tdb).build().servedDataset()).isSameAs(tdb.asDatasetGraph());
        assertThat(CatalogSparql.newBuilder().dataset(MEM).build().servedDataset()).isInstanceOf(UnionDefaultGraphView.class);
    }

    @Test
    void tdb2_under_a_plain_wrapper_keeps_the_tdb2_engine_and_the_union(@TempDir Path dir) {
        // e.g. jena-text's DatasetGraphText around TDB2: ARQ unwraps it for query, so the context flag applies.
        Dataset tdb = CatalogFixtures.addSample(CatalogFixtures.tdb2(dir));
        DatasetGraph wrapped = new DatasetGraphWrapper(tdb.asDatasetGraph());
        CatalogSparql s = CatalogSparql.newBuilder().dataset(wrapped).build();

        assertThat(s.servedDataset()).isSameAs(wrapped);
        long n = Txn.calculateRead(tdb, () -> QueryExec.dataset(s.servedDataset())
                .query("SELECT * { ?ds a <http://www.w3.org/ns/dcat#Dataset> }")
                .context(s.endpointContext())
                .select().materialize().rewindable().size());
        assertThat(n).isEqualTo(3);
    }

    @Test
    void the_built_server_has_one_dataset_at_the_path_with_only_the_query_operation() {
        FusekiServer server = CatalogSparql.newBuilder().dataset(MEM).endpointPath("/api/sparql").build().buildServer(0);

        DataAccessPointRegistry reg = DataAccessPointRegistry.get(server.getServletContext());
        assertThat(reg.keys()).containsExactly("/api/sparql");
        var service = reg.get("/api/sparql").getDataService();
        assertThat(service.getOperations()).containsExactly(Operation.Query);
        assertThat(service.getEndpoints(Operation.Query)).singleElement()
                .satisfies(ep -> assertThat(ep.getName()).isEmpty())
                .satisfies(ep -> assertThat(ep.getProcessor()).isInstanceOf(CatalogQueryProcessor.class));
    }

    @Test
    void port_out_of_range_is_refused() {
        CatalogSparql s = CatalogSparql.newBuilder().dataset(MEM).build();

        assertThatThrownBy(() -> s.buildServer(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> s.buildServer(65536)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65536");
    }

    // ---- More datasets at other paths

    @Test
    void an_added_dataset_gets_its_own_path_with_the_same_endpoint_as_the_main_one() {
        Dataset other = DatasetFactory.createTxnMem();
        CatalogSparql s = CatalogSparql.newBuilder().dataset(MEM).resultLimit(7)
                .addDataset(CatalogSparql.HISTORY_ENDPOINT_PATH, other).build();

        assertThat(s.endpoints()).containsExactly(Map.entry("/sparql", MEM.asDatasetGraph()),
                Map.entry("/history/sparql", other.asDatasetGraph()));
        DataAccessPointRegistry reg = DataAccessPointRegistry.get(s.buildServer(0).getServletContext());
        assertThat(reg.keys()).containsExactlyInAnyOrder("/sparql", "/history/sparql");
        for (String path : reg.keys()) {
            var service = reg.get(path).getDataService();
            assertThat(service.getOperations()).as(path).containsExactly(Operation.Query);
            assertThat(service.getEndpoints(Operation.Query)).as(path).singleElement()
                    .satisfies(ep -> assertThat(ep.getName()).isEmpty())
                    .satisfies(ep -> assertThat(ep.getProcessor()).isInstanceOf(CatalogQueryProcessor.class))
                    .satisfies(ep -> assertThat(ep.getContext().getAsString(ARQ.queryTimeout)).isEqualTo("10000,10000"))
                    .satisfies(ep -> assertThat(ep.getContext().isFalse(ARQ.httpServiceAllowed)).isTrue())
                    .satisfies(ep -> assertThat(ep.getContext().isTrue(TDB2.symUnionDefaultGraph)).isTrue());
        }
        assertThat(reg.get("/history/sparql").getDataService().getDataset()).isInstanceOf(UnionDefaultGraphView.class);
        assertThat(s.toString()).contains("/sparql /history/sparql");
    }

    @Test
    void an_added_path_must_be_valid_and_unique_and_differ_from_the_endpoint_path() {
        var b = CatalogSparql.newBuilder().dataset(MEM);
        assertThatThrownBy(() -> b.addDataset("/history/", MEM)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/history/");
        assertThatThrownBy(() -> b.addDataset("/h", (Dataset) null)).isInstanceOf(NullPointerException.class);
        b.addDataset("/h", MEM);
        assertThatThrownBy(() -> b.addDataset("/h", MEM)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/h");
        assertThat(b.build().endpoints()).containsOnlyKeys("/sparql", "/h");
        b.endpointPath("/h");
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("/h");
    }
}
