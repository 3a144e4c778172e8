package org.civiccatalog.web.standards;

import java.net.URI;
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
import org.civiccatalog.harvest.demo.DemoTable;
import org.civiccatalog.harvest.demo.RecordRef;
import org.civiccatalog.harvest.standards.CsvCache;

/** The standards views a catalog serves, by jurisdiction. */
public final class StandardsViews {
    /** The demo's city (Open311 from its service requests) and county (LIVES from its restaurant tables). */
    public static final String DEMO_CITY = "demo-city";
    public static final String DEMO_COUNTY = "demo-county";

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
     * The demo region's two views, over the CSVs its portals serve: each fetched into {@code cache} the first time it
     * is asked for, and again when a harvest brings a new {@code dct:modified} for its dataset.
     */
    public static StandardsViews demo(DemoRegion region, DemoPortalServer portals, CatalogStore store, CsvCache cache) {
        StandardsRegistry registry = StandardsRegistry.bundled(store.iris());
        Crosswalk myla311 = Crosswalk.bundled("crosswalks/myla311-open311.json", registry);
        Crosswalk lives = Crosswalk.bundled("crosswalks/lacounty-restaurants-lives.json", registry);
        return new StandardsViews(List.of(
                new StandardsView(DEMO_CITY, "Demo City 311, 311@demo-city.example.gov", myla311,
                        Map.of("requests", input(region, portals, store, cache, DemoTable.SERVICE_REQUESTS))),
                new StandardsView(DEMO_COUNTY, "Demo County Environmental Health, eh@demo-county.example.gov", lives, Map.of(
                        "inspections", input(region, portals, store, cache, DemoTable.INSPECTIONS),
                        "violations", input(region, portals, store, cache, DemoTable.VIOLATIONS),
                        "facilities", input(region, portals, store, cache, DemoTable.FACILITIES)))));
    }

    private static StandardsView.Input input(DemoRegion region, DemoPortalServer portals, CatalogStore store, CsvCache cache,
                                             DemoTable table) {
        URI url = portals.local(region.standardsCsv(table));
        RecordRef ref = region.standardsDataset(table);
        String dataset = store.iris().dataset(ref.sourceId(), ref.identifier());
        return new StandardsView.Input(dataset, () -> cache.get(url, modified(store, dataset).orElse("not harvested")));
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
