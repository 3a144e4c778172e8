package org.civiccatalog.harvest.adapters;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.NodeFactory;
import org.civiccatalog.core.datajson.DatasetEntry;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestContext;
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
        PortalFeed.read(url, PortalFeed.fetch(ctx, url), records, entry -> {
            ObjectNode pod = entry.json();
            otherHost(root, pod).ifPresent(h -> federated.merge(h, 1, Integer::sum));
            Optional<String> fxf = SocrataViews.fourByFour(pod);
            if (fxf.isEmpty()) without4x4[0]++;
            deliver(entry, fxf, url, views, records);
        });
        federated.forEach((host, n) -> records.finding(Finding.Severity.INFO, url.toString(), n + " dataset(s) have"
                + " identifiers on " + host + ": federated from that portal (the identifier is the origin's own)"));
        if (enrichFromViews && without4x4[0] > 0)
            records.finding(Finding.Severity.INFO, url.toString(), without4x4[0] + " dataset(s) have no Socrata id"
                    + " (4x4) in identifier or landingPage: not enriched from /api/views");
    }

    private void deliver(DatasetEntry entry, Optional<String> fxf, URI url, SocrataViews views, PortalRecords records) {
        ObjectNode pod = entry.json();
        String where = url + " " + entry.position();
        Optional<String> parentIri = Optional.empty();
        if (enrichFromViews && fxf.isPresent()) {
            Optional<ObjectNode> view = views.fetch(fxf.get(), where);
            Optional<String> parent = view.flatMap(v -> SocrataViewEnrichment.apply(pod, v));
            String id = PortalJson.text(pod, "identifier");
            if (parent.isPresent() && id != null)
                parentIri = Optional.of(records.datasetIri(SocrataViews.parentIdentifier(id, fxf.get(), parent.get())));
        }
        Optional<String> derivedFrom = parentIri;
        records.deliver(pod, entry.position(), url.toString(), (g, ds) -> derivedFrom.ifPresent(p ->
                g.add(ds, PROV.wasDerivedFrom.asNode(), NodeFactory.createURI(p))));
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
