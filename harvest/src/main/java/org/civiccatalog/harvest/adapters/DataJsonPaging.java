package org.civiccatalog.harvest.adapters;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.Http;
import org.civiccatalog.harvest.HttpResult;

/**
 * Walks a data.json paged as CKAN-generated feeds are: {@code ?page=1}, {@code ?page=2}, ... (1-based), while a
 * page lists datasets. An empty {@code dataset} array, or a 404 after page 1, ends the walk. A page that lists the
 * same identifiers as the one before (or is byte-for-byte the same) means the portal ignores or loops on
 * {@code page}: the walk stops with a {@link HarvestException} instead of harvesting the same records forever, and so
 * does a feed with records beyond {@code maxPages}. Each page is read whole before its records are handed on, so a
 * repeated page delivers nothing; the earlier pages' records were delivered and count as a partial gather.
 */
final class DataJsonPaging {
    private final URI feed;
    private final int maxPages;
    private final Http http;
    private final DataJsonRecords records;

    DataJsonPaging(URI feed, int maxPages, Http http, DataJsonRecords records) {
        this.feed = feed;
        this.maxPages = maxPages;
        this.http = http;
        this.records = records;
    }

    /** Whether the feed URL asks for paging: its query has a {@code page} parameter. */
    static boolean isPaged(URI feed) {
        String q = feed.getRawQuery();
        return q != null && Arrays.stream(q.split("&")).anyMatch(p -> p.equals("page") || p.startsWith("page="));
    }

    void walk() {
        DataJsonPage previous = null;
        for (int n = 1; ; n++) {
            URI url = pageUrl(feed, n);
            HttpResult res = http.get(url, DataJsonHarvester.ACCEPT);
            if (res.status() == 404 && n > 1) return;
            if (!res.ok()) throw DataJsonHarvester.httpError(res, url, " (page " + n + ")");
            byte[] body = org.apache.commons.codec.digest.DigestUtils.sha256(res.body());
            String digest = res.digest(body);
            var before = records.replayPage(url.toString(), digest);
            DataJsonPage page;
            if (before.isPresent()) {   // as in the last run, its records held unchanged: not parsed
                page = DataJsonPage.remembered(before.get().tail());
            } else {
                records.beginPage(url.toString(), digest);
                page = DataJsonPage.read(res, url, body);
            }
            if (page.isEmpty()) {
                if (before.isEmpty()) records.endPage(page.tail());
                return;
            }
            if (previous != null && page.repeats(previous))
                throw new HarvestException("data.json " + url + ": page " + n + " repeats page " + (n - 1) + " ("
                        + page.describe() + "); the portal ignores or loops on 'page', so the gather stops here");
            if (n > maxPages)
                throw new HarvestException("data.json " + feed + ": page " + n + " still lists datasets, more than"
                        + " the source's maxPages (" + maxPages + "); the gather stops here");
            if (before.isEmpty()) {
                page.deliver(records.handler(res.url().toString(), " on page " + n));
                records.endPage(page.tail());
            }
            previous = page;
        }
    }

    /** The feed URL with {@code page=n}, its other query parameters kept in order. */
    static URI pageUrl(URI feed, int n) {
        List<String> params = new ArrayList<>();
        for (String p : feed.getRawQuery().split("&"))
            params.add(p.equals("page") || p.startsWith("page=") ? "page=" + n : p);
        String s = feed.toString();
        return URI.create(s.substring(0, s.indexOf('?')) + "?" + String.join("&", params));
    }
}
