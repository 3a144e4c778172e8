package org.civiccatalog.web.standards;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.civiccatalog.core.standards.Crosswalk;
import org.civiccatalog.core.standards.StandardsRegistry;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.harvest.demo.DemoPortalServer;
import org.civiccatalog.harvest.demo.DemoRegion;
import org.civiccatalog.harvest.standards.CsvCache;
import org.civiccatalog.harvest.standards.StandardsEntry;
import org.civiccatalog.core.standards.StandardsException;
import org.civiccatalog.vocab.DCAT;

/** The standards views a catalog serves, by jurisdiction. */
public final class StandardsViews {
    /** The demo's city (Open311 from its service requests) and county (LIVES from its restaurant tables). */
    public static final String DEMO_CITY = DemoPortalServer.DEMO_CITY;
    public static final String DEMO_COUNTY = DemoPortalServer.DEMO_COUNTY;

    private final List<StandardsView> views;

    public StandardsViews(List<StandardsView> views) {
        this.views = List.copyOf(views);
    }

    public static StandardsViews none() {
        return new StandardsViews(List.of());
    }

    public List<StandardsView> all() {
        return views;
    }

    /**
     * The demo region's two views, from the standards entries its portals write into their sources file (the same
     * mechanism as a configured region): each CSV fetched into {@code cache} the first time it is asked for, and again
     * when a harvest brings a new {@code dct:modified} for its dataset.
     */
    public static StandardsViews demo(DemoRegion region, DemoPortalServer portals, CatalogStore store, CsvCache cache) {
        return of(portals.standardsEntries(), store, cache);
    }

    /** The shipped crosswalks, by id. */
    public static Map<String, Crosswalk> crosswalks(CatalogStore store) {
        Map<String, Crosswalk> out = new LinkedHashMap<>();
        for (Crosswalk c : Crosswalk.allBundled(StandardsRegistry.bundled(store.iris()))) out.put(c.id(), c);
        return out;
    }

    /**
     * The views of a sources file's standards entries (docs/harvest.md, "Standards views"). An input's CSV is the
     * entry's {@code csv} URL, else the CSV distribution of the dataset as last harvested (found when first asked for).
     */
    public static StandardsViews of(List<StandardsEntry> entries, CatalogStore store, CsvCache cache) {
        Map<String, Crosswalk> crosswalks = crosswalks(store);
        List<StandardsView> views = new ArrayList<>();
        for (StandardsEntry e : entries) {
            Map<String, StandardsView.Input> inputs = new LinkedHashMap<>();
            e.inputs().forEach((name, in) -> {
                String dataset = store.iris().dataset(in.source(), in.dataset());
                inputs.put(name, new StandardsView.Input(dataset, () -> {
                    URI url = in.csv().or(() -> csvDistribution(store, dataset).map(CsvDistribution::url))
                            .orElseThrow(() -> new StandardsException("No CSV distribution of " + dataset
                                    + " in the store (not harvested yet, or none of its distributions is CSV)"));
                    return cache.get(url, modified(store, dataset).orElse("not harvested"));
                }));
            });
            views.add(new StandardsView(e.jurisdiction(), e.contact(), crosswalks.get(e.crosswalk()), inputs));
        }
        return new StandardsViews(views);
    }

    /** A distribution of a harvested dataset and the URL of its CSV. */
    public record CsvDistribution(String distribution, URI url) {}

    /**
     * The dataset's CSV distribution as harvested: media type {@code text/csv} or format CSV, with a download URL (else
     * an access URL); the first by URL when there are several.
     */
    public static Optional<CsvDistribution> csvDistribution(CatalogStore store, String datasetIri) {
        Optional<Graph> record = store.recordGraphOfDataset(datasetIri);
        if (record.isEmpty()) return Optional.empty();
        Graph g = record.get();
        List<CsvDistribution> found = new ArrayList<>();
        for (Triple t : g.find(NodeFactory.createURI(datasetIri), DCAT.distribution.asNode(), Node.ANY).toList()) {
            Node d = t.getObject();
            boolean csv = values(g, d, DCAT.mediaType.asNode()).stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).endsWith("text/csv"))
                    || values(g, d, DCTerms.format.asNode()).stream().anyMatch(v -> v.strip().equalsIgnoreCase("csv")
                    || v.toLowerCase(Locale.ROOT).endsWith("text/csv"));
            if (!csv) continue;
            List<String> urls = values(g, d, DCAT.downloadURL.asNode());
            if (urls.isEmpty()) urls = values(g, d, DCAT.accessURL.asNode());
            for (String u : urls)
                if (u.startsWith("http://") || u.startsWith("https://"))
                    found.add(new CsvDistribution(d.isURI() ? d.getURI() : "", URI.create(u)));
        }
        return found.stream().filter(c -> !c.distribution().isEmpty()).min(java.util.Comparator.comparing(c -> c.url().toString()));
    }

    private static List<String> values(Graph g, Node s, Node p) {
        List<String> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isURI()) out.add(o.getURI());
            else if (o.isLiteral()) out.add(o.getLiteralLexicalForm());
            else g.find(o, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY)
                    .forEachRemaining(l -> out.add(l.getObject().toString()));
        });
        return out;
    }

    /** The dataset's {@code dct:modified} as harvested, if it was. */
    public static Optional<String> modified(CatalogStore store, String datasetIri) {
        Optional<Graph> g = store.recordGraphOfDataset(datasetIri);
        if (g.isEmpty()) return Optional.empty();
        Node ds = NodeFactory.createURI(datasetIri);
        return g.get().find(ds, DCTerms.modified.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                .map(o -> o.isLiteral() ? o.getLiteralLexicalForm() : o.toString()).sorted().findFirst();
    }
}
