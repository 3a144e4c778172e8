package org.civiccatalog.core.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.civiccatalog.core.CatalogIris;

/**
 * Moves a description into the catalog's IRIs: the dataset becomes {@code datasetIri}, its distributions become
 * {@code datasetIri/distribution/n}, numbered 1.. in {@link NodeOrder}. Each renamed node that had an IRI keeps
 * it as {@code owl:sameAs <original>}. Every other node, literal, datatype and language tag is copied unchanged.
 */
final class IriMapper {
    private IriMapper() {}

    static Graph map(DescriptionExtractor.Description d, Graph doc, String datasetIri, CatalogIris iris) {
        Map<Node, Node> renames = new HashMap<>();
        renames.put(d.dataset(), NodeFactory.createURI(datasetIri));
        List<Node> distributions = NodeOrder.sorted(doc, d.distributions());
        for (int i = 0; i < distributions.size(); i++)
            renames.put(distributions.get(i), NodeFactory.createURI(iris.distribution(datasetIri, i + 1)));
        Graph out = GraphFactory.createGraphMem();
        d.graph().find().forEachRemaining(t -> out.add(Triple.create(
                renames.getOrDefault(t.getSubject(), t.getSubject()), t.getPredicate(),
                renames.getOrDefault(t.getObject(), t.getObject()))));
        renames.forEach((original, renamed) -> {
            if (original.isURI() && !original.equals(renamed))
                out.add(Triple.create(renamed, OWL.sameAs.asNode(), original));
        });
        return out;
    }
}
