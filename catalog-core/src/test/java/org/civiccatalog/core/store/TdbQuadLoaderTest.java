package org.civiccatalog.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader stores exactly the quads {@code DatasetGraph.add} stores, in all six indexes, committed or aborted
 * with the write transaction it runs in, also when a helper thread writes some of the indexes.
 */
class TdbQuadLoaderTest {
    @TempDir Path dir;

    /** 300 graphs of 40 quads: shared predicates and objects, unique literals, typed (inlined) values, blank nodes. */
    static List<Quad> quads() {
        List<Quad> out = new ArrayList<>();
        for (int g = 0; g < 300; g++) {
            Node graph = NodeFactory.createURI("http://t.test/record/" + g);
            Node s = NodeFactory.createURI("http://t.test/dataset/" + g);
            Node b = NodeFactory.createBlankNode("b" + g);
            for (int i = 0; i < 36; i++)
                out.add(Quad.create(graph, s, NodeFactory.createURI("http://t.test/p" + (i % 12)),
                        i % 3 == 0 ? NodeFactory.createURI("http://t.test/shared/" + (i % 7))
                                : NodeFactory.createLiteralString("value " + g + "/" + i)));
            out.add(Quad.create(graph, s, NodeFactory.createURI("http://t.test/modified"),
                    NodeFactory.createLiteralDT("2024-01-" + (10 + g % 20) + "T00:00:00Z", XSDDatatype.XSDdateTime)));
            out.add(Quad.create(graph, s, NodeFactory.createURI("http://t.test/size"),
                    NodeFactory.createLiteralDT(Integer.toString(g), XSDDatatype.XSDinteger)));
            out.add(Quad.create(graph, s, NodeFactory.createURI("http://t.test/contact"), b));
            out.add(Quad.create(graph, b, NodeFactory.createURI("http://t.test/name"), NodeFactory.createLiteralLang("n" + g, "en")));
        }
        return out;
    }

    static Dataset open(Path p) {
        return TDB2Factory.connectDataset(p.toString());
    }

    /** Writes the quads in one write transaction with the loader, in chunks of 1,000 (12 handed to the helper). */
    static void load(Dataset ds, List<Quad> quads, boolean parallel) {
        Txn.executeWrite(ds, () -> {
            try (TdbQuadLoader loader = TdbQuadLoader.of(ds.asDatasetGraph(), 1_000, parallel)) {
                quads.forEach(loader::add);
                loader.finish();
            }
        });
    }

    static List<String> sortedQuads(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            List<String> out = new ArrayList<>();
            ds.asDatasetGraph().find().forEachRemaining(q -> out.add(q.toString()));
            out.sort(null);
            return out;
        });
    }

    static List<Long> indexSizes(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            List<Long> out = new ArrayList<>();
            for (TupleIndex i : TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph()).getQuadTable().getNodeTupleTable()
                    .getTupleTable().getIndexes())
                out.add(i.size());
            return out;
        });
    }

    @Test
    void the_loader_stores_what_dataset_graph_add_stores_in_every_index_and_it_survives_reopening() {
        List<Quad> quads = quads();
        Dataset plain = open(dir.resolve("plain"));
        Txn.executeWrite(plain, () -> quads.forEach(plain.asDatasetGraph()::add));
        Dataset loaded = open(dir.resolve("loaded"));
        load(loaded, quads, true);
        // Blank node labels are the input's (TDB2 keeps them), so the two stores are compared quad for quad.
        assertThat(sortedQuads(loaded)).hasSize(quads.size()).isEqualTo(sortedQuads(plain));
        assertThat(indexSizes(loaded)).hasSize(6).containsOnly((long) quads.size());
        loaded.close();
        TDBInternal.expel(loaded.asDatasetGraph());
        Dataset again = open(dir.resolve("loaded"));
        assertThat(sortedQuads(again)).isEqualTo(sortedQuads(plain));
        assertThat(indexSizes(again)).containsOnly((long) quads.size());
    }

    @Test
    void without_the_helper_the_same_quads_are_stored() {
        List<Quad> quads = quads();
        Dataset a = open(dir.resolve("a"));
        load(a, quads, true);
        Dataset b = open(dir.resolve("b"));
        load(b, quads, false);
        assertThat(sortedQuads(b)).isEqualTo(sortedQuads(a));
    }

    /** The twin: quads still held when the transaction commits are not stored, so the comparisons above can fail. */
    @Test
    void quads_held_and_not_flushed_are_not_stored() {
        Dataset ds = open(dir);
        Txn.executeWrite(ds, () -> {
            try (TdbQuadLoader loader = TdbQuadLoader.of(ds.asDatasetGraph(), 5_000, true)) {
                quads().subList(0, 100).forEach(loader::add);
                assertThat(loader.holds(NodeFactory.createURI("http://t.test/record/0"))).isTrue();
            }
        });
        assertThat(sortedQuads(ds)).isEmpty();
    }

    @Test
    void an_aborted_transaction_keeps_nothing_of_what_the_helper_wrote() {
        Dataset ds = open(dir);
        List<Quad> quads = quads();
        ds.begin(ReadWrite.WRITE);
        try (TdbQuadLoader loader = TdbQuadLoader.of(ds.asDatasetGraph(), 1_000, true)) {
            quads.forEach(loader::add);
            loader.finish();
            assertThat(indexSizes(ds)).containsOnly((long) quads.size());
        } finally {
            ds.abort();
            ds.end();
        }
        assertThat(sortedQuads(ds)).isEmpty();
        assertThat(indexSizes(ds)).containsOnly(0L);
    }

    /** What the caller does between records: after settle() it reads and deletes what the helper wrote. */
    @Test
    void after_settling_the_caller_sees_and_can_delete_what_the_helper_wrote() {
        Dataset ds = open(dir);
        List<Quad> quads = quads();
        Node first = NodeFactory.createURI("http://t.test/record/0");
        Node unknown = NodeFactory.createURI("http://t.test/record/never");
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            try (TdbQuadLoader loader = TdbQuadLoader.of(dsg, 1_000, true)) {
                assertThat(loader.knows(first)).isFalse();
                quads.forEach(loader::add);
                loader.flush();
                assertThat(loader.knows(first)).isTrue();
                assertThat(loader.knows(unknown)).isFalse();
                loader.settle();
                assertThat(dsg.contains(first, Node.ANY, Node.ANY, Node.ANY)).isTrue();
                dsg.deleteAny(first, Node.ANY, Node.ANY, Node.ANY);
                loader.add(Quad.create(first, first, first, first));
                loader.finish();
            }
        });
        assertThat(sortedQuads(ds)).hasSize(quads.size() - 40 + 1);
        assertThat(indexSizes(ds)).containsOnly((long) quads.size() - 40 + 1);
    }

    @Test
    void a_quad_of_the_default_graph_is_refused() {
        Dataset ds = open(dir);
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            try (TdbQuadLoader loader = TdbQuadLoader.of(dsg)) {
                Node x = NodeFactory.createURI("http://t.test/x");
                assertThatThrownBy(() -> loader.add(Quad.create(Quad.defaultGraphIRI, x, x, x)))
                        .isInstanceOf(IllegalArgumentException.class);
            }
        });
    }
}
