package org.civiccatalog.web.standards;

import static org.civiccatalog.web.page.Html.esc;

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
import org.civiccatalog.vocab.DQV;

/**
 * The "Standards" section of a dataset page: the conformance levels recorded for the dataset (declared, headers
 * match, sample valid) and the standards its columns suggest, from its conformance graph. Self-contained: the page
 * only places the HTML it is given.
 */
public final class ConformanceSection {
    /** What the page shows, and a tag of it for the page's ETag (the graph changes without the feeds' state). */
    public record Section(String html, String tag) {}

    private ConformanceSection() {}

    public static Optional<Section> of(CatalogStore store, String datasetIri) {
        Graph g = store.read(ds -> {
            Graph copy = GraphFactory.createGraphMem();
            ds.asDatasetGraph().getGraph(NodeFactory.createURI(store.iris().conformanceGraph(datasetIri))).find()
                    .forEachRemaining(copy::add);
            return copy;
        });
        if (g.isEmpty()) return Optional.empty();
        StandardsRegistry registry = StandardsRegistry.bundled(store.iris());
        List<String> items = new ArrayList<>();
        for (Node m : measures(g, CIVIC.standardConformance.asNode())) {
            String standard = title(registry, uri(g, m, CIVIC.standard.asNode()));
            String level = level(uri(g, m, CIVIC.conformanceLevel.asNode()));
            boolean declared = "true".equals(lexical(g, m, CIVIC.declaredByPublisher.asNode()));
            items.add("<li><strong>" + esc(standard) + "</strong>: " + esc(level) + (declared ? " (declared by the publisher)" : "")
                    + ", " + esc(lexical(g, m, CIVIC.rowsChecked.asNode())) + " rows checked, "
                    + esc(lexical(g, m, CIVIC.errorCount.asNode())) + " errors</li>");
        }
        for (Node m : measures(g, CIVIC.standardMatch.asNode())) {
            String standard = title(registry, uri(g, m, CIVIC.standard.asNode()));
            String score = lexical(g, m, DQV.value.asNode());
            String crosswalk = lexical(g, m, CIVIC.crosswalk.asNode());
            items.add("<li>Suggested: <strong>" + esc(standard) + "</strong> (columns match " + esc(score)
                    + (crosswalk.isEmpty() ? "" : ", through the crosswalk <code>" + esc(crosswalk) + "</code>") + ")</li>");
        }
        if (items.isEmpty()) return Optional.empty();
        items.sort(null);
        String html = "<section id=\"standards\" aria-labelledby=\"standards-heading\">\n<h2 id=\"standards-heading\">Standards</h2>\n<ul>\n"
                + String.join("\n", items) + "\n</ul>\n</section>\n";
        return Optional.of(new Section(html, Integer.toHexString(html.hashCode())));
    }

    private static List<Node> measures(Graph g, Node metric) {
        return g.find(Node.ANY, DQV.isMeasurementOf.asNode(), metric).toList().stream().map(t -> t.getSubject()).toList();
    }

    private static String uri(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(t -> t.getObject()).filter(Node::isURI).map(Node::getURI)
                .findFirst().orElse("");
    }

    private static String lexical(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(t -> t.getObject()).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).findFirst().orElse("");
    }

    private static String title(StandardsRegistry registry, String iri) {
        return registry.all().stream().filter(s -> s.iri().equals(iri)).map(Standard::title).findFirst().orElse(iri);
    }

    private static String level(String iri) {
        for (ConformanceLevel l : ConformanceLevel.values())
            if (l.term().getURI().equals(iri)) return l.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return iri;
    }
}
