package org.civiccatalog.harvest.adapters;

import java.net.URI;

import org.civiccatalog.harvest.HarvestContext;
import org.civiccatalog.harvest.HarvestSink;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.Harvester;
import org.civiccatalog.harvest.SourceKind;

/**
 * Harvests a DKAN portal (DKAN 2.x, and 7.x, which serves the same file) from its {@code /data.json}: the source's
 * URL is the portal root and the catalog is read at {@code {root}/data.json} by a {@link DataJsonHarvester}, with
 * its record checks and limits. DKAN's data.json is one unpaged document.
 *
 * <p>Not used yet: the metastore API ({@code /api/1/metastore/schemas/dataset/items}, standards.md 8.3). It holds
 * the same DCAT-US records, but keeps distributions, publishers, keywords and themes as separate items with their own
 * UUIDs (with {@code ?show-reference-ids}), which would give distributions a stable identity instead of their array
 * position, and it serves one record at {@code .../items/{id}} and its data dictionary, for a fetch stage and for
 * column descriptions. docs/harvest-adapters.md says more.
 */
public final class DkanHarvester implements Harvester {
    private final DataJsonHarvester dataJson = new DataJsonHarvester();

    @Override
    public SourceKind kind() {
        return SourceKind.DKAN;
    }

    @Override
    public void gather(HarvestSource source, HarvestContext ctx, HarvestSink sink) {
        dataJson.gatherFeed(dataJsonUrl(source.url()), source, ctx, sink);
    }

    /**
     * {@code {root}/data.json}: the root's path with one '/' before {@code data.json}, query and fragment dropped.
     * A root that already ends in {@code /data.json} is taken as it is.
     */
    static URI dataJsonUrl(URI root) {
        String path = root.getRawPath() == null ? "" : root.getRawPath();
        if (!path.endsWith("/data.json")) path = (path.endsWith("/") ? path : path + "/") + "data.json";
        return URI.create(root.getScheme() + "://" + root.getRawAuthority() + path);
    }
}
