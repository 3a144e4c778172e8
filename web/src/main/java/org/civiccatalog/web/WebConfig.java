package org.civiccatalog.web;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.civiccatalog.core.CatalogIris;

/**
 * Every setting of the web application, as one immutable value (docs/config.md documents each).
 *
 * @param host            interface to listen on; {@code 0.0.0.0} for all
 * @param port            the one port for pages, feeds and {@code /sparql}; 0 picks a free port (tests)
 * @param baseIri         public base IRI of the catalog; empty = the one the store was created with. Every IRI
 *                        and every link the feeds print starts with it, whatever Host a request came in on
 * @param contextPath     path the application is mounted at; empty = the path of the base IRI (so that
 *                        {@code {base}dataset/...} dereferences when a proxy forwards paths unchanged). Set it to
 *                        {@code /} when a reverse proxy strips the base path
 * @param dataDir         the data directory holding {@code tdb2/}; used by the launcher that opens the store
 * @param defaultPageSize datasets per page of {@code /catalog} when {@code pageSize} is not given
 * @param maxPageSize     upper bound of {@code pageSize}; larger requests are capped to it
 * @param gzip            compress responses when the client sends {@code Accept-Encoding: gzip}
 * @param maxAge          {@code Cache-Control: max-age} of feeds and pages; zero means {@code no-cache}
 *                        (clients revalidate with {@code If-None-Match} every time)
 * @param operatorName    who runs the catalog: {@code /data.json} names it as publisher and contact of a dataset
 *                        whose harvested record has none (POD v1.1 requires both)
 * @param operatorEmail   the operator's e-mail address, the contact {@code hasEmail} of such a dataset
 * @param feedCacheDir    where rendered whole-catalog feeds ({@code /data.json}) are kept per store state, so that
 *                        only the first request after a change renders; empty = render every request
 */
public record WebConfig(String host, int port, Optional<String> baseIri, Optional<String> contextPath, Path dataDir,
                        int defaultPageSize, int maxPageSize, boolean gzip, Duration maxAge,
                        String operatorName, String operatorEmail, Optional<Path> feedCacheDir) {

    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 1000;

    public WebConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(baseIri, "baseIri");
        Objects.requireNonNull(contextPath, "contextPath");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(maxAge, "maxAge");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0-65535, got " + port);
        baseIri.ifPresent(CatalogIris::of); // validates: absolute http(s), no query or fragment
        contextPath.ifPresent(p -> {
            if (!p.startsWith("/")) throw new IllegalArgumentException("contextPath must start with '/', got '" + p + "'");
        });
        if (maxPageSize < 1) throw new IllegalArgumentException("maxPageSize must be >= 1, got " + maxPageSize);
        if (defaultPageSize < 1 || defaultPageSize > maxPageSize)
            throw new IllegalArgumentException("defaultPageSize must be 1.." + maxPageSize + ", got " + defaultPageSize);
        if (maxAge.isNegative()) throw new IllegalArgumentException("maxAge must be >= 0, got " + maxAge);
        Objects.requireNonNull(feedCacheDir, "feedCacheDir");
        Objects.requireNonNull(operatorName, "operatorName");
        Objects.requireNonNull(operatorEmail, "operatorEmail");
        if (operatorName.isBlank()) throw new IllegalArgumentException("operatorName must not be blank");
        if (!operatorEmail.matches("(mailto:)?[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))
            throw new IllegalArgumentException("operatorEmail must be an e-mail address, got '" + operatorEmail + "'");
    }

    /**
     * Port 8080 on all interfaces, base from the store, data in {@code ./data}, pages of 100 (max 1000), gzip on,
     * no max-age, and a placeholder operator ({@code opendata@example.org}) that a real deployment sets.
     */
    public static WebConfig defaults() {
        return new WebConfig("0.0.0.0", DEFAULT_PORT, Optional.empty(), Optional.empty(), Path.of("data"),
                DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, true, Duration.ZERO, "Open data catalog operator", "opendata@example.org",
                Optional.empty());
    }

    public WebConfig withHost(String h) {
        return new WebConfig(h, port, baseIri, contextPath, dataDir, defaultPageSize, maxPageSize, gzip, maxAge, operatorName, operatorEmail, feedCacheDir);
    }

    public WebConfig withPort(int p) {
        return new WebConfig(host, p, baseIri, contextPath, dataDir, defaultPageSize, maxPageSize, gzip, maxAge, operatorName, operatorEmail, feedCacheDir);
    }

    public WebConfig withBaseIri(String b) {
        return new WebConfig(host, port, Optional.of(b), contextPath, dataDir, defaultPageSize, maxPageSize, gzip, maxAge, operatorName, operatorEmail, feedCacheDir);
    }

    public WebConfig withContextPath(String c) {
        return new WebConfig(host, port, baseIri, Optional.of(c), dataDir, defaultPageSize, maxPageSize, gzip, maxAge, operatorName, operatorEmail, feedCacheDir);
    }

    public WebConfig withDataDir(Path d) {
        return new WebConfig(host, port, baseIri, contextPath, d, defaultPageSize, maxPageSize, gzip, maxAge, operatorName, operatorEmail, feedCacheDir);
    }

    public WebConfig withPageSizes(int defaultSize, int maxSize) {
        return new WebConfig(host, port, baseIri, contextPath, dataDir, defaultSize, maxSize, gzip, maxAge, operatorName, operatorEmail, feedCacheDir);
    }

    public WebConfig withGzip(boolean g) {
        return new WebConfig(host, port, baseIri, contextPath, dataDir, defaultPageSize, maxPageSize, g, maxAge, operatorName, operatorEmail, feedCacheDir);
    }

    public WebConfig withMaxAge(Duration m) {
        return new WebConfig(host, port, baseIri, contextPath, dataDir, defaultPageSize, maxPageSize, gzip, m, operatorName, operatorEmail, feedCacheDir);
    }

    public WebConfig withOperator(String name, String email) {
        return new WebConfig(host, port, baseIri, contextPath, dataDir, defaultPageSize, maxPageSize, gzip, maxAge, name, email, feedCacheDir);
    }

    public WebConfig withFeedCacheDir(Path dir) {
        return new WebConfig(host, port, baseIri, contextPath, dataDir, defaultPageSize, maxPageSize, gzip, maxAge,
                operatorName, operatorEmail, Optional.of(dir));
    }

    /** The context path to mount at: the explicit one, else the path of {@code base} without its trailing '/'. */
    public String effectiveContextPath(String base) {
        String p = contextPath.orElseGet(() -> URI.create(base).getRawPath());
        if (p == null || p.isEmpty()) return "/";
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
