package org.civiccatalog.core.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

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
 * {@code adms:status} and optional {@code civic:contentHash}. Read from TDB2's quad indexes directly: the source's
 * members from one index range (predicate and object bound), then each member's own quads from one range of the
 * GSPO index. The SPARQL query this replaced decoded every binding (55 % of a no-change re-harvest's CPU at
 * 100,000 records); a later version scanned four predicates over every record of every source, once per source
 * (14 % of a six-source re-harvest at 300,000). Only the upstream identifiers and hashes are decoded. Runs inside
 * the caller's read transaction.
 */
final class TdbRecordStates {
    private TdbRecordStates() {}

    /** A record node in its graph. */
    private record Key(NodeId graph, NodeId record) {
        /** The record's node is its graph's name: the record's default hash (31 g + r) would be 32 g, colliding. */
        @Override
        public int hashCode() {
            return graph.hashCode() * 0x9E3779B1 + Integer.rotateLeft(record.hashCode(), 16);
        }
    }

    static Map<String, RecordState> of(DatasetGraph dsg, Node source) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        TupleTable table = quads.getTupleTable();
        Map<String, RecordState> out = new HashMap<>();
        NodeId src = id(nodes, source), inCatalog = id(nodes, DCAT.inCatalog.asNode()),
                type = id(nodes, RDF.type.asNode()), catalogRecord = id(nodes, DCAT.CatalogRecord.asNode()),
                upstreamId = id(nodes, CIVIC.upstreamId.asNode()), status = id(nodes, ADMS.status.asNode());
        if (src == null || inCatalog == null || type == null || catalogRecord == null || upstreamId == null
                || status == null)
            return out;   // a store that never held a record of this source
        NodeId contentHash = id(nodes, CIVIC.contentHash.asNode());
        NodeId withdrawn = id(nodes, CIVIC.withdrawn.asNode());
        List<Key> members = new ArrayList<>();
        scan(table, inCatalog, src, (k, o) -> members.add(k));
        for (Key k : members) {
            // the record's own quads, one range of the GSPO index: a dozen entries, not a scan of every record
            boolean isRecord = false;
            NodeId st = null, hash = null, up = null;
            for (Iterator<Tuple<NodeId>> it = table.find(TupleFactory.create4(k.graph(), k.record(), NodeId.NodeIdAny,
                    NodeId.NodeIdAny)); it.hasNext(); ) {
                Tuple<NodeId> t = it.next();
                NodeId p = t.get(2), o = t.get(3);
                if (p.equals(type) && o.equals(catalogRecord)) isRecord = true;
                else if (p.equals(status)) st = o;
                else if (p.equals(upstreamId)) up = o;
                else if (p.equals(contentHash)) hash = o;
            }
            if (!isRecord || st == null || up == null) continue;   // not a record, or without status or identifier
            String id = nodes.getNodeForNodeId(up).getLiteralLexicalForm();
            out.put(id, new RecordState(id, hash == null ? Optional.empty()
                    : Optional.of(nodes.getNodeForNodeId(hash).getLiteralLexicalForm()), st.equals(withdrawn)));
        }
        return out;
    }

    private static NodeId id(NodeTable nodes, Node n) {
        NodeId id = nodes.getNodeIdForNode(n);
        return NodeId.isDoesNotExist(id) ? null : id;
    }

    /** Every quad with predicate {@code p} (and object {@code o} when given), as (graph, subject) and object. */
    private static void scan(TupleTable table, NodeId p, NodeId o, BiConsumer<Key, NodeId> each) {
        Tuple<NodeId> pattern = TupleFactory.create4(NodeId.NodeIdAny, NodeId.NodeIdAny, p, o == null ? NodeId.NodeIdAny : o);
        for (Iterator<Tuple<NodeId>> it = table.find(pattern); it.hasNext(); ) {
            Tuple<NodeId> t = it.next();
            each.accept(new Key(t.get(0), t.get(1)), t.get(3));
        }
    }
}
