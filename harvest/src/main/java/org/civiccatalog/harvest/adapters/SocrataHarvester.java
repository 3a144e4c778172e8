package org.civiccatalog.harvest.adapters;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.NodeFactory;
import org.civiccatalog.core.datajson.DatasetEntry;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestContext;
import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.HarvestSink;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.Harvester;
import org.civiccatalog.harvest.SourceKind;
import org.civiccatalog.vocab.PROV;

/**
 * Socrata (Tyler Data &amp; Insights). The listing is the portal's {@code {root}/data.json} (DCAT-US 1.1, whole
 * catalog, unpaged; identifiers {@code https://<domain>/api/views/<4x4>}), read as a stream like any data.json; a
 * listing that cannot be read fails the source.
 *
 * <p>With {@code enrichFromViews}, each dataset is completed from {@code {root}/api/views/<4x4>.json}: columns,
 * category, custom metadata (department or owner), row and metadata update times, and a derived view's parent,
 * which becomes {@code prov:wasDerivedFrom} the parent's catalog IRI ({@link SocrataViewEnrichment}). That is one
 * more request per dataset (LA's portal: about a thousand), so it is made only when it can matter: the record's
 * source hash is taken of its data.json entry before enrichment, and a dataset whose entry the store holds
 * unchanged is not asked for its view, except on one day in {@value #VIEWS_REFRESH_DAYS} (spread over the days by
 * identifier), when the view is read again, so a view that changed on its own (a column description) still arrives
 * within that many days. The stored source hash also covers the entry as the view enriched it, so a view read again
 * that enriches it as before costs no mapping. An enrichment that fails is a finding; a dataset the
 * store holds keeps its stored record, a new or changed one is delivered from data.json alone, and its view asked for
 * again in the next run ({@link SocrataViews}).
 *
 * <p>A dataset whose identifier is on another host is a federated copy of that portal's dataset (its identifier
 * is the origin's own): counted in one INFO finding per host, for the cross-portal work.
 */
public final class SocrataHarvester implements Harvester {
    static final String LISTING = "/data.json";
    /** Views requested ahead of delivery, at most, and the threads requesting them. */
    static final int AHEAD = 8, FETCHERS = 4;
    /**
     * Datasets held in listing order behind views not yet delivered, at most: when few views are asked for (most
     * entries unchanged), the datasets between two views wait with them rather than limit how many are in flight.
     */
    static final int MAX_WAITING = 2_000;
    /** Days between two reads of the view of a dataset whose data.json entry did not change. */
    static final int VIEWS_REFRESH_DAYS = 7;
    /** Version of the source hash of an entry enriched from its view: bump when the enrichment maps differently. */
    static final String VIEWS_VERSION = SourceHash.MAPPING_VERSION + " socrata-views-1";
    /** Between the entry's hash and the enriched entry's in the source hash of a record enriched from its view. */
    static final String WITH_VIEW = "+";
    /** Appended to the source hash of a record delivered without its view, so the view is asked for next time. */
    static final String WITHOUT_VIEW = "~without-view";
    private final boolean enrichFromViews;
    private final Clock clock;

    /** @param enrichFromViews whether to fetch {@code /api/views/<4x4>.json} for the datasets (one request each) */
    public SocrataHarvester(boolean enrichFromViews) {
        this(enrichFromViews, Clock.systemUTC());
    }

    /** @param clock says which datasets' views are due to be read again today */
    public SocrataHarvester(boolean enrichFromViews, Clock clock) {
        this.enrichFromViews = enrichFromViews;
        this.clock = clock;
    }

    /**
     * Whether today is the day of the dataset's view to be read again although its entry is unchanged: one day in
     * {@value #VIEWS_REFRESH_DAYS}, by a stable hash of the identifier so the views are spread over the days.
     */
    static boolean viewRefreshDue(String identifier, LocalDate today) {
        long slot = Integer.toUnsignedLong(identifier.hashCode()) % VIEWS_REFRESH_DAYS;
        return Math.floorMod(today.toEpochDay(), VIEWS_REFRESH_DAYS) == slot;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.SOCRATA;
    }

    public boolean enrichesFromViews() {
        return enrichFromViews;
    }

    @Override
    public void gather(HarvestSource source, HarvestContext ctx, HarvestSink sink) {
        URI root = PortalFeed.root(source.url());
        URI url = URI.create(root + LISTING);
        PortalRecords records = new PortalRecords(source, ctx, sink);
        SocrataViews views = new SocrataViews(root, ctx, records);
        Map<String, Integer> federated = new TreeMap<>();
        int[] without4x4 = {0};
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        try (ViewsAhead ahead = new ViewsAhead(views, url, records)) {
            PortalFeed.read(url, PortalFeed.fetch(ctx, url), records, entry -> {
                ObjectNode pod = entry.json();
                otherHost(root, pod).ifPresent(h -> federated.merge(h, 1, Integer::sum));
                Optional<String> fxf = SocrataViews.fourByFour(pod);
                if (fxf.isEmpty()) without4x4[0]++;
                ahead.add(entry, enrichFromViews ? fxf : Optional.empty(), today);
            });
            ahead.drain();
        }
        federated.forEach((host, n) -> records.finding(Finding.Severity.INFO, url.toString(), n + " dataset(s) have"
                + " identifiers on " + host + ": federated from that portal (the identifier is the origin's own)"));
        if (enrichFromViews && without4x4[0] > 0)
            records.finding(Finding.Severity.INFO, url.toString(), without4x4[0] + " dataset(s) have no Socrata id"
                    + " (4x4) in identifier or landingPage: not enriched from /api/views");
    }

