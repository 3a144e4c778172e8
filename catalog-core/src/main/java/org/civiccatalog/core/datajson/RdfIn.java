package org.civiccatalog.core.datajson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads values about one node of a graph, deterministically: objects come sorted (IRIs, then literals, then blank
 * nodes by their content), so a choice of "the first" never depends on the store's order.
 */
final class RdfIn {
    private final Graph graph;
    private final boolean asPublished;

    RdfIn(Graph graph) {
        this(graph, false);
    }

    /** @param asPublished values are given as stored, unrepaired (see {@link DcatToPod#asPublished()}) */
    RdfIn(Graph graph, boolean asPublished) {
        this.graph = graph;
        this.asPublished = asPublished;
    }

    /** Whether values are given as stored, without the repairs and defaults that keep the feed valid. */
    boolean asPublished() {
        return asPublished;
    }

    Graph graph() {
        return graph;
    }

    boolean hasType(Node s, Resource type) {
        return graph.contains(s, RDF.type.asNode(), type.asNode());
    }

    List<Node> objects(Node s, Property p) {
        List<Node> out = new ArrayList<>();
        graph.find(s, p.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort(Comparator.comparing(this::sortKey));
        return out;
    }

    Optional<Node> object(Node s, Property p) {
        List<Node> all = objects(s, p);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Lexical forms of literal objects and strings of IRI objects, in sort order, without duplicates. */
    List<String> strings(Node s, Property p) {
        TreeSet<String> out = new TreeSet<>();
        for (Node o : objects(s, p)) {
            if (o.isLiteral()) out.add(o.getLiteralLexicalForm());
            else if (o.isURI()) out.add(o.getURI());
        }
        return new ArrayList<>(out);
    }

    /** The preferred literal of {@code p}: no language tag, then English, then any; ties by lexical form. */
    Optional<String> literal(Node s, Property p) {
        return graph.find(s, p.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject)
                .filter(Node::isLiteral)
                .filter(o -> !o.getLiteralLexicalForm().isEmpty())
                .min(Comparator.comparing((Node o) -> langRank(o.getLiteralLanguage()))
                        .thenComparing(Node::getLiteralLexicalForm))
                .map(Node::getLiteralLexicalForm);
    }

    /** The first of the properties that has a literal, in the order given. */
    Optional<String> firstLiteral(Node s, Property... ps) {
        for (Property p : ps) {
            Optional<String> v = literal(s, p);
            if (v.isPresent()) return v;
        }
        return Optional.empty();
    }

    /** The data.json members kept verbatim on {@code s} under {@code p} ({@code civic:extraField}, {@code civic:rawValue}). */
    Map<String, JsonNode> members(Node s, Property p) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String text : strings(s, p)) {
            Map.Entry<String, JsonNode> m = Json.parseMember(text);
            if (m != null) out.putIfAbsent(m.getKey(), m.getValue());
        }
        return out;
    }

    private static int langRank(String lang) {
        if (lang == null || lang.isEmpty()) return 0;
        String l = lang.toLowerCase(Locale.ROOT);
        if (l.equals("en")) return 1;
        if (l.startsWith("en-")) return 2;
        return 3;
    }

    /** IRIs first, then literals, then blank nodes by a signature of their own literal and IRI values. */
    String sortKey(Node n) {
        if (n.isURI()) return "1" + n.getURI();
        if (n.isLiteral()) return "2" + n.getLiteralLexicalForm() + "@" + n.getLiteralLanguage() + "^" + n.getLiteralDatatypeURI();
        TreeSet<String> sig = new TreeSet<>();
        graph.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (!o.isBlank()) sig.add(t.getPredicate().getURI() + "=" + (o.isURI() ? o.getURI() : o.getLiteralLexicalForm()));
        });
        return "3" + String.join("|", sig);
    }
}
