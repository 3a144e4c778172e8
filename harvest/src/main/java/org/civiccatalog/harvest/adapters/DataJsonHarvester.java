package org.civiccatalog.harvest.adapters;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Map;

import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.datajson.DataJsonReader;
import org.civiccatalog.harvest.HarvestContext;
import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.HarvestSink;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.Harvester;
import org.civiccatalog.harvest.HttpResult;
import org.civiccatalog.harvest.SourceKind;

/**
 * Harvests a data.json feed (DCAT-US 1.1 / POD v1.1, or a legacy POD v1.0 array) from the source's URL. The
 * document is read as a stream, one dataset at a time ({@link DataJsonReader}); each record goes through
 * {@link DataJsonRecords} (identifier checks, per-record limits, mapping). A feed URL whose query has a
 * {@code page} parameter ({@code .../data.json?page=1}) is walked page by page as CKAN-generated feeds are
 * ({@link DataJsonPaging}); any other URL is one document. See docs/harvest-adapters.md.
 */
public final class DataJsonHarvester implements Harvester {
    static final Map<String, String> ACCEPT = Map.of("Accept", "application/json, */*;q=0.5");

    @Override
    public SourceKind kind() {
        return SourceKind.DATAJSON;
    }

    @Override
    public void gather(HarvestSource source, HarvestContext ctx, HarvestSink sink) {
        gatherFeed(source.url(), source, ctx, sink);
    }

    /**
     * Gathers the data.json at {@code feedUrl} for {@code source}, whatever the source's kind: other adapters
     * whose portals serve a data.json (DKAN) use this.
     *
     * @throws HarvestException when the feed cannot be read as a whole (HTTP error, malformed JSON, no dataset
     *                          array, a repeated page); records handed over before that are a partial gather
     */
    public void gatherFeed(URI feedUrl, HarvestSource source, HarvestContext ctx, HarvestSink sink) {
        DataJsonRecords records = new DataJsonRecords(source, ctx, sink);
        if (DataJsonPaging.isPaged(feedUrl)) {
            new DataJsonPaging(feedUrl, source.limits().maxPages(), ctx.http(), records).walk();
            return;
        }
        HttpResult res = ctx.http().get(feedUrl, ACCEPT);
        if (!res.ok()) throw httpError(res, feedUrl, "");
        String digest = res.digest();
        if (records.replayPage(feedUrl.toString(), digest).isPresent()) return;   // as in the last run: not parsed
        records.beginPage(feedUrl.toString(), digest);
        read(res, feedUrl, records.handler(res.url().toString(), ""));
        records.endPage("");
    }

    /** Reads one data.json document, turning a document-level problem into a {@link HarvestException}. */
    static DataJsonReader.Summary read(HttpResult res, URI requested, DataJsonReader.Handler handler) {
        try {
            return DataJsonReader.read(new ByteArrayInputStream(res.body()), res.url().toString(), handler);
        } catch (HarvestException e) {
            throw e;
        } catch (CatalogException e) {
            throw new HarvestException("data.json " + requested + " cannot be read: " + e.getMessage(), e);
        }
    }

    static HarvestException httpError(HttpResult res, URI requested, String page) {
        return new HarvestException("GET " + requested + page + " answered HTTP " + res.status()
                + (res.url().equals(requested) ? "" : " (from " + res.url() + ")"));
    }
}
