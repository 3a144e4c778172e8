package org.civiccatalog.core.rdf;

import java.util.HashSet;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIs;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.vocab.HYDRA;

/**
 * Finds the paging links in one parsed page of a DCAT feed. Current Hydra terms come first: a
 * {@code hydra:PartialCollectionView} (typed, or the object of {@code hydra:view}) with {@code hydra:next},
 * {@code hydra:first}, {@code hydra:last}, and {@code hydra:totalItems} on the collection or the view. The
 * deprecated terms, as ckanext-dcat and older piveau feeds emit them, are the fallback: a
 * {@code hydra:PagedCollection} with {@code hydra:nextPage}, {@code hydra:firstPage}, {@code hydra:lastPage},
 * {@code hydra:totalItems}. Links may be IRIs or (as ckanext-dcat writes them) string literals; relative links
 * are resolved against the page's URL.
 */
public final class HydraPaging {
    private HydraPaging() {}

    /**
     * @param page    the parsed page
     * @param pageUrl the URL the page was read from, for messages and relative links
     * @throws InvalidInputException when the page names two different next pages
     */
    public static PageLinks find(Graph page, String pageUrl) {
        Set<Node> views = typed(page, HYDRA.PartialCollectionView.asNode());
        page.find(Node.ANY, HYDRA.view.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(n -> !n.isLiteral()).forEachRemaining(views::add);
        if (!views.isEmpty()) {
            Set<Node> collections = new HashSet<>();
            page.find(Node.ANY, HYDRA.view.asNode(), Node.ANY).mapWith(Triple::getSubject).forEachRemaining(collections::add);
            Set<Node> totalHolders = new HashSet<>(collections);
            totalHolders.addAll(views);
            return new PageLinks(link(page, views, HYDRA.next.asNode(), pageUrl),
                    link(page, views, HYDRA.first.asNode(), pageUrl), link(page, views, HYDRA.last.asNode(), pageUrl),
                    total(page, totalHolders, pageUrl), false);
        }
        Set<Node> paged = typed(page, HYDRA.PagedCollection.asNode());
        if (!paged.isEmpty()) {
            return new PageLinks(
                    link(page, paged, HYDRA.nextPage.asNode(), pageUrl).or(() -> link(page, paged, HYDRA.next.asNode(), pageUrl)),
                    link(page, paged, HYDRA.firstPage.asNode(), pageUrl).or(() -> link(page, paged, HYDRA.first.asNode(), pageUrl)),
                    link(page, paged, HYDRA.lastPage.asNode(), pageUrl).or(() -> link(page, paged, HYDRA.last.asNode(), pageUrl)),
                    total(page, paged, pageUrl), true);
        }
        return PageLinks.none();
    }

    private static Set<Node> typed(Graph g, Node type) {
        Set<Node> out = new HashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).forEachRemaining(out::add);
        return out;
    }

    private static Optional<String> link(Graph g, Set<Node> holders, Node p, String pageUrl) {
        Set<String> values = new TreeSet<>();
        for (Node h : holders)
            for (Node o : g.find(h, p, Node.ANY).mapWith(Triple::getObject).toList()) {
                if (o.isURI()) values.add(o.getURI());
                else if (o.isLiteral() && !o.getLiteralLexicalForm().isBlank())
                    values.add(resolve(pageUrl, o.getLiteralLexicalForm().strip()));
            }
        if (values.size() > 1)
            throw new InvalidInputException(pageUrl, "ambiguous Hydra paging: " + shortName(p) + " has "
                    + values.size() + " different values " + values);
        return values.stream().findFirst();
    }

    private static OptionalLong total(Graph g, Set<Node> holders, String pageUrl) {
        for (Node h : holders.stream().sorted(java.util.Comparator.comparing(Node::toString)).toList())
            for (Node o : g.find(h, HYDRA.totalItems.asNode(), Node.ANY).mapWith(Triple::getObject).toList()) {
                if (!o.isLiteral()) continue;
                try {
                    long n = Long.parseLong(o.getLiteralLexicalForm().strip());
                    if (n >= 0) return OptionalLong.of(n);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(pageUrl, "hydra:totalItems is not a number: '"
                            + o.getLiteralLexicalForm() + "'");
                }
            }
        return OptionalLong.empty();
    }

    private static String resolve(String pageUrl, String link) {
        if (pageUrl == null) return link;
        try {
            return IRIs.resolve(pageUrl, link);   // RFC 3986; java.net.URI gets "?page=2" wrong
        } catch (RuntimeException e) {
            return link;
        }
    }

    private static String shortName(Node p) {
        String uri = p.getURI();
        return "hydra:" + uri.substring(HYDRA.NS.length());
    }

}
