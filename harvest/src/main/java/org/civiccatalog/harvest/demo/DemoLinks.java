package org.civiccatalog.harvest.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;

/**
 * The files and pages the demo region's records link to, so that the link checker has something real to check: the
 * portals' public hosts ({@code data.demo-city.example.gov} ...) do not resolve, so the checker sends their requests
 * here ({@link DemoPortalServer#linkRoutes()}), as {@code /_links/{host}/{path}?{query}}. Each URL gets a fixed answer,
 * picked by the hash of the URL: most answer 200 with the type their name says, and a few of each kind of trouble a
 * real region has ({@link Kind}), so that the audit's link health shows them.
 */
final class DemoLinks {
    static final String PREFIX = "/_links/";

    /** What a URL answers. Shares per 100 URLs in brackets. */
    enum Kind {
        /** 200 with the type the name says (87). */
        OK,
        /** 404 Not Found (3). */
        NOT_FOUND,
        /** 410 Gone (1). */
        GONE,
        /** ArcGIS "Processing": 202 the first time, 200 afterwards (2). */
        PROCESSING,
        /** 200, served as HTML whatever the file is (2). */
        WRONG_TYPE,
        /** 405 to HEAD, 200 to GET (2). */
        NO_HEAD,
        /** a 301 to itself with {@code loop=1} added, which redirects back (1). */
        LOOP,
        /** a 301 to the same URL with {@code moved=1}, which answers 200 (2). */
        MOVED
    }

    private final Set<String> processed = ConcurrentHashMap.newKeySet();

    /** The kind of answer of a public URL. */
    static Kind kind(String url) {
        if (url.contains("loop=1")) return Kind.LOOP;
        if (url.contains("moved=1")) return Kind.OK;
        int b = Math.floorMod(url.hashCode(), 100);
        if (b < 3) return Kind.NOT_FOUND;
        if (b < 4) return Kind.GONE;
        if (b < 6) return Kind.PROCESSING;
        if (b < 8) return Kind.WRONG_TYPE;
        if (b < 10) return Kind.NO_HEAD;
        if (b < 11) return Kind.LOOP;
        if (b < 13) return Kind.MOVED;
        return Kind.OK;
    }

    /** The type a URL's name says: CSV, JSON, GeoJSON, ZIP, an ArcGIS service (JSON), else a page. */
    static String type(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.contains("geojson")) return "application/geo+json";
        if (u.contains(".csv")) return "text/csv";
        if (u.contains(".json") || u.contains("/featureserver")) return "application/json";
        if (u.contains(".zip")) return "application/zip";
        return "text/html; charset=utf-8";
    }

    /** Answers {@code /_links/{host}/{path}}. */
    void handle(HttpExchange ex) throws IOException {
        URI uri = ex.getRequestURI();
        String rest = uri.getRawPath().substring(PREFIX.length());
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "/" : rest.substring(slash);
        String url = "https://" + host + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        boolean head = ex.getRequestMethod().equals("HEAD");
        if (path.equals("/robots.txt")) {
            send(ex, 404, Map.of("Content-Type", "text/plain"), head);
            return;
        }
        switch (kind(url)) {
            case NOT_FOUND -> send(ex, 404, Map.of("Content-Type", "text/html; charset=utf-8"), head);
            case GONE -> send(ex, 410, Map.of("Content-Type", "text/html; charset=utf-8"), head);
            case PROCESSING -> {
                if (processed.add(url)) send(ex, 202, Map.of("Content-Type", "application/json"), head);
                else send(ex, 200, Map.of("Content-Type", type(url)), head);
            }
            case WRONG_TYPE -> send(ex, 200, Map.of("Content-Type", "text/html; charset=utf-8"), head);
            case NO_HEAD -> {
                if (head) send(ex, 405, Map.of("Allow", "GET"), true);
                else send(ex, 200, Map.of("Content-Type", type(url)), false);
            }
            case LOOP -> send(ex, 301, Map.of("Location", url.contains("loop=1")
                    ? url.replace("?loop=1", "").replace("&loop=1", "") : url + (url.contains("?") ? "&" : "?") + "loop=1"), head);
            case MOVED -> send(ex, 301, Map.of("Location", url + (url.contains("?") ? "&" : "?") + "moved=1"), head);
            case OK -> send(ex, 200, Map.of("Content-Type", type(url)), head);
        }
    }

    private static void send(HttpExchange ex, int status, Map<String, String> headers, boolean head) throws IOException {
        headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        byte[] body = status == 200 ? "demo\n".getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (head || body.length == 0) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
