package org.civiccatalog.harvest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.HarvestContext;
import org.civiccatalog.harvest.HarvestSink;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.Harvester;
import org.civiccatalog.harvest.SourceKind;
import org.civiccatalog.harvest.testing.SimpleHttp;
import org.civiccatalog.vocab.DCTERMS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run skips mapping a record whose source hash the store already holds, and maps it when it differs. */
class SourceHarvestTest {
    @TempDir Path dir;

    static ImportedDataset dataset(TdbCatalogStore store, String id, String title) {
        String iri = store.iris().dataset("s", id);
        var g = GraphFactory.createGraphMem();
        g.add(Triple.create(NodeFactory.createURI(iri), DCTERMS.title.asNode(), NodeFactory.createLiteralString(title)));
        return new ImportedDataset(id, iri, g, "record " + id);
    }

    /** A real harvester stand-in is not needed: the records are given straight to the sink, as adapters do. */
    record Given(String sourceHash, java.util.function.Supplier<ImportedDataset> mapped) implements Harvester {
        public SourceKind kind() {
            return SourceKind.DATAJSON;
        }

        public void gather(HarvestSource source, HarvestContext ctx, HarvestSink sink) {
            sink.record("a", sourceHash, mapped, "http://portal.test/data.json");
        }
    }

    SourceReport run(TdbCatalogStore store, Harvester h) {
        HarvestSource src = HarvestSource.of("s", SourceKind.DATAJSON, URI.create("http://portal.test/data.json"));
        return new SourceHarvest(store, src, "http://catalog.test/harvest/1", 10, p -> {})
                .run(h, new HarvestContext(new SimpleHttp(), store.iris()));
    }

    @Test
    void an_unchanged_source_record_is_not_mapped_again() {
        try (var store = TdbCatalogStore.open(dir, "http://catalog.test/")) {
            assertThat(run(store, new Given("src:1", () -> dataset(store, "a", "A"))).created()).isEqualTo(1);
            int[] mapped = {0};
            SourceReport again = run(store, new Given("src:1", () -> {
                mapped[0]++;
                return dataset(store, "a", "A");
            }));
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(mapped[0]).as("mapping skipped").isZero();
        }
    }

    @Test
    void a_changed_source_record_is_mapped_and_written() {
        try (var store = TdbCatalogStore.open(dir, "http://catalog.test/")) {
            run(store, new Given("src:1", () -> dataset(store, "a", "A")));
            SourceReport again = run(store, new Given("src:2", () -> dataset(store, "a", "A changed")));
            assertThat(again.changed()).isEqualTo(1);
            assertThat(store.recordStates("s").get("a").contentHash()).hasValueSatisfying(h -> assertThat(h).startsWith("src:2|"));
        }
    }

    @Test
    void a_new_source_hash_over_the_same_graph_is_stored_without_counting_a_change_or_keeping_a_version() {
        try (var store = TdbCatalogStore.open(dir, "http://catalog.test/")) {
            run(store, new Given("src:1", () -> dataset(store, "a", "A")));
            SourceReport again = run(store, new Given("src:2", () -> dataset(store, "a", "A")));
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(again.changed()).isZero();
            assertThat(store.recordStates("s").get("a").contentHash()).hasValueSatisfying(h -> assertThat(h).startsWith("src:2|"));
            assertThat(store.history(store.iris().dataset("s", "a"))).isEmpty();
            int[] mapped = {0};
            run(store, new Given("src:2", () -> {
                mapped[0]++;
                return dataset(store, "a", "A");
            }));
            assertThat(mapped[0]).as("the new source hash was kept: no mapping the third time").isZero();
        }
    }
}
