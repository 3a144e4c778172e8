package org.civiccatalog.core.store;

import java.util.Iterator;
import java.util.Optional;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * One object of a quad, decoded beneath TDB2's shared node cache ({@link TdbNodeDecoder}): for large literals
 * read once per pass, such as the audit's stored reports, which in the cache held hundreds of megabytes (TDB2 bounds it
 * by entries, not bytes) and ran a 300,000-dataset audit out of a 1 GB heap. Call inside a read transaction.
 */
public final class UncachedLookup {
    private UncachedLookup() {}

    /** The object of some quad (g, s, p, ?) of a TDB2 dataset, if there is one. */
    public static Optional<Node> object(DatasetGraph dsg, Node g, Node s, Node p) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId gid = nodes.getNodeIdForNode(g), sid = nodes.getNodeIdForNode(s), pid = nodes.getNodeIdForNode(p);
        if (NodeId.isDoesNotExist(gid) || NodeId.isDoesNotExist(sid) || NodeId.isDoesNotExist(pid)) return Optional.empty();
        Tuple<NodeId> pattern = TupleFactory.create4(gid, sid, pid, NodeId.NodeIdAny);
        Iterator<Tuple<NodeId>> it = quads.getTupleTable().find(pattern);
        if (!it.hasNext()) return Optional.empty();
        return Optional.of(new TdbNodeDecoder(nodes).getNodeForNodeId(it.next().get(3)));
    }
}
