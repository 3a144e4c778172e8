package org.civiccatalog.web.standards;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.standards.Crosswalk;
import org.civiccatalog.core.standards.StandardsException;
import org.civiccatalog.core.standards.StandardsRegistry;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;

/**
 * The shipped crosswalks as resources of the catalog (docs/standards.md, "Crosswalks in the catalog"): each is
 * {@code {base}standards/crosswalks/{id}}, its JSON file served at that IRI + {@code .json}, described in the reference
 * graph {@code {base}graph/standards/crosswalks} with what it maps from (its inputs and their columns) and to (the
 * standards), and linked from each source distribution a standards view applies it to ({@code civic:mappedBy}). The
 * link is the catalog's statement, so it stays out of the harvested record graph, which a re-harvest replaces.
 */
public final class CrosswalkCatalog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CatalogIris iris;
    private final Map<String, String> paths;
    private final Map<String, Crosswalk> crosswalks;

    public CrosswalkCatalog(CatalogIris iris) {
        this.iris = iris;
        StandardsRegistry registry = StandardsRegistry.bundled(iris);
        this.paths = Crosswalk.bundledPaths(registry);
        Map<String, Crosswalk> cws = new java.util.TreeMap<>();
        for (Map.Entry<String, String> e : paths.entrySet()) cws.put(e.getKey(), Crosswalk.bundled(e.getValue(), registry));
        this.crosswalks = cws;
    }

    /** The JSON file of a shipped crosswalk, as shipped; empty for an unknown id. */
    public Optional<byte[]> json(String id) {
        String path = paths.get(id);
        return path == null ? Optional.empty() : Optional.of(Crosswalk.bundledBytes(path));
    }

    /** The graph: every shipped crosswalk, and the distributions the views apply one to (those harvested so far). */
    public Graph graph(CatalogStore store, StandardsViews views) {
        Graph g = GraphFactory.createGraphMem();
        for (Crosswalk c : crosswalks.values()) describe(g, c);
        for (StandardsView v : views.all())
            for (Map.Entry<String, StandardsView.Input> in : v.inputs().entrySet())
                StandardsViews.csvDistribution(store, in.getValue().datasetIri()).ifPresent(d -> {
                    Node dist = NodeFactory.createURI(d.distribution());
                    g.add(Triple.create(dist, CIVIC.mappedBy.asNode(), uri(iris.crosswalk(v.crosswalk().id()))));
                    g.add(Triple.create(dist, CIVIC.mappedAs.asNode(), NodeFactory.createLiteralString(in.getKey())));
                });
        return g;
    }

    /** Replaces the graph in the store when it differs (a reference graph: the feeds' state does not change). */
    public boolean publish(CatalogStore store, StandardsViews views) {
        return store.replaceReferenceGraph(iris.crosswalksGraph(), graph(store, views));
    }

    private void describe(Graph g, Crosswalk c) {
        Node cw = uri(iris.crosswalk(c.id()));
        g.add(Triple.create(cw, RDF.type.asNode(), CIVIC.Crosswalk.asNode()));
        g.add(Triple.create(cw, DCTERMS.identifier.asNode(), NodeFactory.createLiteralString(c.id())));
        g.add(Triple.create(cw, DCTERMS.title.asNode(), NodeFactory.createLiteralString(c.title())));
        description(c.id()).ifPresent(d -> g.add(Triple.create(cw, DCTERMS.description.asNode(), NodeFactory.createLiteralString(d))));
        g.add(Triple.create(cw, DCAT.downloadURL.asNode(), uri(iris.crosswalk(c.id()) + ".json")));
        g.add(Triple.create(cw, DCTERMS.format.asNode(), NodeFactory.createLiteralString("JSON")));
        for (String s : c.standards()) g.add(Triple.create(cw, CIVIC.mapsTo.asNode(), uri(iris.standard(s))));
        for (Crosswalk.Input in : c.inputs().values()) {
            Node n = NodeFactory.createBlankNode();
            g.add(Triple.create(cw, CIVIC.crosswalkInput.asNode(), n));
            g.add(Triple.create(n, CIVIC.fieldName.asNode(), NodeFactory.createLiteralString(in.name())));
            g.add(Triple.create(n, DCTERMS.title.asNode(), NodeFactory.createLiteralString(in.title())));
            for (String col : in.columns()) g.add(Triple.create(n, CIVIC.columnName.asNode(), NodeFactory.createLiteralString(col)));
        }
    }

    private Optional<String> description(String id) {
        try {
            JsonNode root = JSON.readTree(json(id).orElseThrow());
            return Optional.ofNullable(root.path("description").textValue());
        } catch (IOException e) {
            throw new StandardsException("Crosswalk " + id + ": " + e.getMessage(), e);
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
