package org.civiccatalog.core.store;

import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableCache;
import org.apache.jena.tdb2.store.nodetable.NodeTableWrapper;

/**
 * Decodes node ids beneath TDB2's shared node cache. A scan of the whole catalog reads each literal once, so
 * caching them only evicts the nodes other readers use, and the cache's upkeep was a third of a scan's time.
 * Values TDB2 inlines in the id (numbers, dates) are decoded from the id.
 */
final class TdbNodeDecoder {
    private final NodeTable base;

    TdbNodeDecoder(NodeTable table) {
        NodeTable t = table;
        while (true) {
            if (t instanceof NodeTableWrapper w) t = w.wrapped();
            else if (t instanceof NodeTableCache c) t = c.wrapped();
            else break;
        }
        this.base = t;
    }

    Node getNodeForNodeId(NodeId id) {
        return NodeId.isInline(id) ? NodeId.extract(id) : base.getNodeForNodeId(id);
    }
}
