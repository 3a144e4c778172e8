package org.civiccatalog.core.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDFS;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;
import org.civiccatalog.vocab.SKOS;
import org.civiccatalog.vocab.VCARD;

/** Read access to one stored record graph: its dataset, distributions (in their data.json order), publisher. */
public final class DatasetView {
    private final Graph graph;
    private final Node dataset;
    private final Optional<String> source;
    private final List<Node> distributions;

    private DatasetView(Graph graph, Node dataset, Optional<String> source) {
        this.graph = graph;
        this.dataset = dataset;
        this.source = source;
        List<Node> d = new ArrayList<>(objects(dataset, DCAT.distribution));
        String own = dataset.getURI() + "/distribution/";
        d.sort(Comparator.comparingLong((Node n) -> ownIndex(own, n)).thenComparing(n -> n.toString()));
        this.distributions = List.copyOf(d);
    }

    /** The view of a stored record graph (the dataset its dcat:CatalogRecord names), if it has one. */
    public static Optional<DatasetView> of(Graph record) {
        return RecordGraph.datasetOf(record).map(iri -> {
            Node ds = NodeFactory.createURI(iri);
            Optional<String> src = record.find(Node.ANY, DCAT.inCatalog.asNode(), Node.ANY).nextOptional()
                    .map(t -> t.getObject()).filter(Node::isURI).map(Node::getURI);
            return new DatasetView(record, ds, src);
        });
    }

    /** A view of a graph describing {@code datasetIri}, with no record around it (tests, single datasets). */
    public static DatasetView of(Graph graph, String datasetIri) {
        return new DatasetView(graph, NodeFactory.createURI(datasetIri), Optional.empty());
    }

    public Graph graph() {
        return graph;
    }

    public Node node() {
        return dataset;
    }

    public String iri() {
        return dataset.getURI();
    }

    /** The IRI of the source (sub-catalog) the record belongs to. */
    public Optional<String> sourceIri() {
        return source;
    }

    public List<Node> distributions() {
        return distributions;
    }

    public boolean has(Property p) {
        return has(dataset, p);
    }

    public boolean has(Node s, Property p) {
        return graph.contains(s, p.asNode(), Node.ANY);
    }

    public List<Node> objects(Node s, Property p) {
        List<Node> out = new ArrayList<>();
        graph.find(s, p.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort(Comparator.comparing(n -> n.toString()));
        return out;
    }

    public List<Node> objects(Property p) {
        return objects(dataset, p);
    }

    /** The first non-empty literal of {@code p} on {@code s}: no language tag first, then by lexical form. */
    public Optional<String> literal(Node s, Property p) {
        return objects(s, p).stream().filter(Node::isLiteral)
                .filter(o -> !o.getLiteralLexicalForm().isBlank())
                .min(Comparator.comparing((Node o) -> o.getLiteralLanguage().isEmpty() ? 0 : 1)
                        .thenComparing(Node::getLiteralLexicalForm))
                .map(Node::getLiteralLexicalForm);
    }

    public Optional<String> literal(Property p) {
        return literal(dataset, p);
    }

    public Optional<String> title() {
        return literal(DCTERMS.title);
    }

    /** The publisher's name (foaf:name, else other labels): the department the audit reports the dataset under. */
    public Optional<String> publisherName() {
        for (Node p : objects(DCTERMS.publisher)) {
            for (Property lp : new Property[] {FOAF.name, SKOS.prefLabel, VCARD.fn, RDFS.label}) {
                Optional<String> n = literal(p, lp);
                if (n.isPresent()) return n.map(String::strip);
            }
        }
        return Optional.empty();
    }

    /** "distribution 2" for the catalog's own distribution IRIs, else the IRI or blank-node label. */
    public String label(Node distribution) {
        long n = ownIndex(dataset.getURI() + "/distribution/", distribution);
        if (n != Long.MAX_VALUE) return "distribution " + n;
        return distribution.isURI() ? distribution.getURI() : "a distribution";
    }

    /** Labels of the distributions, joined: "distributions 1 and 3". */
    public String labels(List<Node> nodes) {
        List<String> l = nodes.stream().map(this::label).toList();
        if (l.size() == 1) return l.get(0);
        boolean own = l.stream().allMatch(s -> s.startsWith("distribution "));
        List<String> names = own ? l.stream().map(s -> s.substring("distribution ".length())).toList() : l;
        String joined = names.size() == 2 ? names.get(0) + " and " + names.get(1)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return (own ? "distributions " : "") + joined;
    }

    private static long ownIndex(String prefix, Node n) {
        if (!n.isURI() || !n.getURI().startsWith(prefix)) return Long.MAX_VALUE;
        String rest = n.getURI().substring(prefix.length());
        if (rest.isEmpty() || rest.length() > 9 || !rest.chars().allMatch(c -> c >= '0' && c <= '9')) return Long.MAX_VALUE;
        return Long.parseLong(rest);
    }
}
