package org.civiccatalog.harvest.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which answer each request gets: the API paths each platform serves, as our adapters request them.
 * <pre>
 *   /demo-city/data.json                         Socrata catalog (DCAT-US 1.1, whole)
 *   /demo-city/api/views/{4x4}.json              Socrata view
 *   /demo-city-geohub/api/feed/dcat-us/1.1.json  ArcGIS Hub feed (and the older /data.json)
 *   /demo-county/data.json                       DKAN catalog
 *   /demo-county-gis/data.json[?page=N]          county feed, whole or by pages of 200
 *   /demo-state/api/3/action/package_search?rows=&amp;start=   CKAN, always sorted by id (what the adapter asks)
 *   /demo-state-geo/catalog.ttl[?page=N]         DCAT Turtle, pages of 100 with Hydra links
 * </pre>
 */
final class PortalRoutes {
    /** What the server sends: a status, a type and a body written straight to the connection. */
    record Answer(int status, String contentType, Body body, boolean cacheable) {
        static Answer ok(String contentType, Body body) {
            return new Answer(200, contentType, body, true);
        }

        static Answer error(int status, String contentType, String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return new Answer(status, contentType, out -> out.write(bytes), false);
        }
    }

    /** Writes a body; generation streams, so a page of a 300,000-dataset region is never held whole. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    static final String JSON = "application/json; charset=utf-8";
    static final String TURTLE = "text/turtle; charset=utf-8";
    private static final Pattern VIEW = Pattern.compile("api/views/([a-z0-9]{4}-[a-z0-9]{4})\\.json");
    private static final Pattern ROWS_CSV = Pattern.compile("api/views/([a-z0-9]{4}-[a-z0-9]{4})/rows\\.csv");
    private static final String RESTAURANT_FILES = "sites/default/files/restaurants/";
    static final String CSV = "text/csv; charset=utf-8";
    private static final int CKAN_DEFAULT_ROWS = 10;
    private static final int CKAN_MAX_ROWS = 1000;

    private final DemoRegion region;
    private final URI root;

    PortalRoutes(DemoRegion region, URI root) {
        this.region = region;
        this.root = root;
    }

    Answer answer(String path, String query) {
        if (path.equals("/")) return Answer.ok("text/plain; charset=utf-8", out -> out.write(index().getBytes(StandardCharsets.UTF_8)));
        if (path.equals("/sources.json"))
            return Answer.ok(JSON, out -> out.write(DemoSources.json(region.sources(root), region.standardsEntries(root)).getBytes(StandardCharsets.UTF_8)));
        int slash = path.indexOf('/', 1);
        Optional<DemoPortal> portal = DemoPortal.bySourceId(slash < 0 ? path.substring(1) : path.substring(1, slash));
        if (portal.isEmpty() || slash < 0) return notFound(path);
        String rest = path.substring(slash + 1);
        RecordFactory records = region.records();
        DemoPortal p = portal.get();
        return switch (p) {
            case CITY_SOCRATA -> socrata(rest, records);
            case CITY_HUB -> rest.equals("api/feed/dcat-us/1.1.json") || rest.equals("data.json") ? whole(p) : notFound(path);
            case COUNTY_DKAN -> rest.equals("data.json") ? whole(p) : rest.startsWith(RESTAURANT_FILES) ? restaurantFile(rest) : notFound(path);
            case COUNTY_FEED -> rest.equals("data.json") ? feed(query) : notFound(path);
            case STATE_CKAN -> rest.equals("api/3/action/package_search") ? ckan(query)
                    : Answer.error(404, JSON, "{\"success\": false, \"error\": {\"__type\": \"Not Found Error\","
                    + " \"message\": \"Not found\"}}");
            case STATE_RDF -> rest.equals("catalog.ttl") ? turtle(query) : notFound(path);
        };
    }

    private Answer whole(DemoPortal p) {
        return Answer.ok(JSON, out -> PodJson.document(out, region.records(), p, 0, region.size(p)));
    }

    private Answer socrata(String rest, RecordFactory records) {
        if (rest.equals("data.json")) return whole(DemoPortal.CITY_SOCRATA);
        Matcher rows = ROWS_CSV.matcher(rest);
        if (rows.matches()) return rowsCsv(rows.group(1));
        Matcher m = VIEW.matcher(rest);
        if (!m.matches()) return notFound(rest);
        OptionalInt index = Ids.indexOf(region.seed(), m.group(1));
        if (index.isEmpty() || index.getAsInt() >= region.size(DemoPortal.CITY_SOCRATA))
            return Answer.error(404, JSON, "{\"code\": \"not_found\", \"error\": true, \"message\": \"Cannot find view"
                    + " with id " + m.group(1) + "\"}");
        int i = index.getAsInt();
        return Answer.ok(JSON, out -> SocrataViewJson.write(out, records.record(DemoPortal.CITY_SOCRATA, i)));
    }

    /** A dataset's CSV export: rows only for the standards table; the other generated datasets have none to give. */
    private Answer rowsCsv(String fourByFour) {
        OptionalInt index = Ids.indexOf(region.seed(), fourByFour);
        Optional<DemoTable> t = index.isEmpty() || index.getAsInt() >= region.size(DemoPortal.CITY_SOCRATA) ? Optional.empty()
                : region.tableAt(DemoPortal.CITY_SOCRATA, index.getAsInt());
        if (t.isEmpty()) return notFound(fourByFour + "/rows.csv");
        return Answer.ok(CSV, out -> region.writeCsv(t.get(), out));
    }

