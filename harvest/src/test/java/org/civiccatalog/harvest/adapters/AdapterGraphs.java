package org.civiccatalog.harvest.adapters;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.harvest.testing.CollectingSink;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;

/** Reading what an adapter delivered: values of a property, as strings (IRIs and lexical forms), sorted where order is not defined. */
final class AdapterGraphs {
    private AdapterGraphs() {}

    static Node ds(ImportedDataset d) {
        return NodeFactory.createURI(d.datasetIri());
    }

    static List<Node> objects(Graph g, Node s, Property p) {
        return g.find(s, p.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
    }

    /** IRIs as IRI strings, literals as lexical forms, blank nodes as "_:"; sorted. */
    static List<String> values(Graph g, Node s, Property p) {
        return objects(g, s, p).stream().map(AdapterGraphs::text).sorted().toList();
    }

    static List<String> values(ImportedDataset d, Property p) {
        return values(d.graph(), ds(d), p);
    }

    /** The one value of {@code p} on the dataset; fails when there is none or more than one. */
    static String value(ImportedDataset d, Property p) {
        List<String> v = values(d, p);
        if (v.size() != 1) throw new AssertionError(d.upstreamId() + ": expected one value of " + p + ", got " + v);
        return v.get(0);
    }

    /** {@link #value} of every delivered dataset, in delivery order. */
    static List<String> valueOfEach(CollectingSink sink, Property p) {
        return sink.datasets().stream().map(d -> value(d, p)).toList();
    }

    static String text(Node n) {
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : "_:";
    }

    /** The dataset's distributions, ordered by IRI (…/distribution/1, /2, … for up to 9). */
    static List<Node> distributions(ImportedDataset d) {
        return objects(d.graph(), ds(d), DCAT.distribution).stream().sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
    }

    static List<String> publisherNames(ImportedDataset d) {
        return objects(d.graph(), ds(d), DCTERMS.publisher).stream()
                .flatMap(p -> values(d.graph(), p, FOAF.name).stream()).sorted().toList();
    }

    /** civic:extraField members of the dataset, as their JSON text. */
    static List<String> extras(ImportedDataset d) {
        return values(d, CIVIC.extraField);
    }

    /** Labels of the dataset's dcat:theme concepts. */
    static List<String> themes(ImportedDataset d) {
        return objects(d.graph(), ds(d), DCAT.theme).stream()
                .flatMap(c -> values(d.graph(), c, org.civiccatalog.vocab.SKOS.prefLabel).stream()).sorted().toList();
    }
}
