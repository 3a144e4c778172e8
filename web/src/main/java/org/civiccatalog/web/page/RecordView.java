package org.civiccatalog.web.page;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;
import org.civiccatalog.vocab.SKOS;
import org.civiccatalog.vocab.VCARD;

/** Read helpers over one record graph (dataset, distributions, CatalogRecord) for the pages. */
public final class RecordView {
    private final Graph graph;
    private final Node dataset;

    public RecordView(Graph graph, String datasetIri) {
        this.graph = graph;
        this.dataset = NodeFactory.createURI(datasetIri);
    }

    /** The record graph's dataset: the primary topic of its {@code dcat:CatalogRecord}. */
    public static Optional<String> datasetOf(Graph g) {
        return org.civiccatalog.core.store.RecordGraph.datasetOf(g);
    }

    public Graph graph() {
        return graph;
    }

    public Node dataset() {
        return dataset;
    }

    public String datasetIri() {
        return dataset.getURI();
    }

    public String title() {
        return text(dataset, DCTERMS.title.asNode()).orElse(datasetIri());
    }

    public Optional<String> description() {
        return text(dataset, DCTERMS.description.asNode());
    }

    public List<String> keywords() {
        return graph.find(dataset, DCAT.keyword.asNode(), Node.ANY).toList().stream()
                .map(t -> t.getObject()).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().toList();
    }

    /** The publisher's name (foaf:name, skos:prefLabel or vcard:fn), if any. */
    public Optional<String> publisher() {
        return objects(dataset, DCTERMS.publisher.asNode()).stream()
                .flatMap(p -> text(p, FOAF.name.asNode()).or(() -> text(p, SKOS.prefLabel.asNode()))
                        .or(() -> text(p, VCARD.fn.asNode())).stream())
                .findFirst();
    }

    /** The dataset's distributions, in IRI order. */
    public List<Node> distributions() {
        return objects(dataset, DCAT.distribution.asNode()).stream()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    public List<Node> objects(Node s, Node p) {
        return graph.find(s, p, Node.ANY).toList().stream().map(t -> t.getObject()).toList();
    }

    /** A literal value of {@code p}: untagged or English first, then any, deterministic. */
    public Optional<String> text(Node s, Node p) {
        return objects(s, p).stream().filter(Node::isLiteral)
                .min(Comparator.comparing((Node n) -> rank(n.getLiteralLanguage()))
                        .thenComparing(Node::getLiteralLexicalForm))
                .map(Node::getLiteralLexicalForm);
    }

    private static int rank(String lang) {
        if (lang == null || lang.isEmpty()) return 0;
        return lang.toLowerCase().startsWith("en") ? 1 : 2;
    }
}
