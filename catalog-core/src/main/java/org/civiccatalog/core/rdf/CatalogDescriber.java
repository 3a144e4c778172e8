package org.civiccatalog.core.rdf;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;

/** Reads the catalog-level metadata of a {@code dcat:Catalog} node. */
final class CatalogDescriber {
    private CatalogDescriber() {}

    static CatalogDescription describe(Graph g, Node catalog) {
        Optional<String> iri = catalog.isURI() ? Optional.of(catalog.getURI()) : Optional.empty();
        Optional<String> title = Literals.preferred(g, catalog, DCTERMS.title.asNode());
        Optional<String> publisher = DcatNodes.resourceObjects(g, catalog, DCTERMS.publisher.asNode()).stream()
                .sorted(java.util.Comparator.comparing((Node n) -> NodeOrder.key(g, n)))
                .findFirst()
                .flatMap(p -> Literals.preferred(g, p, FOAF.name.asNode()).or(() -> Optional.ofNullable(p.isURI() ? p.getURI() : null)));
        Optional<String> homepage = DcatNodes.resourceObjects(g, catalog, FOAF.homepage.asNode()).stream()
                .filter(Node::isURI).map(Node::getURI).sorted().findFirst();
        int datasets = DcatNodes.resourceObjects(g, catalog, DCAT.dataset.asNode()).size();
        return new CatalogDescription(iri, title, publisher, homepage, datasets);
    }
}
