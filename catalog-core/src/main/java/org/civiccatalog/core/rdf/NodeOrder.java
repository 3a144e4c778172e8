package org.civiccatalog.core.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;

/**
 * A deterministic order for nodes that does not depend on blank node labels, so that the same document in any
 * syntax numbers its distributions the same way. IRIs sort first, by IRI. A blank node sorts by a canonical key:
 * its {@code dcat:downloadURL}, {@code dcat:accessURL} and {@code dct:title} values, then its whole description
 * (nested blank nodes inlined, bounded depth).
 */
final class NodeOrder {
    private static final int MAX_DEPTH = 8;

    private NodeOrder() {}

    static List<Node> sorted(Graph g, Collection<Node> nodes) {
        List<Node> out = new ArrayList<>(nodes);
        out.sort(Comparator.comparing((Node n) -> key(g, n)));
        return out;
    }

    static String key(Graph g, Node n) {
        if (n.isURI()) return "0 " + n.getURI();
        StringBuilder sb = new StringBuilder("1 ");
        for (Node p : List.of(DCAT.downloadURL.asNode(), DCAT.accessURL.asNode(), DCTERMS.title.asNode()))
            sb.append(values(g, n, p)).append(" | ");
        return sb.append(canonical(g, n, 0, new HashSet<>())).toString();
    }

    private static String values(Graph g, Node s, Node p) {
        List<String> vs = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> vs.add(term(t.getObject())));
        vs.sort(null);
        return String.join(" ", vs);
    }

    private static String canonical(Graph g, Node n, int depth, Set<Node> path) {
        if (depth > MAX_DEPTH || !path.add(n)) return "[...]";
        List<String> lines = new ArrayList<>();
        g.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            lines.add(term(t.getPredicate()) + " "
                    + (o.isBlank() ? "[" + canonical(g, o, depth + 1, path) + "]" : term(o)));
        });
        path.remove(n);
        lines.sort(null);
        return String.join(" ; ", lines);
    }

    private static String term(Node n) {
        return n.isBlank() ? "[]" : NodeFmtLib.strNT(n);
    }
}
