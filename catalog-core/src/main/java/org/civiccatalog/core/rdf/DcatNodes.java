package org.civiccatalog.core.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.vocab.DCAT;

/**
 * Finds the datasets and catalogs of a parsed document. A dataset is a node typed {@code dcat:Dataset} or
 * {@code dcat:DatasetSeries}, or the object of a {@code dcat:dataset} link (its range is dcat:Dataset) that is
 * not typed {@code dcat:Catalog} alone. Datasets are returned in a stable order: IRIs first, by IRI, then blank
 * nodes by their content ({@link NodeOrder}).
 */
final class DcatNodes {
    private DcatNodes() {}

    static List<Node> datasets(Graph g) {
        Set<Node> found = new HashSet<>();
        for (Node type : List.of(DCAT.Dataset.asNode(), DCAT.DatasetSeries.asNode()))
            g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> found.add(t.getSubject()));
        g.find(Node.ANY, DCAT.dataset.asNode(), Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isLiteral() || found.contains(o)) return;
            if (!g.contains(o, RDF.type.asNode(), DCAT.Catalog.asNode())) found.add(o);
        });
        found.removeIf(n -> !(n.isURI() || n.isBlank()));
        return NodeOrder.sorted(g, found);
    }

    static List<Node> catalogs(Graph g) {
        Set<Node> found = new HashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), DCAT.Catalog.asNode()).forEachRemaining(t -> found.add(t.getSubject()));
        return NodeOrder.sorted(g, found);
    }

    static boolean isDescribed(Graph g, Node n) {
        return g.contains(n, Node.ANY, Node.ANY);
    }

    /** Objects of {@code s p ?o}, distinct, IRIs and blank nodes only. */
    static Set<Node> resourceObjects(Graph g, Node s, Node p) {
        Set<Node> out = new HashSet<>();
        g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(o -> o.isURI() || o.isBlank())
                .forEachRemaining(out::add);
        return out;
    }
}
