package org.civiccatalog.harvest.links;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the link checker behaves (docs/audit.md, "Link health", has the table). Immutable; {@link #builder()} starts
 * from the defaults, each setter refuses a bad value at once, {@link Builder#build()} checks they agree.
 *
 * @param userAgent          sent with every request; names the catalog so portal operators can reach us
 * @param robotsToken        the product token matched against robots.txt User-agent lines
 * @param connectTimeout     longest wait to connect
 * @param readTimeout        longest wait for the response headers (and the first bytes of a GET)
 * @param maxRedirects       redirects followed from one URL
 * @param maxRetries         retries after a 429 or 503
 * @param maxRetryAfter      longest Retry-After honoured; a longer one makes the check pending
 * @param defaultRetryWait   wait before retrying a 429 or 503 that gave no Retry-After
 * @param getBytes           how much of a GET's body is read before the connection is closed
 * @param globalConcurrency  checks in flight at once
 * @param perHostConcurrency requests in flight to one host at once; 0 = no limit
 * @param perHostInterval    least time between the starts of two requests to one host
 * @param respectRobots      fetch robots.txt once per host and run, and do not check what it disallows
 * @param allowLoopback      check URLs that resolve to loopback addresses (tests)
 * @param allowPrivate       check URLs that resolve to loopback, private or link-local addresses
 * @param getOnlyHosts       hosts whose HEAD answers cannot be trusted: checked with GET only
 * @param recheckAfter       a URL is checked again when its last check is older than this
 * @param pendingRecheckAfter the same, for a URL whose last check was pending
 * @param keepChecksFor      checks older than this are deleted after each run, but for each URL's latest check and
 *                           latest deciding check (what the audit and the schedule read)
 * @param batchSize          checks stored per write transaction
 * @param routes             hosts whose requests go to another server, for the demo region: a key {@code
 *                           "data.example.gov"} is that host, {@code ".example.gov"} any host under it; a request for
 *                           {@code https://host/path?q} is sent to {@code {base}host/path?q}
 */
public record LinkSettings(String userAgent, String robotsToken, Duration connectTimeout, Duration readTimeout,
                           int maxRedirects, int maxRetries, Duration maxRetryAfter, Duration defaultRetryWait,
                           int getBytes, int globalConcurrency, int perHostConcurrency, Duration perHostInterval,
                           boolean respectRobots, boolean allowLoopback, boolean allowPrivate, Set<String> getOnlyHosts,
                           Duration recheckAfter, Duration pendingRecheckAfter, Duration keepChecksFor, int batchSize,
                           Map<String, URI> routes) {
    public static final String DEFAULT_USER_AGENT =
            "civic-catalog-linkchecker (federated open-data catalog; checks the links datasets publish)";

    public LinkSettings {
        getOnlyHosts = Set.copyOf(getOnlyHosts);
        routes = Map.copyOf(routes);
    }

    /** Where a request for {@code url} is sent: the URL itself, or its route (see {@code routes}). */
    public URI wire(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, URI> r : routes.entrySet()) {
            String k = r.getKey();
            if (k.startsWith(".") ? host.endsWith(k) : host.equals(k))
                return URI.create(r.getValue() + host + (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                        + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
        }
        return url;
    }

    public static LinkSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.userAgent = userAgent;
        b.robotsToken = robotsToken;
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.maxRedirects = maxRedirects;
        b.maxRetries = maxRetries;
        b.maxRetryAfter = maxRetryAfter;
        b.defaultRetryWait = defaultRetryWait;
        b.getBytes = getBytes;
        b.globalConcurrency = globalConcurrency;
        b.perHostConcurrency = perHostConcurrency;
        b.perHostInterval = perHostInterval;
        b.respectRobots = respectRobots;
        b.allowLoopback = allowLoopback;
        b.allowPrivate = allowPrivate;
        b.getOnlyHosts = getOnlyHosts;
        b.recheckAfter = recheckAfter;
        b.pendingRecheckAfter = pendingRecheckAfter;
        b.keepChecksFor = keepChecksFor;
        b.batchSize = batchSize;
        b.routes = routes;
        return b;
    }

    /** Whether {@code host} is one whose HEAD answers are not trusted. */
    public boolean getOnly(String host) {
        return host != null && getOnlyHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    public static final class Builder {
        private String userAgent = DEFAULT_USER_AGENT;
        private String robotsToken = "civic-catalog";
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(20);
        private int maxRedirects = 10;
        private int maxRetries = 2;
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private Duration defaultRetryWait = Duration.ofSeconds(5);
        private int getBytes = 1024;
        private int globalConcurrency = 8;
        private int perHostConcurrency = 2;
        private Duration perHostInterval = Duration.ofSeconds(1);
        private boolean respectRobots = true;
        private boolean allowLoopback;
        private boolean allowPrivate;
        private Set<String> getOnlyHosts = Set.of();
        private Duration recheckAfter = Duration.ofHours(24);
        private Duration pendingRecheckAfter = Duration.ofHours(1);
        private Duration keepChecksFor = Duration.ofDays(90);
        private int batchSize = 500;
        private Map<String, URI> routes = Map.of();

        private Builder() {}

        public Builder userAgent(String ua) {
            Objects.requireNonNull(ua, "userAgent");
            if (ua.isBlank() || ua.chars().anyMatch(c -> c < 0x20 || c > 0x7e))
                throw new IllegalArgumentException("userAgent must be printable ASCII, got '" + ua + "'");
            this.userAgent = ua;
            return this;
        }

        public Builder robotsToken(String token) {
            Objects.requireNonNull(token, "robotsToken");
            if (!token.matches("[A-Za-z_-]+"))
                throw new IllegalArgumentException("robotsToken must be letters, '_' and '-' (RFC 9309), got '" + token + "'");
            this.robotsToken = token;
            return this;
        }

        public Builder connectTimeout(Duration d) {
            this.connectTimeout = positive("connectTimeout", d);
            return this;
        }

        public Builder readTimeout(Duration d) {
            this.readTimeout = positive("readTimeout", d);
            return this;
        }

        public Builder maxRedirects(int n) {
            this.maxRedirects = range("maxRedirects", n, 0, 30);
            return this;
        }

        public Builder maxRetries(int n) {
            this.maxRetries = range("maxRetries", n, 0, 10);
            return this;
        }

        public Builder maxRetryAfter(Duration d) {
            this.maxRetryAfter = notNegative("maxRetryAfter", d);
            return this;
        }

        public Builder defaultRetryWait(Duration d) {
            this.defaultRetryWait = notNegative("defaultRetryWait", d);
            return this;
        }

        public Builder getBytes(int n) {
            this.getBytes = range("getBytes", n, 0, 1 << 20);
            return this;
        }

        public Builder globalConcurrency(int n) {
            this.globalConcurrency = range("globalConcurrency", n, 1, 256);
            return this;
        }

        /** 0 = no limit. */
        public Builder perHostConcurrency(int n) {
            this.perHostConcurrency = range("perHostConcurrency", n, 0, 64);
            return this;
        }

        public Builder perHostInterval(Duration d) {
            this.perHostInterval = notNegative("perHostInterval", d);
            return this;
        }

        public Builder respectRobots(boolean on) {
            this.respectRobots = on;
            return this;
        }

        /** Politeness off (for benchmarks on loopback only): no per-host limit or interval, robots.txt not read. */
        public Builder politenessOff() {
            this.perHostConcurrency = 0;
            this.perHostInterval = Duration.ZERO;
            this.respectRobots = false;
            return this;
        }

        public Builder allowLoopback(boolean on) {
            this.allowLoopback = on;
            return this;
        }

        public Builder allowPrivate(boolean on) {
            this.allowPrivate = on;
            return this;
        }

        public Builder getOnlyHosts(Set<String> hosts) {
            Objects.requireNonNull(hosts, "getOnlyHosts");
            this.getOnlyHosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
            return this;
        }

        public Builder recheckAfter(Duration d) {
            this.recheckAfter = notNegative("recheckAfter", d);
            return this;
        }

        public Builder pendingRecheckAfter(Duration d) {
            this.pendingRecheckAfter = notNegative("pendingRecheckAfter", d);
            return this;
        }

        /** How long checks are kept (for uptime): older ones are deleted after each run, but each URL's latest. */
        public Builder keepChecksFor(Duration d) {
            this.keepChecksFor = positive("keepChecksFor", d);
            return this;
        }

        public Builder batchSize(int n) {
            this.batchSize = range("batchSize", n, 1, 100_000);
            return this;
        }

        /** Sends the requests for some hosts to another server (the demo region's portals serve their public hosts). */
        public Builder routes(Map<String, URI> routes) {
            Objects.requireNonNull(routes, "routes");
            for (Map.Entry<String, URI> r : routes.entrySet()) {
                String base = r.getValue().toString();
                if (!r.getValue().isAbsolute() || !base.endsWith("/"))
                    throw new IllegalArgumentException("route for " + r.getKey() + " must be an absolute URL ending in '/', got " + base);
            }
            this.routes = Map.copyOf(routes);
            return this;
        }

        public LinkSettings build() {
            if (pendingRecheckAfter.compareTo(recheckAfter) > 0)
                throw new IllegalArgumentException("pendingRecheckAfter (" + pendingRecheckAfter + ") must not exceed recheckAfter ("
                        + recheckAfter + "): a pending link is checked again sooner, not later");
            if (keepChecksFor.compareTo(recheckAfter) < 0)
                throw new IllegalArgumentException("keepChecksFor (" + keepChecksFor + ") must not be shorter than recheckAfter ("
                        + recheckAfter + "): a check is kept at least until its URL is checked again");
            return new LinkSettings(userAgent, robotsToken, connectTimeout, readTimeout, maxRedirects, maxRetries,
                    maxRetryAfter, defaultRetryWait, getBytes, globalConcurrency, perHostConcurrency, perHostInterval,
                    respectRobots, allowLoopback, allowPrivate, getOnlyHosts, recheckAfter, pendingRecheckAfter, keepChecksFor,
                    batchSize, routes);
        }

        private static Duration positive(String name, Duration d) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be > 0, got " + d);
            return d;
        }

        private static Duration notNegative(String name, Duration d) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) throw new IllegalArgumentException(name + " must be >= 0, got " + d);
            return d;
        }

        private static int range(String name, int n, int min, int max) {
            if (n < min || n > max) throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", got " + n);
            return n;
        }
    }
}
