package org.civiccatalog.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbCatalogStoreTest {
    static final String BASE = "http://test.example/";
    @TempDir Path dir;

    static RecordGraph record(CatalogIris iris, String source, String id, String title) {
        String ds = iris.dataset(source, id);
        Graph g = GraphFactory.createGraphMem();
        g.add(Triple.create(NodeFactory.createURI(ds), RDF.type.asNode(), DCAT.Dataset.asNode()));
        g.add(Triple.create(NodeFactory.createURI(ds), DCTERMS.title.asNode(), NodeFactory.createLiteralString(title)));
        return new RecordGraph(source, id, ds, g);
    }

    @Test
    void replaced_records_are_counted_paged_and_read_back() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            var src = SourceInfo.imported("city", "datajson");
            List<RecordGraph> recs = new ArrayList<>();
            for (int i = 0; i < 25; i++) recs.add(record(store.iris(), "city", "ds-" + i, "Dataset " + i));
            store.replaceRecords(src, recs);
            assertThat(store.countDatasets()).isEqualTo(25);
            List<String> all = new ArrayList<>();
            for (int p = 0; p < 3; p++) all.addAll(store.datasetIris(p * 10L, 10));
            assertThat(all).hasSize(25).doesNotHaveDuplicates().isSorted();
            Graph back = store.recordGraphOfDataset(store.iris().dataset("city", "ds-3")).orElseThrow();
            assertThat(back.contains(NodeFactory.createURI(store.iris().dataset("city", "ds-3")),
                    DCTERMS.title.asNode(), NodeFactory.createLiteralString("Dataset 3"))).isTrue();
            assertThat(store.sources()).extracting(SourceInfo::id).containsExactly("city");
        }
    }

    @Test
    void the_data_version_moves_with_every_committed_write_and_what_is_kept_per_version_follows_it() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            var city = SourceInfo.imported("city", "datajson");
            DataVersion v0 = store.dataVersion().orElseThrow();
            StoreState s0 = store.state();
            store.sources();
            store.read(ds -> ds.asDatasetGraph().find().hasNext());
            assertThat(store.dataVersion()).as("reads change nothing").contains(v0);
            store.write(ds -> assertThat(store.dataVersion()).as("inside a write").isEmpty());
            v0 = store.dataVersion().orElseThrow();

            store.replaceRecords(city, List.of(record(store.iris(), "city", "a", "A")));
            DataVersion v1 = store.dataVersion().orElseThrow();
            assertThat(v1).isNotEqualTo(v0);
            assertThat(store.state().version()).as("state read again after the write").isGreaterThan(s0.version());
            assertThat(store.sources()).extracting(SourceInfo::id).containsExactly("city");

            store.putSource(SourceInfo.imported("county", "ckan"));
            assertThat(store.sources()).extracting(SourceInfo::id).containsExactlyInAnyOrder("city", "county");
            DataVersion v2 = store.dataVersion().orElseThrow();
            assertThat(v2).isNotEqualTo(v1);

            // A log graph (an audit run's) changes no record and so not the state, but it is a committed write.
            StoreState before = store.state();
            var g = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
            g.add(org.apache.jena.graph.Triple.create(org.apache.jena.graph.NodeFactory.createURI(BASE + "x"),
                    org.apache.jena.graph.NodeFactory.createURI(BASE + "p"), org.apache.jena.graph.NodeFactory.createLiteralString("o")));
            store.appendToLog(BASE + "graph/audit/r1", g);
            assertThat(store.dataVersion()).isNotEqualTo(Optional.of(v2));
            assertThat(store.state()).isEqualTo(before);

            PerDataVersion<Long> kept = new PerDataVersion<>();
            long[] reads = {0};
            java.util.function.Supplier<Long> count = () -> {
                reads[0]++;
                return store.read(ds -> ds.asDatasetGraph().getGraph(org.apache.jena.graph.NodeFactory.createURI(BASE + "graph/audit/r1")).size())
                        .longValue();
            };
            assertThat(kept.get(store, count)).isEqualTo(1L);
            assertThat(kept.get(store, count)).isEqualTo(1L);
            assertThat(reads[0]).as("kept while nothing was written").isEqualTo(1);
            store.removeFromLog(BASE + "graph/audit/r1", g);
            assertThat(kept.get(store, count)).as("read again after a write").isEqualTo(0L);
            assertThat(reads[0]).isEqualTo(2);
        }
    }

    @Test
    void a_reader_sees_the_state_of_its_own_snapshot_when_a_later_one_is_kept() throws Exception {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            var city = SourceInfo.imported("city", "datajson");
            store.replaceRecords(city, List.of(record(store.iris(), "city", "a", "A")));
            StoreState before = store.state();
            java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.atomic.AtomicReference<StoreState> seen = new java.util.concurrent.atomic.AtomicReference<>();
            Thread reader = new Thread(() -> store.read(ds -> {
                inside.countDown();
                try {
                    written.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                seen.set(store.state());
                return null;
            }));
            reader.start();
            inside.await();
            store.replaceRecords(city, List.of(record(store.iris(), "city", "b", "B"))); // committed beside the reader
            StoreState after = store.state(); // read and kept under the new version
            assertThat(after.version()).isGreaterThan(before.version());
            written.countDown();
            reader.join();
            assertThat(seen.get()).as("the reader's snapshot").isEqualTo(before);
            assertThat(store.state()).isEqualTo(after);
        }
    }

    @Test
    void record_states_carry_hash_and_status_and_withdrawal_keeps_the_record() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            var src = SourceInfo.imported("city", "datajson");
            store.replaceRecords(src, List.of(record(store.iris(), "city", "a", "A").withHarvest("h-a", "https://x.gov/a"),
                    record(store.iris(), "city", "b", "B").withHarvest("h-b", null)));
            var states = store.recordStates("city");
            assertThat(states).containsOnlyKeys("a", "b");
            assertThat(states.get("a").contentHash()).contains("h-a");
            assertThat(states.get("a").withdrawn()).isFalse();
            assertThat(store.withdraw(src, List.of("a", "missing"), java.time.Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo(1);
            assertThat(store.withdraw(src, List.of("a"), java.time.Instant.now())).as("already withdrawn").isZero();
            states = store.recordStates("city");
            assertThat(states.get("a").withdrawn()).isTrue();
            assertThat(states.get("b").withdrawn()).isFalse();
            assertThat(store.countDatasets()).isEqualTo(2);
            Graph g = store.recordGraphOfDataset(store.iris().dataset("city", "a")).orElseThrow();
            var rec = NodeFactory.createURI(store.iris().record("city", "a"));
            assertThat(g.contains(rec, org.civiccatalog.vocab.PROV.invalidatedAtTime.asNode(),
                    NodeFactory.createLiteralDT("2026-01-02T03:04:05Z", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime))).isTrue();
            store.replaceRecords(src, List.of(record(store.iris(), "city", "a", "A").withHarvest("h-a", null)));
            assertThat(store.recordStates("city").get("a").withdrawn()).as("a record that returns is active again").isFalse();
            assertThat(store.recordStates("other")).isEmpty();
        }
    }

    @Test
    void pages_follow_the_store_after_a_change() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            var src = SourceInfo.imported("city", "datajson");
            store.replaceRecords(src, List.of(record(store.iris(), "city", "b", "B"), record(store.iris(), "city", "d", "D")));
            assertThat(store.datasetIris(0, 10)).containsExactly(store.iris().dataset("city", "b"), store.iris().dataset("city", "d"));
            store.replaceRecords(src, List.of(record(store.iris(), "city", "a", "A"), record(store.iris(), "city", "c", "C")));
            assertThat(store.datasetIris(0, 10)).containsExactly(store.iris().dataset("city", "a"),
                    store.iris().dataset("city", "b"), store.iris().dataset("city", "c"), store.iris().dataset("city", "d"));
            assertThat(store.datasetIris(1, 2)).containsExactly(store.iris().dataset("city", "b"), store.iris().dataset("city", "c"));
            assertThat(store.datasetIris(4, 2)).isEmpty();
        }
    }

    @Test
    void replacing_a_record_replaces_its_graph_and_keeps_first_seen() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            var src = SourceInfo.imported("city", "datajson");
            store.replaceRecords(src, List.of(record(store.iris(), "city", "a", "Old title")));
            store.replaceRecords(src, List.of(record(store.iris(), "city", "a", "New title")));
            Graph g = store.recordGraphOfDataset(store.iris().dataset("city", "a")).orElseThrow();
            var ds = NodeFactory.createURI(store.iris().dataset("city", "a"));
            assertThat(g.contains(ds, DCTERMS.title.asNode(), NodeFactory.createLiteralString("Old title"))).isFalse();
            assertThat(g.contains(ds, DCTERMS.title.asNode(), NodeFactory.createLiteralString("New title"))).isTrue();
            assertThat(store.countDatasets()).isEqualTo(1);
        }
    }

    @Test
    void the_same_record_twice_in_one_write_keeps_the_second() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            var src = SourceInfo.imported("city", "datajson");
            store.replaceRecords(src, List.of(record(store.iris(), "city", "a", "First"),
                    record(store.iris(), "city", "b", "B"), record(store.iris(), "city", "a", "Second")));
            var ds = NodeFactory.createURI(store.iris().dataset("city", "a"));
            Graph g = store.recordGraphOfDataset(store.iris().dataset("city", "a")).orElseThrow();
            assertThat(g.contains(ds, DCTERMS.title.asNode(), NodeFactory.createLiteralString("First"))).isFalse();
            assertThat(g.contains(ds, DCTERMS.title.asNode(), NodeFactory.createLiteralString("Second"))).isTrue();
            assertThat(store.countDatasets()).isEqualTo(2);
        }
    }

    /** A producer may ask the store while it writes: it sees the records it pushed before (the loader settles). */
    @Test
    void a_producer_reading_the_store_sees_what_it_pushed() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            var src = SourceInfo.imported("city", "datajson");
            List<Long> counts = new ArrayList<>();
            store.replaceRecords(src, sink -> {
                for (int i = 0; i < 600; i++) {
                    RecordGraph r = record(store.iris(), "city", "ds-" + i, "Dataset " + i);
                    for (int k = 0; k < 30; k++)   // 32 triples per record: chunks go to the loader's helper
                        r.graph().add(Triple.create(NodeFactory.createURI(r.datasetIri()), DCTERMS.subject.asNode(),
                                NodeFactory.createLiteralString("subject " + k)));
                    sink.accept(r);
                    if (i % 200 == 199) counts.add(store.read(ds -> ds.asDatasetGraph().stream()
                            .filter(q -> q.getPredicate().equals(DCTERMS.title.asNode())
                                    && q.getGraph().getURI().startsWith(BASE + "record/")).count()));
                }
            });
            assertThat(counts).containsExactly(200L, 400L, 600L);
            assertThat(store.countDatasets()).isEqualTo(600);
        }
    }

    @Test
    void record_states_are_those_of_the_source_asked_for_with_or_without_hash() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            var city = SourceInfo.imported("city", "datajson");
            var county = SourceInfo.imported("county", "datajson");
            assertThat(store.recordStates("city")).isEmpty();
            store.replaceRecords(city, List.of(record(store.iris(), "city", "a", "A").withHarvest("h-a", null),
                    record(store.iris(), "city", "b", "B"), record(store.iris(), "city", "c", "C").withHarvest("h-c", null)));
            store.replaceRecords(county, List.of(record(store.iris(), "county", "a", "County A").withHarvest("h-x", null)));
            store.withdraw(city, List.of("c"), java.time.Instant.parse("2026-01-01T00:00:00Z"));
            assertThat(store.recordStates("city")).containsOnly(
                    java.util.Map.entry("a", new RecordState("a", java.util.Optional.of("h-a"), false)),
                    java.util.Map.entry("b", new RecordState("b", java.util.Optional.empty(), false)),
                    java.util.Map.entry("c", new RecordState("c", java.util.Optional.of("h-c"), true)));
            assertThat(store.recordStates("county")).containsOnly(
                    java.util.Map.entry("a", new RecordState("a", java.util.Optional.of("h-x"), false)));
            assertThat(store.recordStates("nobody")).isEmpty();

            // several sources in one pass: exactly what each gives alone, each under its own id, the same key "a" apart
            var all = store.recordStates(List.of("city", "county", "nobody"));
            assertThat(all).containsOnlyKeys("city", "county", "nobody");
            assertThat(all.get("city")).isEqualTo(store.recordStates("city")).hasSize(3);
            assertThat(all.get("county")).isEqualTo(store.recordStates("county")).hasSize(1);
            assertThat(all.get("nobody")).isEmpty();
            assertThat(store.recordStates(List.of("county"))).containsOnlyKeys("county")
                    .containsEntry("county", store.recordStates("county"));
        }
    }

    @Test
    void a_failing_producer_leaves_the_store_unchanged() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            var src = SourceInfo.imported("city", "datajson");
            store.replaceRecords(src, List.of(record(store.iris(), "city", "keep", "Kept")));
            long before = store.countDatasets();
            StoreState stateBefore = store.state();
            assertThatThrownBy(() -> store.replaceRecords(src, sink -> {
                sink.accept(record(store.iris(), "city", "half-1", "Half"));
                throw new CatalogException("boom in record 2");
            })).hasMessageContaining("boom");
            assertThat(store.countDatasets()).isEqualTo(before);
            assertThat(store.recordGraphOfDataset(store.iris().dataset("city", "half-1"))).isEmpty();
            assertThat(store.state()).isEqualTo(stateBefore);
        }
    }

    @Test
    void state_version_increases_with_each_write_and_survives_reopen() {
        long v;
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            long v0 = store.state().version();
            store.replaceRecords(SourceInfo.imported("c", "datajson"), List.of(record(store.iris(), "c", "x", "X")));
            v = store.state().version();
            assertThat(v).isGreaterThan(v0);
        }
        try (var store = TdbCatalogStore.open(dir, null)) {
            assertThat(store.iris().base()).isEqualTo(BASE);
            assertThat(store.state().version()).isEqualTo(v);
            assertThat(store.countDatasets()).isEqualTo(1);
        }
    }

    @Test
    void reopening_with_another_base_is_refused() {
        TdbCatalogStore.open(dir, BASE).close();
        assertThatThrownBy(() -> TdbCatalogStore.open(dir, "http://other.example/"))
                .isInstanceOf(CatalogException.class).hasMessageContaining("base IRI");
    }

    @Test
    void a_record_of_another_source_is_refused() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            assertThatThrownBy(() -> store.replaceRecords(SourceInfo.imported("a", "datajson"),
                    List.of(record(store.iris(), "b", "x", "X")))).isInstanceOf(CatalogException.class);
            assertThat(store.countDatasets()).isZero();
        }
    }

    @Test
    void a_scan_for_some_predicates_hands_over_only_those_triples_of_each_record() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            var src = SourceInfo.imported("city", "datajson");
            store.replaceRecords(src, List.of(record(store.iris(), "city", "a", "A"), record(store.iris(), "city", "b", "B")));
            List<Graph> full = new ArrayList<>(), titles = new ArrayList<>();
            store.forEachRecord(full::add);
            store.forEachRecord(java.util.Set.of(DCTERMS.title.asNode()), titles::add);
            assertThat(titles).hasSize(full.size()).hasSize(2);
            for (int i = 0; i < full.size(); i++) {
                Graph expected = GraphFactory.createGraphMem();
                full.get(i).find().filterKeep(t -> t.getPredicate().equals(DCTERMS.title.asNode())
                        || t.getPredicate().equals(RDF.type.asNode()) || t.getPredicate().equals(DCAT.inCatalog.asNode()))
                        .forEachRemaining(expected::add);
                assertThat(expected.size()).as("the record has other triples too").isLessThan(full.get(i).size());
                assertThat(titles.get(i).isIsomorphicWith(expected)).as("record %s", i).isTrue();
            }
            List<Graph> none = new ArrayList<>();
            store.forEachRecord(java.util.Set.of(NodeFactory.createURI("http://never.example/p")), none::add);
            assertThat(none).as("records are still recognised by type and catalog").hasSize(2)
                    .allSatisfy(g -> assertThat(g.find(null, DCTERMS.title.asNode(), null).hasNext()).isFalse());
        }
    }

    @Test
    void compacting_gives_back_the_space_of_many_small_commits_and_keeps_every_record() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            var src = SourceInfo.imported("city", "datajson");
            for (int batch = 0; batch < 40; batch++) {
                List<RecordGraph> recs = new ArrayList<>();
                for (int i = 0; i < 50; i++)
                    recs.add(record(store.iris(), "city", "ds-" + (batch * 50 + i), "Dataset " + batch + "/" + i));
                store.replaceRecords(src, recs);
            }
            Graph before = store.recordGraphOfDataset(store.iris().dataset("city", "ds-1234")).orElseThrow();
            Compaction c = store.compact();
            assertThat(c.bytesAfter()).as(c.describe()).isPositive().isLessThan(c.bytesBefore());
            assertThat(store.countDatasets()).isEqualTo(2000);
            assertThat(store.recordGraphOfDataset(store.iris().dataset("city", "ds-1234")).orElseThrow()
                    .isIsomorphicWith(before)).isTrue();
            store.replaceRecords(src, List.of(record(store.iris(), "city", "after", "Written after compaction")));
            assertThat(store.countDatasets()).as("the compacted store takes writes").isEqualTo(2001);
        }
        try (var reopened = TdbCatalogStore.open(dir, BASE)) {
            assertThat(reopened.countDatasets()).as("and reopens as compacted").isEqualTo(2001);
        }
    }

    @Test
    void compacting_inside_a_transaction_is_refused() {
        try (var store = TdbCatalogStore.open(dir, BASE)) {
            assertThatThrownBy(() -> store.read(ds -> store.compact())).isInstanceOf(CatalogException.class)
                    .hasMessageContaining("inside a transaction");
        }
    }
}
