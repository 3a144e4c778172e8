package org.civiccatalog.web.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.standards.ConformanceLevel;
import org.civiccatalog.core.standards.Standard;
import org.civiccatalog.core.standards.StandardsRegistry;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.DQV;
import org.civiccatalog.web.page.DatasetHtml;

/**
 * The dataset page's standards verdicts from a dataset's conformance graph (recorded after harvests,
 * {@link StandardsAfterHarvest}): the level a declared standard reached, and the standards its columns suggest.
 * {@link #tag()} names the graph's content for the page's ETag, since it changes without the feeds' state.
 */
public final class StoredConformance implements DatasetHtml.StandardVerification {
    private final StandardsRegistry registry;
    private final Graph graph;
    private final List<DatasetHtml.CrosswalkLink> crosswalks;

    private StoredConformance(StandardsRegistry registry, Graph graph, List<DatasetHtml.CrosswalkLink> crosswalks) {
        this.registry = registry;
        this.graph = graph;
        this.crosswalks = List.copyOf(crosswalks);
    }

    /** Nothing recorded (pages other than HTML do not need to look). */
    public static StoredConformance none(CatalogStore store) {
        return new StoredConformance(null, GraphFactory.createGraphMem(), List.of());
    }

    /** The bundled registry, parsed once per base IRI (a page view should not parse Turtle). */
    private static final java.util.Map<String, StandardsRegistry> REGISTRIES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The crosswalks applied to distributions: a handful in all, the same for every page, so a page server keeps
     * them per data version ({@code PerDataVersion}) and passes them to {@link #of(CatalogStore, String, List)}.
     */
    public static List<DatasetHtml.CrosswalkLink> crosswalks(CatalogStore store) {
        Graph links = store.read(ds -> {
            Graph copy = GraphFactory.createGraphMem();
            ds.asDatasetGraph().getGraph(NodeFactory.createURI(store.iris().crosswalksGraph())).find()
                    .forEachRemaining(copy::add);
            return copy;
        });
        return links.isEmpty() ? List.of() : List.copyOf(crosswalkLinks(links, registry(store)));
    }

    /** The dataset's recorded conformance, with the crosswalks of {@link #crosswalks} (the page shows its dataset's). */
    public static StoredConformance of(CatalogStore store, String datasetIri, List<DatasetHtml.CrosswalkLink> crosswalks) {
        Graph g = store.read(ds -> {
            Graph copy = GraphFactory.createGraphMem();
            ds.asDatasetGraph().getGraph(NodeFactory.createURI(store.iris().conformanceGraph(datasetIri))).find()
                    .forEachRemaining(copy::add);
            return copy;
        });
        if (g.isEmpty() && crosswalks.isEmpty()) return none(store);
        return new StoredConformance(registry(store), g, crosswalks);
    }

    private static StandardsRegistry registry(CatalogStore store) {
        return REGISTRIES.computeIfAbsent(store.iris().base(), b -> StandardsRegistry.bundled(store.iris()));
    }

    private static List<DatasetHtml.CrosswalkLink> crosswalkLinks(Graph g, StandardsRegistry registry) {
        List<DatasetHtml.CrosswalkLink> out = new ArrayList<>();
        for (var t : g.find(Node.ANY, CIVIC.mappedBy.asNode(), Node.ANY).toList()) {
            Node cw = t.getObject();
            String id = first(g, cw, DCTERMS.identifier.asNode());
            String input = first(g, t.getSubject(), CIVIC.mappedAs.asNode());
            String url = first(g, cw, DCAT.downloadURL.asNode());
            List<String> standards = g.find(cw, CIVIC.mapsTo.asNode(), Node.ANY).toList().stream()
                    .map(x -> x.getObject().getURI())
                    .map(iri -> registry.all().stream().filter(s -> s.iri().equals(iri)).map(Standard::title).findFirst().orElse(iri))
                    .sorted().toList();
            out.add(new DatasetHtml.CrosswalkLink(t.getSubject().getURI(), id, input, url, standards));
        }
        out.sort(java.util.Comparator.comparing(DatasetHtml.CrosswalkLink::distribution).thenComparing(DatasetHtml.CrosswalkLink::crosswalkId));
        return out;
    }

    private static String first(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(x -> x.getObject())
                .map(o -> o.isURI() ? o.getURI() : o.isLiteral() ? o.getLiteralLexicalForm() : "").sorted().findFirst().orElse("");
    }

    @Override
    public List<DatasetHtml.CrosswalkLink> crosswalks(String datasetIri) {
        return crosswalks;
    }

    /** "" when nothing was recorded. */
    public String tag() {
        if (graph.isEmpty() && crosswalks.isEmpty()) return "";
        List<String> parts = new ArrayList<>();
        crosswalks.forEach(c -> parts.add(c.toString()));
        for (Node m : measures(CIVIC.standardConformance.asNode()))
            parts.add(uri(m, CIVIC.standard.asNode()) + uri(m, CIVIC.conformanceLevel.asNode()) + lexical(m, CIVIC.errorCount.asNode())
                    + lexical(m, CIVIC.crosswalk.asNode()));
        parts.addAll(suggestions());
        parts.sort(null);
        return Integer.toHexString(parts.hashCode());
    }

    @Override
    public Optional<String> verdict(String datasetIri, String declared) {
        if (graph.isEmpty() || registry == null) return Optional.empty();
        Optional<Standard> s = registry.find(declared);
        if (s.isEmpty()) return Optional.empty();
        for (Node m : measures(CIVIC.standardConformance.asNode())) {
            if (!uri(m, CIVIC.standard.asNode()).equals(s.get().iri())) continue;
            String level = level(uri(m, CIVIC.conformanceLevel.asNode()));
            String rows = lexical(m, CIVIC.rowsChecked.asNode());
            String crosswalk = lexical(m, CIVIC.crosswalk.asNode());
            return Optional.of((level.equals("declared") ? "not verified: the columns do not match" : "verified: " + level)
                    + (crosswalk.isEmpty() ? "" : " through the crosswalk " + crosswalk)
                    + (rows.isEmpty() || rows.equals("0") ? "" : " (" + rows + " rows checked, " + lexical(m, CIVIC.errorCount.asNode()) + " errors)"));
        }
        return Optional.empty();
    }

    @Override
    public List<String> suggestions(String datasetIri) {
        return suggestions();
    }

    private List<String> suggestions() {
        List<String> out = new ArrayList<>();
        if (graph.isEmpty()) return out;
        for (Node m : measures(CIVIC.standardMatch.asNode())) {
            String iri = uri(m, CIVIC.standard.asNode());
            String title = registry.all().stream().filter(x -> x.iri().equals(iri)).map(Standard::title).findFirst().orElse(iri);
            String crosswalk = lexical(m, CIVIC.crosswalk.asNode());
            out.add(title + " (columns match " + lexical(m, DQV.value.asNode())
                    + (crosswalk.isEmpty() ? "" : ", through the crosswalk " + crosswalk) + ")");
        }
        out.sort(null);
        return out;
    }

    private List<Node> measures(Node metric) {
        return graph.find(Node.ANY, DQV.isMeasurementOf.asNode(), metric).toList().stream().map(t -> t.getSubject()).toList();
    }

    private String uri(Node s, Node p) {
        return graph.find(s, p, Node.ANY).toList().stream().map(t -> t.getObject()).filter(Node::isURI).map(Node::getURI)
                .findFirst().orElse("");
    }

    private String lexical(Node s, Node p) {
        return graph.find(s, p, Node.ANY).toList().stream().map(t -> t.getObject()).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).findFirst().orElse("");
    }

    private static String level(String iri) {
        for (ConformanceLevel l : ConformanceLevel.values())
            if (l.term().getURI().equals(iri)) return l.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return iri;
    }
}
