package org.civiccatalog.harvest.adapters;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;

import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.datajson.DataJsonReader;
import org.civiccatalog.core.datajson.DatasetEntry;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestContext;
import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.HttpResult;

/**
 * A data.json-shaped listing (POD v1.1, or legacy v1.0 upgraded) served by a portal: Socrata's {@code /data.json}
 * and ArcGIS Hub's DCAT-US 1.1 feed. The listing is one unpaged document; a listing that cannot be read is a
 * {@link HarvestException} naming the URL, an element that is not a dataset is a finding and the read goes on.
 */
final class PortalFeed {
    static final Map<String, String> ACCEPT_JSON = Map.of("Accept", "application/json");

    private PortalFeed() {}

    /** GETs a listing; any status but 200-299 fails the source, and so does 202 (a listing still being generated). */
    static HttpResult fetch(HarvestContext ctx, URI url) {
        return check(url, ctx.http().get(url, ACCEPT_JSON));
    }

    static HttpResult check(URI url, HttpResult r) {
        if (r.status() == 202)
            throw new HarvestException("GET " + url + " answered 202 (accepted, still being generated): the listing is"
                    + " not ready, try the source again later");
        if (!r.ok())
            throw new HarvestException("GET " + url + " answered " + r.status() + " with " + PortalJson.describeBody(r)
                    + ": the listing could not be read");
        return r;
    }

    /** The portal root without a trailing '/'. */
    static URI root(URI url) {
        String s = url.toString();
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return URI.create(s);
    }

    /** Streams the datasets of a fetched listing to {@code each}, in document order; returns how many elements it had. */
    static int read(URI url, HttpResult r, PortalRecords records, Consumer<DatasetEntry> each) {
        DataJsonReader.Handler handler = new DataJsonReader.Handler() {
            @Override
            public void dataset(DatasetEntry entry) {
                each.accept(entry);
            }

            @Override
            public void invalidDataset(InvalidInputException problem) {
                records.finding(Finding.Severity.ERROR, url.toString(), "element skipped: " + problem.getMessage());
            }
        };
        try {
            return DataJsonReader.read(new ByteArrayInputStream(r.body()), url.toString(), handler).datasets();
        } catch (InvalidInputException e) {
            throw new HarvestException("GET " + url + " answered " + r.status() + " with " + PortalJson.describeBody(r)
                    + " that is not a data.json listing: " + e.getMessage(), e);
        } catch (HarvestException e) {
            throw e;
        } catch (CatalogException e) {
            throw new HarvestException("reading " + url + " failed: " + e.getMessage(), e);
        }
    }
}
