package org.civiccatalog.web.feed;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;

/**
 * The federated {@code dcat:Catalog} as feeds show it: its own description (title, description, issued,
 * modified) and its sources as sub-catalogs ({@code dcat:catalog}), each with its description, read from the
 * catalog graph. The store's bookkeeping (state counter, base IRI) stays out.
 */
public final class CatalogDescription {
    private static final List<Node> INTERNAL = List.of(CIVIC.stateVersion.asNode(), CIVIC.baseIri.asNode());

    private CatalogDescription() {}

    /** Reads in the caller's transaction, or in one of its own. */
    public static Graph read(CatalogStore store) {
        CatalogIris iris = store.iris();
        return store.read(ds -> {
            Graph from = ds.asDatasetGraph().getGraph(NodeFactory.createURI(iris.catalogGraph()));
            Graph out = GraphFactory.createDefaultGraph();
            Node catalog = NodeFactory.createURI(iris.catalog());
            Set<Node> seen = new HashSet<>();
            copy(from, catalog, out, seen);
            from.find(catalog, DCAT.catalog.asNode(), Node.ANY).toList()
                .forEach(t -> copy(from, t.getObject(), out, seen));
            return out;
        });
    }

    /** Copies the triples of {@code s}, following blank nodes (a source's publisher) to their end. */
    private static void copy(Graph from, Node s, Graph to, Set<Node> seen) {
        if (!seen.add(s)) return;
        for (Triple t : from.find(s, Node.ANY, Node.ANY).toList()) {
            if (INTERNAL.contains(t.getPredicate())) continue;
            to.add(t);
            if (t.getObject().isBlank()) copy(from, t.getObject(), to, seen);
        }
    }
}
