package org.civiccatalog.core.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.vocab.CIVIC;

/**
 * Graphs computed from the records (cross-portal identity links) rather than harvested: rewritten as a whole, and
 * only when the records they were computed from are still the current ones. Each carries, about itself, the state
 * version it is current for ({@code <graph> civic:stateVersion n}), so that an unchanged store is not analysed again.
 */
final class DerivedGraphs {
    private static final Node STATE_VERSION = CIVIC.stateVersion.asNode();

    private final Dataset dataset;
    private final CatalogIris iris;
    private final CatalogGraph catalogGraph;

    DerivedGraphs(Dataset dataset, CatalogIris iris, CatalogGraph catalogGraph) {
        this.dataset = dataset;
        this.iris = iris;
        this.catalogGraph = catalogGraph;
    }

    CatalogStore.DerivedUpdate replace(String graphName, Graph content, long basedOn) {
        if (graphName.equals(iris.catalogGraph()) || graphName.startsWith(iris.base() + "record/"))
            throw new CatalogException("Not a derived graph: " + graphName);
        if (dataset.isInTransaction()) throw new CatalogException("Nested write transaction");
        Node g = NodeFactory.createURI(graphName);
        dataset.begin(ReadWrite.WRITE);
        try {
            long version = catalogGraph.state(dataset).version();
            if (version != basedOn) {
                dataset.abort();
                return CatalogStore.DerivedUpdate.STALE;
            }
            DatasetGraph dsg = dataset.asDatasetGraph();
            boolean same = content(dsg, g).isIsomorphicWith(content);
            if (!same) {
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                content.find().forEachRemaining(t -> dsg.add(new Quad(g, t)));
                catalogGraph.bumpState(dataset, Instant.now());
            } else {
                dsg.deleteAny(g, g, STATE_VERSION, Node.ANY);
            }
            long current = catalogGraph.state(dataset).version();
            dsg.add(g, g, STATE_VERSION, NodeFactory.createLiteralDT(Long.toString(current), XSDDatatype.XSDlong));
            dataset.commit();
            return same ? CatalogStore.DerivedUpdate.UNCHANGED : CatalogStore.DerivedUpdate.CHANGED;
        } catch (RuntimeException | Error e) {
            if (dataset.isInTransaction()) dataset.abort();
            throw e;
        } finally {
            dataset.end();
        }
    }

    /** The state version the graph is current for, or -1; inside the caller's read transaction. */
    static long currentFor(DatasetGraph dsg, String graphName) {
        Node g = NodeFactory.createURI(graphName);
        var it = dsg.find(g, g, STATE_VERSION, Node.ANY);
        if (!it.hasNext()) return -1;
        return Long.parseLong(it.next().getObject().getLiteralLexicalForm());
    }

    /** The graph without its version marker. */
    static Graph content(DatasetGraph dsg, Node g) {
        Graph out = GraphFactory.createGraphMem();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!(q.getSubject().equals(g) && q.getPredicate().equals(STATE_VERSION))) out.add(q.asTriple());
        });
        return out;
    }

    /** Record graph names of the datasets the identity graph marks as copies; inside a read transaction. */
    static Set<Node> copyRecords(DatasetGraph dsg, CatalogIris iris) {
        Set<Node> out = new HashSet<>();
        dsg.find(NodeFactory.createURI(iris.identityGraph()), Node.ANY, CIVIC.copyOf.asNode(), Node.ANY)
           .forEachRemaining(q -> iris.recordOfDataset(q.getSubject().getURI())
                   .ifPresent(r -> out.add(NodeFactory.createURI(r))));
        return out;
    }
}
