package org.civiccatalog.harvest.adapters;

import java.net.URI;

import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestContext;
import org.civiccatalog.harvest.HarvestSink;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.Harvester;
import org.civiccatalog.harvest.HttpResult;
import org.civiccatalog.harvest.SourceKind;

/**
 * ArcGIS Hub. Reads the site's DCAT-US 1.1 feed {@code {root}/api/feed/dcat-us/1.1.json} (Hub's feed since 2022),
 * or, when that answers 404, the older {@code {root}/data.json}; both are one unpaged data.json document, read as
 * a stream like any data.json. Any other failure of the feed fails the source (no fallback: a 500 on the feed
 * says nothing about data.json).
 *
 * <p>Hub distributions have no identifiers: {@code PodToDcat} names them {@code <dataset IRI>/distribution/<n>}
 * by their position in the array, and Hub writes them in the fixed order of the site's feed template (Hub page,
 * GeoService, GeoJSON, CSV, KML, Shapefile), so the IRIs are stable from run to run. Download links (Hub's
 * download API) are never fetched during a harvest: a link that answers 202 "Processing" is a file Hub is still
 * generating, not a broken link. Whatever the feed says about a distribution beyond POD is kept verbatim
 * ({@code civic:extraField}). docs/harvest-portals.md says what link checking must do with them.
 */
public final class ArcGisHubHarvester implements Harvester {
    static final String FEED = "/api/feed/dcat-us/1.1.json";
    static final String LEGACY = "/data.json";

    @Override
    public SourceKind kind() {
        return SourceKind.ARCGIS_HUB;
    }

    @Override
    public void gather(HarvestSource source, HarvestContext ctx, HarvestSink sink) {
        URI root = PortalFeed.root(source.url());
        PortalRecords records = new PortalRecords(source, ctx, sink);
        URI url = URI.create(root + FEED);
        HttpResult r = ctx.http().get(url, PortalFeed.ACCEPT_JSON);
        if (r.status() == 404) {
            records.finding(Finding.Severity.INFO, url.toString(), "no DCAT-US 1.1 feed (404): reading the older "
                    + root + LEGACY);
            url = URI.create(root + LEGACY);
            r = ctx.http().get(url, PortalFeed.ACCEPT_JSON);
        }
        PortalFeed.check(url, r);
        String from = url.toString();
        String digest = r.digest();
        if (records.replayPage(from, digest).isPresent()) return;   // as in the last run: not parsed
        records.beginPage(from, digest);
        PortalFeed.read(url, r, records, entry -> records.deliver(entry.json(), entry.position(), from));
        records.endPage("");
    }
}
