package org.civiccatalog.web.feed;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.HYDRA;

/**
 * Hydra paging of the catalog (standards.md 3.2): the catalog is a {@code hydra:Collection} with
 * {@code hydra:totalItems} and {@code hydra:itemsPerPage}, whose {@code hydra:view} is the current page, a
 * {@code hydra:PartialCollectionView} named by its URL with {@code first}, {@code last}, and {@code next} /
 * {@code previous} where they exist. The page's datasets are linked from the catalog by {@code dcat:dataset}
 * and {@code hydra:member}.
 */
public final class HydraView {
    private HydraView() {}

    public static void addTo(Graph g, String catalogIri, CatalogPage page, PageLinks links) {
        Node catalog = NodeFactory.createURI(catalogIri);
        Node view = NodeFactory.createURI(links.self());
        add(g, catalog, RDF.type.asNode(), HYDRA.Collection.asNode());
        add(g, catalog, HYDRA.totalItems.asNode(), integer(page.totalItems()));
        add(g, catalog, HYDRA.itemsPerPage.asNode(), integer(page.request().pageSize()));
        add(g, catalog, HYDRA.view.asNode(), view);
        add(g, view, RDF.type.asNode(), HYDRA.PartialCollectionView.asNode());
        add(g, view, HYDRA.first.asNode(), NodeFactory.createURI(links.page(1)));
        add(g, view, HYDRA.last.asNode(), NodeFactory.createURI(links.page(page.lastPage())));
        if (page.hasNext()) add(g, view, HYDRA.next.asNode(), NodeFactory.createURI(links.page(page.page() + 1)));
        if (page.hasPrevious())
            add(g, view, HYDRA.previous.asNode(), NodeFactory.createURI(links.page(page.page() - 1)));
        for (String ds : page.datasets()) {
            Node d = NodeFactory.createURI(ds);
            add(g, catalog, DCAT.dataset.asNode(), d);
            add(g, catalog, HYDRA.member.asNode(), d);
        }
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
