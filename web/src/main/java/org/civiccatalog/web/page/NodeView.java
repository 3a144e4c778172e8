package org.civiccatalog.web.page;

import static org.civiccatalog.web.page.Html.esc;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.civiccatalog.vocab.Prefixes;

/**
 * Renders every property of a node as an HTML table, values escaped: IRIs as links (compact names for
 * vocabulary terms), literals as text with their language, blank nodes (contact point, publisher, period of
 * time) nested as definition lists.
 */
final class NodeView {
    private static final int MAX_DEPTH = 4;

    private NodeView() {}

    /** A table of {@code s}'s properties, leaving out {@code skip}. */
    static String table(Graph g, Node s, Set<Node> skip) {
        StringBuilder sb = new StringBuilder("<table>\n");
        for (Node p : predicates(g, s)) {
            if (skip.contains(p)) continue;
            sb.append("<tr><th>").append(esc(name(p))).append("</th><td>");
            values(g, s, p, sb, 0, new HashSet<>());
            sb.append("</td></tr>\n");
        }
        return sb.append("</table>\n").toString();
    }

    private static void values(Graph g, Node s, Node p, StringBuilder sb, int depth, Set<Node> path) {
        List<Node> objects = g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject)
                .sorted(Comparator.comparing(Node::toString)).toList();
        for (int i = 0; i < objects.size(); i++) {
            if (i > 0) sb.append("<br>");
            value(g, objects.get(i), sb, depth, path);
        }
    }

    static void value(Graph g, Node o, StringBuilder sb, int depth, Set<Node> path) {
        if (o.isLiteral()) {
            sb.append("<span class=\"desc\">").append(esc(o.getLiteralLexicalForm())).append("</span>");
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) sb.append(" <span class=\"muted\">@").append(esc(lang)).append("</span>");
        } else if (o.isURI()) {
            sb.append(Html.link(o.getURI(), name(o)));
        } else if (o.isBlank() && depth < MAX_DEPTH && path.add(o)) {
            sb.append("<dl>");
            for (Node p : predicates(g, o)) {
                sb.append("<dt>").append(esc(name(p))).append("</dt><dd>");
                values(g, o, p, sb, depth + 1, path);
                sb.append("</dd>");
            }
            sb.append("</dl>");
            path.remove(o);
        } else {
            sb.append("<span class=\"muted\">(nested)</span>");
        }
    }

    private static List<Node> predicates(Graph g, Node s) {
        return g.find(s, Node.ANY, Node.ANY).toList().stream().map(Triple::getPredicate).distinct()
                .sorted(Comparator.comparing(NodeView::name)).toList();
    }

    /** {@code dct:title} for a registered namespace, else the full IRI. */
    static String name(Node iri) {
        return Prefixes.mapping().shortForm(iri.getURI());
    }
}
