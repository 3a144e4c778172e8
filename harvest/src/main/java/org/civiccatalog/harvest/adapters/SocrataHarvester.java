package org.civiccatalog.harvest.adapters;

import java.net.URI;
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
 * more request per dataset (LA's portal: about a thousand): leave it off for frequent runs or the simulated
 * benchmark region, turn it on for the scheduled runs that should carry column names. An enrichment that fails is a
 * finding; the dataset is delivered from data.json alone ({@link SocrataViews}).
 *
 * <p>A dataset whose identifier is on another host is a federated copy of that portal's dataset (its identifier
 * is the origin's own): counted in one INFO finding per host, for the cross-portal work.
 */
public final class SocrataHarvester implements Harvester {
    static final String LISTING = "/data.json";
    /** Views requested ahead of delivery, at most, and the threads requesting them. */
    static final int AHEAD = 8, FETCHERS = 4;
    private final boolean enrichFromViews;

    /** @param enrichFromViews whether to fetch {@code /api/views/<4x4>.json} for every dataset (one request each) */
    public SocrataHarvester(boolean enrichFromViews) {
        this.enrichFromViews = enrichFromViews;
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
        try (ViewsAhead ahead = new ViewsAhead(views, url, records)) {
            PortalFeed.read(url, PortalFeed.fetch(ctx, url), records, entry -> {
                ObjectNode pod = entry.json();
                otherHost(root, pod).ifPresent(h -> federated.merge(h, 1, Integer::sum));
                Optional<String> fxf = SocrataViews.fourByFour(pod);
                if (fxf.isEmpty()) without4x4[0]++;
                ahead.add(entry, enrichFromViews ? fxf : Optional.empty());
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
     * the views' failures counted in that order, on the gather's thread.
     */
    private static final class ViewsAhead implements AutoCloseable {
        private record Waiting(DatasetEntry entry, Optional<String> fxf, Future<SocrataViews.Fetched> view) {}

        private final SocrataViews views;
        private final URI url;
        private final PortalRecords records;
        private final Deque<Waiting> waiting = new ArrayDeque<>();
        private final Set<String> identifiers = new HashSet<>();
        private ExecutorService fetchers;

        ViewsAhead(SocrataViews views, URI url, PortalRecords records) {
            this.views = views;
            this.url = url;
            this.records = records;
        }

        void add(DatasetEntry entry, Optional<String> fxf) {
            Future<SocrataViews.Fetched> view = null;
            // a record without identifier, or repeating one, is skipped on delivery: its view is not asked for
            String id = PortalJson.text(entry.json(), "identifier");
            if (fxf.isPresent() && views.fetching() && id != null && identifiers.add(id)) {
                if (fetchers == null) fetchers = Executors.newFixedThreadPool(FETCHERS, r -> {
                    Thread t = new Thread(r, Thread.currentThread().getName() + "-views");
                    t.setDaemon(true);
                    return t;
                });
                String fourByFour = fxf.get();
                view = fetchers.submit(() -> views.request(fourByFour));
            }
            waiting.add(new Waiting(entry, fxf, view));
            while (waiting.size() > AHEAD) deliverNext();
        }

        void drain() {
            while (!waiting.isEmpty()) deliverNext();
        }

        private void deliverNext() {
            Waiting w = waiting.poll();
            ObjectNode pod = w.entry().json();
            String where = url + " " + w.entry().position();
            Optional<String> parentIri = Optional.empty();
            if (w.view() != null) {
                Optional<ObjectNode> view = views.view(await(w.view()), where);
                Optional<String> parent = view.flatMap(v -> SocrataViewEnrichment.apply(pod, v));
                String id = PortalJson.text(pod, "identifier");
                if (parent.isPresent() && id != null)
                    parentIri = Optional.of(records.datasetIri(SocrataViews.parentIdentifier(id, w.fxf().get(), parent.get())));
            }
            Optional<String> derivedFrom = parentIri;
            records.deliver(pod, w.entry().position(), url.toString(), (g, ds) -> derivedFrom.ifPresent(p ->
                    g.add(ds, PROV.wasDerivedFrom.asNode(), NodeFactory.createURI(p))));
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