    /**
     * Datasets waiting for their views, which are requested {@value #AHEAD} ahead on {@value #FETCHERS} threads (the
     * HTTP client's per-host limit still applies): against a real portal each view costs a round trip, and one at a
     * time a thousand datasets took as many round trips end to end. Datasets are delivered in listing order, and
     * the views' failures counted in that order, on the gather's thread; datasets whose view is not asked for wait
     * in that order behind the views in flight (at most {@value #MAX_WAITING} datasets wait).
     */
    private static final class ViewsAhead implements AutoCloseable {
        /**
         * @param entryHash of the entry before enrichment, when it can be enriched (else null: hashed as delivered)
         * @param stored    the source hash the store holds for the record if it was made from this entry (with or
         *                  without its view): the record is then unchanged unless its view is
         */
        private record Waiting(DatasetEntry entry, Optional<String> fxf, Future<SocrataViews.Fetched> view,
                               String entryHash, Optional<String> stored) {
            boolean held() {
                return stored.isPresent();
            }
        }

        private final SocrataViews views;
        private final URI url;
        private final PortalRecords records;
        private final Deque<Waiting> waiting = new ArrayDeque<>();
        private final Set<String> identifiers = new HashSet<>();
        /** Waiting datasets whose view was asked for. */
        private int viewsWaiting;
        private ExecutorService fetchers;

        ViewsAhead(SocrataViews views, URI url, PortalRecords records) {
            this.views = views;
            this.url = url;
            this.records = records;
        }

        void add(DatasetEntry entry, Optional<String> fxf, LocalDate today) {
            Future<SocrataViews.Fetched> view = null;
            String entryHash = null;
            Optional<String> stored = Optional.empty();
            // a record without identifier, or repeating one, is skipped on delivery: its view is not asked for
            String id = PortalJson.text(entry.json(), "identifier");
            if (fxf.isPresent() && id != null && identifiers.add(id)) {
                String hash = SourceHash.of(entry.json(), VIEWS_VERSION);
                entryHash = hash;
                stored = records.heldSourceHash(id).filter(h -> h.equals(hash) || h.startsWith(hash + WITH_VIEW));
                if (views.fetching() && (stored.isEmpty() || viewRefreshDue(id, today))) {
                    if (fetchers == null) fetchers = Executors.newFixedThreadPool(FETCHERS, r -> {
                        Thread t = new Thread(r, Thread.currentThread().getName() + "-views");
                        t.setDaemon(true);
                        return t;
                    });
                    String fourByFour = fxf.get();
                    view = fetchers.submit(() -> views.request(fourByFour));
                }
            }
            waiting.add(new Waiting(entry, fxf, view, entryHash, stored));
            if (view != null) viewsWaiting++;
            while (viewsWaiting > AHEAD || waiting.size() > MAX_WAITING) deliverNext();
        }

        void drain() {
            while (!waiting.isEmpty()) deliverNext();
        }

        private void deliverNext() {
            Waiting w = waiting.poll();
            if (w.view() != null) viewsWaiting--;
            ObjectNode pod = w.entry().json();
            String position = w.entry().position();
            String from = url.toString();
            if (w.entryHash() == null) {   // not enriched: no 4x4, no identifier, a repeat, or views off
                records.deliver(pod, position, from);
                return;
            }
            Optional<ObjectNode> view = w.view() == null ? Optional.empty()
                    : views.view(await(w.view()), url + " " + position, w.held());
            if (view.isEmpty()) {
                // not asked (unchanged, or views stopped) or failed: a held record stays as stored; another one is
                // delivered from data.json alone under a hash that makes the next run ask for its view again
                records.deliverHashed(pod, position, from, (g, ds) -> {},
                        w.stored().orElse(w.entryHash() + WITHOUT_VIEW));
                return;
            }
            Optional<String> parent = SocrataViewEnrichment.apply(pod, view.get());
            String id = PortalJson.text(pod, "identifier");
            Optional<String> derivedFrom = parent.map(p ->
                    records.datasetIri(SocrataViews.parentIdentifier(id, w.fxf().get(), p)));
            // the enriched entry's hash too: a view read again that enriches the entry as before maps nothing
            String enriched = SourceHash.of(pod, VIEWS_VERSION + " parent " + derivedFrom.orElse(""));
            records.deliverHashed(pod, position, from, (g, ds) -> derivedFrom.ifPresent(p ->
                    g.add(ds, PROV.wasDerivedFrom.asNode(), NodeFactory.createURI(p))),
                    w.entryHash() + WITH_VIEW + enriched.substring("src:".length()));
        }

        private static SocrataViews.Fetched await(Future<SocrataViews.Fetched> f) {
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HarvestException("interrupted while waiting for a Socrata view", e);
            } catch (ExecutionException e) {
                throw new HarvestException("fetching a Socrata view failed: " + e.getCause(), e.getCause());
            }
        }

        @Override
        public void close() {
            if (fetchers != null) fetchers.shutdownNow();
        }
    }

    /** The host of an http(s) identifier that is not the portal's own. */
    private static Optional<String> otherHost(URI root, ObjectNode pod) {
        String id = PortalJson.text(pod, "identifier");
        if (id == null || !CkanPackageMapping.isHttp(id)) return Optional.empty();
        try {
            String host = URI.create(id.strip()).getHost();
            if (host == null) return Optional.empty();
            host = host.toLowerCase(Locale.ROOT);
            return host.equals(root.getHost().toLowerCase(Locale.ROOT)) ? Optional.empty() : Optional.of(host);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
