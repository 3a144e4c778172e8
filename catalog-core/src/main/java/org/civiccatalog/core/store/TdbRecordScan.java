package org.civiccatalog.core.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.civiccatalog.core.CatalogException;

/**
 * Reads every quad of a TDB2 dataset in graph order straight from its GSPO index: a generic
 * {@code find(ANY, ANY, ANY, ANY)} picks another index, so quads of one graph would not come together. The graph
 * node is decoded only when it changes. Runs inside the caller's read transaction.
 */
final class TdbRecordScan {
    private TdbRecordScan() {}

    static void scan(DatasetGraph dsg, RecordScan scan) {
        scan(dsg, scan, null);
    }

    /**
     * @param predicates only quads with one of these predicates, or null for all: the others are not decoded, so a
     *                   pass over a few properties of every record skips most of the node table
     */
    static void scan(DatasetGraph dsg, RecordScan scan, Set<Node> predicates) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        TdbNodeDecoder nodes = new TdbNodeDecoder(quads.getNodeTable());
        TupleIndex gspo = null;
        for (TupleIndex idx : quads.getTupleTable().getIndexes())
            if ("GSPO".equals(idx.getName())) gspo = idx;
        if (gspo == null) throw new CatalogException("The TDB2 database has no GSPO quad index");
        Set<NodeId> wanted = predicates == null ? null : new HashSet<>();
        if (predicates != null)
            for (Node p : predicates) {
                NodeId id = quads.getNodeTable().getNodeIdForNode(p);
                if (!NodeId.isDoesNotExist(id)) wanted.add(id);
            }
        // In GSPO order the graph and subject repeat from quad to quad, and predicates are few: decoding them once
        // keeps most lookups away from TDB2's shared node cache, which dominated the cost of streaming feeds.
        NodeId lastG = null, lastS = null;
        Node g = null, s = null;
        boolean graphWanted = false;
        Map<NodeId, Node> predicateNodes = new HashMap<>();
        Map<NodeId, Node> objects = new HashMap<>();
        for (Iterator<Tuple<NodeId>> it = gspo.all(); it.hasNext(); ) {
            Tuple<NodeId> t = it.next();
            NodeId gid = t.get(0), sid = t.get(1), pid = t.get(2), oid = t.get(3);
            if (!gid.equals(lastG)) {
                lastG = gid;
                g = nodes.getNodeForNodeId(gid);
                objects.clear();
                lastS = null;
                graphWanted = scan.startGraph(g);
            }
            if (!graphWanted || (wanted != null && !wanted.contains(pid))) continue;
            if (!sid.equals(lastS)) {
                lastS = sid;
                s = objects.get(sid);
                if (s == null) s = nodes.getNodeForNodeId(sid);
            }
            Node p = predicateNodes.get(pid);
            if (p == null) {
                p = nodes.getNodeForNodeId(pid);
                if (predicateNodes.size() < 10_000) predicateNodes.put(pid, p);
            }
            Node o = objects.get(oid);
            if (o == null) {
                o = nodes.getNodeForNodeId(oid);
                if (!o.isLiteral()) objects.put(oid, o); // IRIs and blank nodes recur within a record as subjects
            }
            scan.add(Quad.create(g, s, p, o));
        }
    }
}
