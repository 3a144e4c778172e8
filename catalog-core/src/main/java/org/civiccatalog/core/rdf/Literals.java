package org.civiccatalog.core.rdf;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** Picks one readable value of a property, deterministically. */
final class Literals {
    private Literals() {}

    /** The literal value of {@code s p ?o}: untagged or English first, then by language and text. */
    static Optional<String> preferred(Graph g, Node s, Node p) {
        List<Node> lits = g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
        return lits.stream()
                .sorted(Comparator.comparing((Node n) -> rank(n.getLiteralLanguage()))
                        .thenComparing(Node::getLiteralLanguage)
                        .thenComparing(Node::getLiteralLexicalForm))
                .map(Node::getLiteralLexicalForm)
                .findFirst();
    }

    /** Every literal value of {@code s p ?o}, sorted. */
    static List<String> all(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm).toList().stream().sorted().toList();
    }

    private static int rank(String lang) {
        if (lang.isEmpty()) return 0;
        return lang.equalsIgnoreCase("en") || lang.toLowerCase().startsWith("en-") ? 1 : 2;
    }
}
