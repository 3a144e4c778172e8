package org.civiccatalog.harvest.demo;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.SourceLimits;
import org.civiccatalog.harvest.standards.StandardsEntry;

/**
 * A simulated region for demos, tests and benchmarks: a city (Socrata, ArcGIS Hub), a county (DKAN, a data.json
 * feed) and a state (CKAN, a DCAT Turtle feed) publishing {@code datasets} datasets in all, with copies of city
 * datasets re-published by the county and the state, and a few broken records per portal. Deterministic: the same
 * seed and size give the same region, byte for byte, every run. Record {@code i} of a portal is generated from
 * (seed, portal, i) when it is asked for, so a region of 300,000 datasets costs no more memory than one of 300.
 *
 * <pre>
 * DemoRegion region = DemoRegion.of(DemoRegion.DEFAULT_SEED, 300);
 * try (DemoPortalServer portals = DemoPortalServer.start(region, 0)) {
 *     List&lt;HarvestSource&gt; sources = portals.sources();              // city, county, state
 *     new HarvestRun(store, http, Adapters::forKind).run(sources);
 *     region.truth().copies();                                     // which record copies which
 * }
 * </pre>
 */
public final class DemoRegion {
    public static final long DEFAULT_SEED = 20_250_630L;
    public static final int DEFAULT_DATASETS = 3000;
    public static final int MIN_DATASETS = RegionLayout.MIN_DATASETS;
    /**
     * Version of the generated content, part of every ETag the portals send: bump it whenever a change to the
     * generator changes what a portal answers, or harvesters holding the old answer would be told it is unchanged.
     */
    static final int CONTENT_VERSION = 5;

    private final long seed;
    private final int datasets;
    private final RecordFactory records;
    private final GroundTruth truth;
    private final ServiceRequestTable serviceRequests;
    private final RestaurantTables restaurants;

    private DemoRegion(long seed, int datasets, DemoStandards standards) {
        this.seed = seed;
        this.datasets = datasets;
        this.records = new RecordFactory(seed, new RegionLayout(datasets), standards);
        this.truth = new GroundTruth(records);
        this.serviceRequests = new ServiceRequestTable(seed, standards);
        this.restaurants = new RestaurantTables(seed, standards);
    }

    /** The same region with standards tables of other sizes or another as-of day. */
    public DemoRegion withStandards(DemoStandards standards) {
        return new DemoRegion(seed, datasets, standards);
    }

    public DemoStandards standards() {
        return records.standards();
    }

    /** The ground truth of the standards tables (rows, counts). */
    public StandardsTruth standardsTruth() {
        return new StandardsTruth(serviceRequests, restaurants);
    }

    /** The harvested identity of a standards table's dataset. */
    public RecordRef standardsDataset(DemoTable t) {
        DemoRecord r = records.record(t.portal(), records.layout().position(t));
        return new RecordRef(t.portal().sourceId(), r.identifier().orElseThrow());
    }

    /** The demo city's 311 requests served as Open311, and the county's restaurant tables as LIVES. */
    public static final String DEMO_CITY = "demo-city", DEMO_COUNTY = "demo-county";

    /**
     * The region's standards views as a sources file names them (docs/harvest.md, "Standards views"): Open311 for the
     * city from its MyLA311 table, LIVES for the county from its three restaurant tables. Each input names its CSV on
     * the server at {@code serverRoot}, since the records' CSV URLs are on the portals' public hosts.
     */
    public List<StandardsEntry> standardsEntries(java.net.URI serverRoot) {
        return List.of(
                new StandardsEntry(DEMO_CITY, "myla311-open311", "Demo City 311, 311@demo-city.example.gov",
                        java.util.Map.of("requests", standardsInput(serverRoot, DemoTable.SERVICE_REQUESTS))),
                new StandardsEntry(DEMO_COUNTY, "lacounty-restaurants-lives",
                        "Demo County Environmental Health, eh@demo-county.example.gov", new java.util.TreeMap<>(java.util.Map.of(
                        "inspections", standardsInput(serverRoot, DemoTable.INSPECTIONS),
                        "violations", standardsInput(serverRoot, DemoTable.VIOLATIONS),
                        "facilities", standardsInput(serverRoot, DemoTable.FACILITIES)))));
    }

    private StandardsEntry.Input standardsInput(java.net.URI serverRoot, DemoTable t) {
        RecordRef ref = standardsDataset(t);
        return new StandardsEntry.Input(ref.sourceId(), ref.identifier(),
                Optional.of(DemoPortalServer.local(serverRoot, standardsCsv(t))));
    }

    /** The public URL of a standards table's CSV distribution, as its record names it. */
    public java.net.URI standardsCsv(DemoTable t) {
        DemoRecord r = records.record(t.portal(), records.layout().position(t));
        return java.net.URI.create(r.distributions().get(0).url());
    }

    /** The CSV of a standards table, streamed. */
    void writeCsv(DemoTable t, java.io.OutputStream out) throws java.io.IOException {
        if (t == DemoTable.SERVICE_REQUESTS) serviceRequests.writeCsv(out);
        else restaurants.writeCsv(t, out);
    }

    /** The table at a position of a portal, if it is one. */
    Optional<DemoTable> tableAt(DemoPortal p, int index) {
        return records.layout().slot(p, index) instanceof Slot.StandardTable t ? Optional.of(t.table()) : Optional.empty();
    }

    /** The region {@code ./catalog serve --demo} shows: {@value #DEFAULT_DATASETS} datasets. */
    public static DemoRegion standard() {
        return of(DEFAULT_SEED, DEFAULT_DATASETS);
    }

    /** @param datasets at least {@value #MIN_DATASETS} */
    public static DemoRegion of(long seed, int datasets) {
        return new DemoRegion(seed, datasets, DemoStandards.defaults());
    }

    public long seed() {
        return seed;
    }

    /** All datasets listed by the six portals, broken ones included. */
    public int datasets() {
        return datasets;
    }

    /** How many records a portal lists. */
    public int size(DemoPortal portal) {
        return records.layout().size(portal);
    }

    public GroundTruth truth() {
        return truth;
    }

    /** The six portals as harvest sources, their APIs under {@code serverRoot}; no schedule. */
    public List<HarvestSource> sources(URI serverRoot) {
        return sources(serverRoot, Optional.empty());
    }

    /** The same, harvested every {@code schedule} by {@code serve}. Default limits: the ground truth assumes them. */
    public List<HarvestSource> sources(URI serverRoot, Optional<Duration> schedule) {
        return Stream.of(DemoPortal.values()).map(p -> new HarvestSource(p.sourceId(), p.title(), p.kind(),
                p.sourceUrl(serverRoot), p.owner(), p.jurisdiction(), schedule, SourceLimits.defaults())).toList();
    }

    RecordFactory records() {
        return records;
    }

    /** What goes into every ETag: a change of any of these changes every answer. */
    String contentTag() {
        return CONTENT_VERSION + "/" + seed + "/" + datasets + "/" + standards().tag();
    }
}
