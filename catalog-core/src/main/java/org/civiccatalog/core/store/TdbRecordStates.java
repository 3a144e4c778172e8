package org.civiccatalog.core.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.vocab.ADMS;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;

/**
 * The state of every record of one source, for a harvest's diff: in each record graph, the
 * {@code dcat:CatalogRecord} that is {@code dcat:inCatalog} the source, with its {@code civic:upstreamId},
 * {@code adms:status} and optional {@code civic:contentHash} (a record's node is its graph's name). Read as five scans of one predicate each over TDB2's
 * quad indexes, joined in memory on (graph, record) node ids: the SPARQL query it replaces probed the indexes four
 * times per record and decoded every binding, 55 % of a no-change re-harvest's CPU at 100,000 records. Only the
 * upstream identifiers and hashes are decoded, beneath TDB2's node cache ({@link TdbNodeDecoder}). Runs inside the
 * caller's read transaction.
 */
final class TdbRecordStates {
    private TdbRecordStates() {}

    /** What the scans found of each record, by its number in the {@link LongIndex}. */
    private static final class Entries {
        int[] source = new int[1024];
        /** Members per source number. */
        private final Map<Integer, Integer> counts = new HashMap<>();
        boolean[] record = new boolean[1024];
        NodeId[] status = new NodeId[1024], hash = new NodeId[1024];

        void member(int n, int src) {
            if (n >= source.length) {
                int c = Math.max(n + 1, source.length * 2);
                source = java.util.Arrays.copyOf(source, c);
                record = java.util.Arrays.copyOf(record, c);
                status = java.util.Arrays.copyOf(status, c);
                hash = java.util.Arrays.copyOf(hash, c);
            }
            source[n] = src;
            counts.merge(src, 1, Integer::sum);
        }

        int members(int src) {
            return counts.getOrDefault(src, 0);
        }
    }

    static Map<String, RecordState> of(DatasetGraph dsg, Node source) {
        return of(dsg, List.of(source)).getOrDefault(source, new HashMap<>());
    }

    /**
     * The states of the records of several sources, read in one pass (each scan covers every source: reading them
     * one source at a time scanned every record of the store once per source).
     *
     * @return per source node given (absent: a source that has no record), its records by upstream identifier
     */
    static Map<Node, Map<String, RecordState>> of(DatasetGraph dsg, Collection<Node> sources) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        TupleTable table = quads.getTupleTable();
        Map<Node, Map<String, RecordState>> out = new HashMap<>();
        NodeId inCatalog = id(nodes, DCAT.inCatalog.asNode()),
                type = id(nodes, RDF.type.asNode()), catalogRecord = id(nodes, DCAT.CatalogRecord.asNode()),
                upstreamId = id(nodes, CIVIC.upstreamId.asNode()), status = id(nodes, ADMS.status.asNode());
        Map<NodeId, Node> wanted = new HashMap<>();
        for (Node s : sources) {
            NodeId src = id(nodes, s);
            if (src != null) wanted.put(src, s);
        }
        if (wanted.isEmpty() || inCatalog == null || type == null || catalogRecord == null || upstreamId == null
                || status == null)
            return out;   // a store that never held a record of these sources
        // one number per record of the sources asked for, keyed by the record's node (its graph's name); what the
        // scans find of it in arrays by that number
        List<NodeId> sourceIds = new java.util.ArrayList<>(wanted.keySet());
        LongIndex index = new LongIndex(1 << 16);
        Entries e = new Entries();
        if (sourceIds.size() == 1) {
            scan(table, inCatalog, sourceIds.get(0), (k, o) -> e.member(index.add(k), 0));
        } else {
            scan(table, inCatalog, null, (k, o) -> {
                int src = sourceIds.indexOf(o);
                if (src >= 0) e.member(index.add(k), src);
            });
        }
        scan(table, type, catalogRecord, (k, o) -> {
            int n = index.get(k);
            if (n >= 0) e.record[n] = true;
        });
        scan(table, status, null, (k, o) -> {
            int n = index.get(k);
            if (n >= 0 && e.record[n]) e.status[n] = o;
        });
        NodeId contentHash = id(nodes, CIVIC.contentHash.asNode());
        if (contentHash != null) scan(table, contentHash, null, (k, o) -> {
            int n = index.get(k);
            if (n >= 0 && e.record[n]) e.hash[n] = o;
        });
        NodeId withdrawn = id(nodes, CIVIC.withdrawn.asNode());
        TdbNodeDecoder decoder = new TdbNodeDecoder(nodes);   // each id and hash read once: not worth caching
        scan(table, upstreamId, null, (k, o) -> {
            int n = index.get(k);
            if (n < 0 || e.status[n] == null) return;   // not a record of these sources, or without status
            String id = decoder.getNodeForNodeId(o).getLiteralLexicalForm();
            NodeId h = e.hash[n];
            out.computeIfAbsent(wanted.get(sourceIds.get(e.source[n])), x -> new HashMap<>(e.members(e.source[n]) * 2)).put(id, new RecordState(id,
                    h == null ? Optional.empty() : Optional.of(decoder.getNodeForNodeId(h).getLiteralLexicalForm()),
                    e.status[n].equals(withdrawn)));
        });
        return out;
    }

    /** A record key (its graph's node-table location) and a quad's object. */
    @FunctionalInterface
    private interface LongNodeConsumer {
        void accept(long key, NodeId object);
    }

    private static NodeId id(NodeTable nodes, Node n) {
        NodeId id = nodes.getNodeIdForNode(n);
        return NodeId.isDoesNotExist(id) ? null : id;
    }

    /**
     * Every quad with predicate {@code p} (and object {@code o} when given) whose subject is its graph's name (a
     * record's statements about itself), as the graph's location in the node table and the object.
     */
    private static void scan(TupleTable table, NodeId p, NodeId o, LongNodeConsumer each) {
        Tuple<NodeId> pattern = TupleFactory.create4(NodeId.NodeIdAny, NodeId.NodeIdAny, p, o == null ? NodeId.NodeIdAny : o);
        for (Iterator<Tuple<NodeId>> it = table.find(pattern); it.hasNext(); ) {
            Tuple<NodeId> t = it.next();
            NodeId g = t.get(0);
            if (g.isPtr() && g.equals(t.get(1))) each.accept(g.getPtrLocation(), t.get(3));
        }
    }
}
