package org.civiccatalog.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiccatalog.core.store.TdbCatalogStoreTest.record;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.TDB2;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.PROV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing a record whose description changed keeps the old record graph in the separate history database. */
class RecordHistoryTest {
    static final String BASE = "http://test.example/";
    static final SourceInfo SRC = SourceInfo.imported("city", "datajson");
    @TempDir Path dir;

    private static boolean hasTitle(Graph g, String ds, String title) {
        return g.contains(NodeFactory.createURI(ds), DCTERMS.title.asNode(), NodeFactory.createLiteralString(title));
    }

    @Test
    void a_changed_record_keeps_version_1_with_the_old_title() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            String ds = store.iris().dataset("city", "a");
            Instant before = Instant.now();
            store.replaceRecords(SRC, List.of(record(store.iris(), "city", "a", "old")));
            assertThat(store.history(ds)).isEmpty();
            store.replaceRecords(SRC, List.of(record(store.iris(), "city", "a", "new")));
            List<RecordVersion> versions = store.history(ds);
            assertThat(versions).hasSize(1);
            RecordVersion v = versions.get(0);
            assertThat(v.n()).isEqualTo(1);
            assertThat(v.versionIri()).isEqualTo(store.iris().record("city", "a") + "/version/1");
            assertThat(v.invalidatedAt()).isAfterOrEqualTo(before.minusSeconds(1));
            Graph old = store.historicVersion(ds, 1).orElseThrow();
            assertThat(hasTitle(old, ds, "old")).isTrue();
            assertThat(hasTitle(old, ds, "new")).isFalse();
            assertThat(hasTitle(store.recordGraphOfDataset(ds).orElseThrow(), ds, "new")).isTrue();
            assertThat(store.historicVersion(ds, 2)).isEmpty();
            assertThat(store.historicVersion(ds, 0)).isEmpty();
            assertThat(Files.isDirectory(dir.resolve("history/tdb2"))).isTrue();
        }
    }

    @Test
    void identical_content_keeps_nothing_by_graph_or_by_hash() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            String a = store.iris().dataset("city", "a"), b = store.iris().dataset("city", "b");
            store.replaceRecords(SRC, List.of(record(store.iris(), "city", "a", "same"),
                    record(store.iris(), "city", "b", "B").withHarvest("h1", null)));
            store.replaceRecords(SRC, List.of(record(store.iris(), "city", "a", "same"),
                    record(store.iris(), "city", "b", "B").withHarvest("h1", null)));
            assertThat(store.history(a)).isEmpty();
            assertThat(store.history(b)).isEmpty();
            store.replaceRecords(SRC, List.of(record(store.iris(), "city", "b", "B").withHarvest("h2", null)));
            assertThat(store.history(b)).extracting(RecordVersion::n).containsExactly(1);
        }
    }

    @Test
    void three_changes_give_versions_1_and_2_in_order_and_survive_reopening() {
        String ds;
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            ds = store.iris().dataset("city", "a");
            for (String t : List.of("first", "second", "third"))
                store.replaceRecords(SRC, List.of(record(store.iris(), "city", "a", t)));
            assertThat(store.history(ds)).extracting(RecordVersion::n).containsExactly(1, 2);
        }
        try (var store = TdbCatalogStore.open(dir, null)) {
            List<RecordVersion> versions = store.history(ds);
            assertThat(versions).extracting(RecordVersion::n).containsExactly(1, 2);
            assertThat(versions.get(0).invalidatedAt()).isBeforeOrEqualTo(versions.get(1).invalidatedAt());
            assertThat(hasTitle(store.historicVersion(ds, 1).orElseThrow(), ds, "first")).isTrue();
            assertThat(hasTitle(store.historicVersion(ds, 2).orElseThrow(), ds, "second")).isTrue();
            store.replaceRecords(SRC, List.of(record(store.iris(), "city", "a", "fourth")));
            assertThat(store.history(ds)).extracting(RecordVersion::n).containsExactly(1, 2, 3);
        }
    }

    @Test
    void the_union_default_graph_of_the_main_dataset_never_sees_old_versions() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            store.replaceRecords(SRC, List.of(record(store.iris(), "city", "a", "old")));
            store.replaceRecords(SRC, List.of(record(store.iris(), "city", "a", "new")));
            assertThat(store.history(store.iris().dataset("city", "a"))).hasSize(1);
            List<String> titles = store.read(d -> {
                List<String> out = new java.util.ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(d)
                        .query("PREFIX dct: <" + DCTERMS.NS + "> SELECT ?t WHERE { ?d dct:title ?t }")
                        .set(TDB2.symUnionDefaultGraph, true).build()) {
                    qe.execSelect().forEachRemaining(r -> out.add(r.getLiteral("t").getString()));
                }
                return out;
            });
            assertThat(titles).contains("new").doesNotContain("old");
            boolean old = store.read(d -> {
                try (QueryExecution qe = QueryExecution.dataset(d)
                        .query("PREFIX dct: <" + DCTERMS.NS + "> ASK { ?d dct:title \"old\" }")
                        .set(TDB2.symUnionDefaultGraph, true).build()) {
                    return qe.execAsk();
                }
            });
            assertThat(old).isFalse();
            var h = store.historyDataset();
            boolean inHistory = org.apache.jena.system.Txn.calculateRead(h, () -> {
                try (QueryExecution qe = QueryExecution.dataset(h)
                        .query("PREFIX dct: <" + DCTERMS.NS + "> ASK { GRAPH ?v { ?d dct:title \"old\" } }").build()) {
                    return qe.execAsk();
                }
            });
            assertThat(inHistory).isTrue();
        }
    }

    @Test
    void a_version_records_the_run_that_replaced_it_and_its_hash_in_the_index() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            String ds = store.iris().dataset("city", "a");
            String run1 = BASE + "harvest/run-1", run2 = BASE + "harvest/run-2";
            store.replaceRecords(SRC, List.of(record(store.iris(), "city", "a", "old").withHarvest("h1", null).generatedBy(run1)));
            store.replaceRecords(SRC, List.of(record(store.iris(), "city", "a", "new").withHarvest("h2", null).generatedBy(run2)));
            RecordVersion v = store.history(ds).get(0);
            assertThat(v.invalidatedBy()).hasValue(run2);
            assertThat(v.contentHash()).hasValue("h1");

            Node version = NodeFactory.createURI(v.versionIri());
            Graph expected = GraphFactory.createGraphMem();
            expected.add(Triple.create(version, PROV.specializationOf.asNode(), NodeFactory.createURI(store.iris().record("city", "a"))));
            expected.add(Triple.create(version, PROV.invalidatedAtTime.asNode(),
                    NodeFactory.createLiteralDT(v.invalidatedAt().toString(), XSDDatatype.XSDdateTime)));
            expected.add(Triple.create(version, CIVIC.versionNumber.asNode(), NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger)));
            expected.add(Triple.create(version, PROV.wasInvalidatedBy.asNode(), NodeFactory.createURI(run2)));
            expected.add(Triple.create(version, CIVIC.contentHash.asNode(), NodeFactory.createLiteralString("h1")));
            Graph index = store.historyIndex(ds);
            assertThat(index.isIsomorphicWith(expected)).as("history index:%n%s", index).isTrue();
            // The version graph is the old record graph: it still names the run that wrote it.
            assertThat(store.historicVersion(ds, 1).orElseThrow().contains(NodeFactory.createURI(store.iris().record("city", "a")),
                    PROV.wasGeneratedBy.asNode(), NodeFactory.createURI(run1))).isTrue();
        }
    }

    @Test
    void an_import_replacing_a_record_without_hash_records_no_run_and_no_hash() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            String ds = store.iris().dataset("city", "a");
            store.replaceRecords(SRC, List.of(record(store.iris(), "city", "a", "old")));
            store.replaceRecords(SRC, List.of(record(store.iris(), "city", "a", "new")));
            RecordVersion v = store.history(ds).get(0);
            assertThat(v.invalidatedBy()).isEmpty();
            assertThat(v.contentHash()).isEmpty();
            assertThat(store.historyIndex(ds).size()).isEqualTo(3);
            assertThat(store.historyIndex(store.iris().dataset("city", "none")).isEmpty()).isTrue();
        }
    }
}