    private Answer restaurantFile(String rest) {
        String name = rest.substring(RESTAURANT_FILES.length());
        for (DemoTable t : DemoTable.values())
            if (t.portal() == DemoPortal.COUNTY_DKAN && t.fileName().equals(name)) return Answer.ok(CSV, out -> region.writeCsv(t, out));
        return notFound(rest);
    }

    /** The whole feed, or page N of it; a page past the end lists no dataset, which ends the adapter's walk. */
    private Answer feed(String query) {
        DemoPortal p = DemoPortal.COUNTY_FEED;
        Optional<String> page = param(query, "page");
        if (page.isEmpty()) return whole(p);
        int n;
        try {
            n = Integer.parseInt(page.get());
        } catch (NumberFormatException e) {
            return Answer.error(400, JSON, "{\"error\": \"page must be a number\"}");
        }
        if (n < 1) return Answer.error(400, JSON, "{\"error\": \"page must be 1 or more\"}");
        int from = (int) Math.min(region.size(p), (long) (n - 1) * DemoPortal.FEED_PAGE_SIZE);
        int to = Math.min(region.size(p), from + DemoPortal.FEED_PAGE_SIZE);
        return Answer.ok(JSON, out -> PodJson.document(out, region.records(), p, from, to));
    }

    private Answer ckan(String query) {
        int rows, start;
        try {
            rows = Math.min(CKAN_MAX_ROWS, param(query, "rows").map(Integer::parseInt).orElse(CKAN_DEFAULT_ROWS));
            start = param(query, "start").map(Integer::parseInt).orElse(0);
        } catch (NumberFormatException e) {
            return Answer.error(409, JSON, "{\"success\": false, \"error\": {\"__type\": \"Validation Error\","
                    + " \"message\": \"rows and start must be integers\"}}");
        }
        if (rows < 0 || start < 0)
            return Answer.error(409, JSON, "{\"success\": false, \"error\": {\"__type\": \"Validation Error\","
                    + " \"message\": \"rows and start must not be negative\"}}");
        return Answer.ok(JSON, out -> CkanJson.search(out, region.records(), start, rows));
    }

    private Answer turtle(String query) {
        int pages = Math.max(1, (region.size(DemoPortal.STATE_RDF) + DemoPortal.RDF_PAGE_SIZE - 1) / DemoPortal.RDF_PAGE_SIZE);
        int page;
        try {
            page = param(query, "page").map(Integer::parseInt).orElse(1);
        } catch (NumberFormatException e) {
            page = -1;
        }
        if (page < 1 || page > pages) return Answer.error(404, "text/plain; charset=utf-8", "No such page\n");
        String feed = DemoPortal.STATE_RDF.apiRoot(root) + "/catalog.ttl";
        int n = page;
        return Answer.ok(TURTLE, out -> DcatTurtle.page(out, region.records(), n, feed));
    }

    private String index() {
        StringBuilder sb = new StringBuilder("civic-catalog demo region: ").append(region.datasets())
                .append(" datasets (seed ").append(region.seed()).append(")\n\n");
        for (DemoPortal p : DemoPortal.values())
            sb.append(String.format("%-18s %-11s %6d datasets  %s  (%s)%n", p.sourceId(), p.kind().id(), region.size(p),
                    p.sourceUrl(root), p.title()));
        return sb.append("\nSources file: ").append(root).append("sources.json\n").toString();
    }

    private static Answer notFound(String path) {
        return Answer.error(404, "text/plain; charset=utf-8", "Not found: " + path + "\n");
    }

    static Optional<String> param(String query, String name) {
        if (query == null) return Optional.empty();
        for (String p : query.split("&"))
            if (p.startsWith(name + "=")) return Optional.of(p.substring(name.length() + 1));
        return Optional.empty();
    }
}
