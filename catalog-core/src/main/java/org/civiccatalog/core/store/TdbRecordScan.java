package org.civiccatalog.core.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

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
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        TupleIndex gspo = null;
        for (TupleIndex idx : quads.getTupleTable().getIndexes())
            if ("GSPO".equals(idx.getName())) gspo = idx;
        if (gspo == null) throw new CatalogException("The TDB2 database has no GSPO quad index");
        // In GSPO order the graph and subject repeat from quad to quad, and predicates are few: decoding them once
        // keeps most lookups away from TDB2's shared node cache, which dominated the cost of streaming feeds.
        NodeId lastG = null, lastS = null;
        Node g = null, s = null;
        Map<NodeId, Node> predicates = new HashMap<>();
        Map<NodeId, Node> objects = new HashMap<>();
        for (Iterator<Tuple<NodeId>> it = gspo.all(); it.hasNext(); ) {
            Tuple<NodeId> t = it.next();
            NodeId gid = t.get(0), sid = t.get(1), pid = t.get(2), oid = t.get(3);
            if (!gid.equals(lastG)) {
                lastG = gid;
                g = nodes.getNodeForNodeId(gid);
                objects.clear();
            }
            if (!sid.equals(lastS)) {
                lastS = sid;
                s = objects.get(sid);
                if (s == null) s = nodes.getNodeForNodeId(sid);
            }
            Node p = predicates.get(pid);
            if (p == null) {
                p = nodes.getNodeForNodeId(pid);
                if (predicates.size() < 10_000) predicates.put(pid, p);
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
