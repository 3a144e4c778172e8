package org.civiccatalog.core.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.FOAF;

/**
 * A few facts of every record, read by predicate: for each record graph, its {@code dcat:CatalogRecord} (type,
 * {@code foaf:primaryTopic}, {@code dcat:inCatalog}), the record's own statements of some predicates and its
 * dataset's statements of others, as a small graph per record, in the store's record order (by the graph's node id,
 * the order of {@link TdbRecordScan}). One scan of TDB2's predicate-first index per predicate, joined in memory on the
 * graph's node id, as {@link TdbRecordStates} does: a pass over the graph-first index walks every quad of the store
 * (audit runs' quality graphs included, tens of millions at 300,000 datasets) to find a few per record. Runs inside the
 * caller's read transaction.
 */
final class TdbRecordFacts {
    private TdbRecordFacts() {}

    /** What the scans found of each record, by its number in the {@link LongIndex}. */
    private static final class Facts {
        NodeId[] graph = new NodeId[1024], dataset = new NodeId[1024], source = new NodeId[1024];
        /** Per record: predicate, subject, object ids of the facts asked for, in threes; null when none. */
        List<NodeId>[] more = newLists(1024);

        void ensure(int n) {
            if (n < graph.length) return;
            int c = Math.max(n + 1, graph.length * 2);
            graph = Arrays.copyOf(graph, c);
            dataset = Arrays.copyOf(dataset, c);
            source = Arrays.copyOf(source, c);
            more = Arrays.copyOf(more, c);
        }

        void add(int n, NodeId p, NodeId s, NodeId o) {
            if (more[n] == null) more[n] = new ArrayList<>(6);
            more[n].add(p);
            more[n].add(s);
            more[n].add(o);
        }

        @SuppressWarnings("unchecked")
        private static List<NodeId>[] newLists(int n) {
            return (List<NodeId>[]) new List[n];
        }
    }

    /**
     * @param recordGraphPrefix the IRI every record graph's name starts with; others are left out
     * @param ofRecord          predicates read on the record (the {@code dcat:CatalogRecord})
     * @param ofDataset         predicates read on its dataset (its {@code foaf:primaryTopic})
     */
    static void scan(DatasetGraph dsg, String recordGraphPrefix, Set<Node> ofRecord, Set<Node> ofDataset,
                     Consumer<Graph> sink) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        TupleTable table = quads.getTupleTable();
        NodeId type = id(nodes, RDF.type.asNode()), catalogRecord = id(nodes, DCAT.CatalogRecord.asNode()),
                topic = id(nodes, FOAF.primaryTopic.asNode()), inCatalog = id(nodes, DCAT.inCatalog.asNode());
        if (type == null || catalogRecord == null || topic == null) return;   // no record was ever stored
        LongIndex index = new LongIndex(1 << 16);
        Facts f = new Facts();
        // records: a dcat:CatalogRecord whose node is its graph's name
        scan(table, type, catalogRecord, t -> {
            NodeId g = t.get(0);
            if (!g.isPtr() || !g.equals(t.get(1))) return;
            int n = index.add(g.getPtrLocation());
            f.ensure(n);
            f.graph[n] = g;
        });
        scan(table, topic, null, t -> {
            int n = own(index, t);
            if (n >= 0 && f.dataset[n] == null) f.dataset[n] = t.get(3);
        });
        if (inCatalog != null) scan(table, inCatalog, null, t -> {
            int n = own(index, t);
            if (n >= 0 && f.source[n] == null) f.source[n] = t.get(3);
        });
        for (Node p : ofRecord) {
            NodeId pid = id(nodes, p);
            if (pid != null) scan(table, pid, null, t -> {
                int n = own(index, t);
                if (n >= 0) f.add(n, pid, t.get(1), t.get(3));
            });
        }
        for (Node p : ofDataset) {
            NodeId pid = id(nodes, p);
            if (pid != null) scan(table, pid, null, t -> {
                NodeId g = t.get(0);
                int n = g.isPtr() ? index.get(g.getPtrLocation()) : -1;
                if (n >= 0 && t.get(1).equals(f.dataset[n])) f.add(n, pid, t.get(1), t.get(3));
            });
        }
        // in the store's record order: by the graph's node id, as the graph-first index orders them
        Integer[] order = new Integer[index.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Long.compare(f.graph[a].getPtrLocation(), f.graph[b].getPtrLocation()));
        TdbNodeDecoder decoder = new TdbNodeDecoder(nodes);
        Map<NodeId, Node> repeated = new HashMap<>();   // predicates, sources, frequency and status terms recur
        Node typeNode = RDF.type.asNode(), recordNode = DCAT.CatalogRecord.asNode(), topicNode = FOAF.primaryTopic.asNode(),
                inCatalogNode = DCAT.inCatalog.asNode();
        for (int n : order) {
            Node g = decoder.getNodeForNodeId(f.graph[n]);
            if (!g.isURI() || !g.getURI().startsWith(recordGraphPrefix)) continue;
            Graph out = GraphFactory.createGraphMem();
            out.add(Triple.create(g, typeNode, recordNode));
            Node ds = null;
            if (f.dataset[n] != null) {
                ds = decoder.getNodeForNodeId(f.dataset[n]);
                out.add(Triple.create(g, topicNode, ds));
            }
            if (f.source[n] != null) out.add(Triple.create(g, inCatalogNode, cached(repeated, decoder, f.source[n])));
            List<NodeId> m = f.more[n];
            if (m != null)
                for (int i = 0; i < m.size(); i += 3) {
                    NodeId s = m.get(i + 1);
                    Node subject = s.equals(f.graph[n]) ? g : s.equals(f.dataset[n]) ? ds : decoder.getNodeForNodeId(s);
                    out.add(Triple.create(subject, cached(repeated, decoder, m.get(i)), object(repeated, decoder, m.get(i + 2))));
                }
            sink.accept(out);
        }
    }

    /** The record number of a quad that is a record's statement about itself (subject = graph name), or -1. */
    private static int own(LongIndex index, Tuple<NodeId> t) {
        NodeId g = t.get(0);
        return g.isPtr() && g.equals(t.get(1)) ? index.get(g.getPtrLocation()) : -1;
    }

    private static Node cached(Map<NodeId, Node> cache, TdbNodeDecoder decoder, NodeId id) {
        Node n = cache.get(id);
        if (n == null) {
            n = decoder.getNodeForNodeId(id);
            if (cache.size() < 10_000) cache.put(id, n);
        }
        return n;
    }

    /** Literals (hashes, dates) are mostly distinct: decoded, not kept. */
    private static Node object(Map<NodeId, Node> cache, TdbNodeDecoder decoder, NodeId id) {
        Node n = cache.get(id);
        if (n != null) return n;
        n = decoder.getNodeForNodeId(id);
        if (!n.isLiteral() && cache.size() < 10_000) cache.put(id, n);
        return n;
    }

    private static NodeId id(NodeTable nodes, Node n) {
        NodeId id = nodes.getNodeIdForNode(n);
        return NodeId.isDoesNotExist(id) ? null : id;
    }

    private static void scan(TupleTable table, NodeId p, NodeId o, Consumer<Tuple<NodeId>> each) {
        Tuple<NodeId> pattern = TupleFactory.create4(NodeId.NodeIdAny, NodeId.NodeIdAny, p, o == null ? NodeId.NodeIdAny : o);
        for (Iterator<Tuple<NodeId>> it = table.find(pattern); it.hasNext(); ) each.accept(it.next());
    }
}
