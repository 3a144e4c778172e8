package org.civiccatalog.core.store;

import java.util.Iterator;

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
        NodeId lastG = null;
        Node g = null;
        for (Iterator<Tuple<NodeId>> it = gspo.all(); it.hasNext(); ) {
            Tuple<NodeId> t = it.next();
            NodeId gid = t.get(0);
            if (!gid.equals(lastG)) {
                lastG = gid;
                g = nodes.getNodeForNodeId(gid);
            }
            scan.add(Quad.create(g, nodes.getNodeForNodeId(t.get(1)), nodes.getNodeForNodeId(t.get(2)),
                    nodes.getNodeForNodeId(t.get(3))));
        }
    }
}
