package org.civiccatalog.harvest.http;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;

import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.Http;
import org.civiccatalog.harvest.HttpResult;
import org.civiccatalog.harvest.SourceLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The harvesters' HTTP client: timeouts, bounded retries with exponential backoff and jitter, {@code Retry-After},
 * a size limit on every body (gzip included), a redirect limit, at most a few connections per host, and
 * conditional GETs from a {@link ValidatorStore}. See {@code docs/harvest-http.md}.
 *
 * <p>A response is returned whatever its status, except 429, 500, 502, 503 and 504, which are retried and, if they
 * persist, throw like a network failure does: {@link HarvestException}, its message naming the URL and what
 * happened. Immutable and safe for concurrent use.
 */
public final class HarvestHttpClient implements Http {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.harvest");

    /** The frozen settings of a client; {@link Builder} documents each. */
    public record Settings(Duration connectTimeout, Duration readTimeout, Duration requestTimeout,
                           long maxResponseBytes, int maxRetries, Duration backoffBase, Duration backoffCap,
                           Duration maxRetryAfter, int maxRedirects, int maxConnectionsPerHost, String userAgent) {}

    private final Settings settings;
    private final ValidatorStore validators; // null: no conditional GETs
    private final Attempt attempt;
    private final Map<String, Semaphore> hostPermits = new ConcurrentHashMap<>();

    private HarvestHttpClient(Settings settings, ValidatorStore validators) {
        this.settings = settings;
        this.validators = validators;
        this.attempt = new Attempt(settings);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A client with every default and no conditional GETs. */
    public static HarvestHttpClient withDefaults() {
        return builder().build();
    }

    public Settings settings() {
        return settings;
    }

    public Optional<ValidatorStore> validators() {
        return Optional.ofNullable(validators);
    }

    /**
     * GETs {@code url}. When the validator store knows the URL, the request is conditional and a 304 comes back
     * as a result with status 304 and an empty body. After a complete 200 the store is updated.
     *
     * @param headers extra request headers; they override the defaults ({@code User-Agent}, {@code Accept}), and
     *                a caller's own {@code If-None-Match} / {@code If-Modified-Since} replace the stored ones.
     *                {@code Accept-Encoding} belongs to the client and is refused.
     */
    @Override
    public HttpResult get(URI url, Map<String, String> headers) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(headers, "headers");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null)
            throw new HarvestException("GET " + url + ": only absolute http and https URLs can be fetched");
        Map<String, String> request = requestHeaders(url, headers);
        Map<String, Integer> failures = new LinkedHashMap<>();
        for (int retries = 0; ; retries++) {
            Attempt.Outcome outcome = attemptWithPermit(url, request);
            if (outcome instanceof Attempt.Response r) return remember(url, r.result());
            Attempt.Retry failure = (Attempt.Retry) outcome;
            failures.merge(failure.what(), 1, Integer::sum);
            if (retries >= settings.maxRetries()) throw new HarvestException(gaveUp(url, failures, retries));
            Duration wait = waitBefore(url, retries + 1, failure);
            LOG.info("GET {}: {}; retry {} of {} in {}", url, failure.what(), retries + 1, settings.maxRetries(),
                    Wording.duration(wait));
            sleep(url, wait);
        }
    }

    private Map<String, String> requestHeaders(URI url, Map<String, String> callerHeaders) {
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.put("User-Agent", settings.userAgent());
        h.put("Accept", "*/*");
        callerHeaders.forEach((name, value) -> {
            if (name.equalsIgnoreCase("Accept-Encoding"))
                throw new IllegalArgumentException("Accept-Encoding is set by the client (gzip, decoded for you); got "
                        + value + " for " + url);
            h.put(name, value);
        });
        h.put("Accept-Encoding", "gzip");
        if (validators != null && !h.containsKey("If-None-Match") && !h.containsKey("If-Modified-Since")) {
            validators.get(url).ifPresent(v -> {
                if (v.etag() != null) h.put("If-None-Match", v.etag());
                if (v.lastModified() != null) h.put("If-Modified-Since", v.lastModified());
            });
        }
        return h;
    }

    private Attempt.Outcome attemptWithPermit(URI url, Map<String, String> request) {
        String host = url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + url.getPort();
        Semaphore permit = hostPermits.computeIfAbsent(host, k -> new Semaphore(settings.maxConnectionsPerHost(), true));
        try {
            permit.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestException("GET " + url + ": interrupted while waiting for a connection to " + url.getHost(), e);
        }
        try {
            return attempt.run(url, request);
        } catch (Refused e) {
            throw new HarvestException("GET " + url + ": " + e.getMessage());
        } finally {
            permit.release();
        }
    }

    /** Stores the validators of a complete 200; forgets old ones when it has none. */
    private HttpResult remember(URI url, HttpResult result) {
        if (validators == null || result.status() != 200) return result;
        try {
            Validators.of(result).ifPresentOrElse(v -> validators.put(url, v), () -> validators.remove(url));
        } catch (RuntimeException e) {
            // the response is good; a validator that cannot be kept only costs a full GET next time
            LOG.warn("GET {}: could not keep its validators: {}", url, e.getMessage());
        }
        return result;
    }

    private Duration waitBefore(URI url, int retry, Attempt.Retry failure) {
        if (failure.retryAfter().isPresent()) {
            Duration asked = failure.retryAfter().get();
            if (asked.compareTo(settings.maxRetryAfter()) > 0)
                throw new HarvestException("GET " + url + ": " + failure.what() + " asking to retry after "
                        + Wording.duration(asked) + " (Retry-After), longer than the " + Wording.duration(settings.maxRetryAfter())
                        + " this client waits; not retried");
            return asked;
        }
        return backoff(retry);
    }

    /** Exponential backoff with "equal jitter": half the step is fixed, half random, so retries spread out. */
    Duration backoff(int retry) {
        long base = settings.backoffBase().toNanos();
        long cap = settings.backoffCap().toNanos();
        long step = retry - 1 >= 62 || base > (cap >> (retry - 1)) ? cap : Math.min(cap, base << (retry - 1));
        long half = step / 2;
        return Duration.ofNanos(half + ThreadLocalRandom.current().nextLong(step - half + 1));
    }

    private static void sleep(URI url, Duration wait) {
        try {
            Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestException("GET " + url + ": interrupted while waiting to retry", e);
        }
    }

    /** "GET u: 503 Service Unavailable 4 times; gave up after 3 retries". */
    private static String gaveUp(URI url, Map<String, Integer> failures, int retries) {
        StringJoiner what = new StringJoiner(", ");
        failures.forEach((failure, times) -> what.add(times == 1 ? failure : failure + " " + times + " times"));
        String end = retries == 0 ? "retries are off" : "gave up after " + retries + (retries == 1 ? " retry" : " retries");
        return "GET " + url + ": " + what + "; " + end;
    }

    /**
     * Settings of a {@link HarvestHttpClient}. Each setter refuses a bad value with a message naming it;
     * {@link #build()} checks them together and freezes them.
     */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private Duration requestTimeout = Duration.ofMinutes(30);
        private long maxResponseBytes = SourceLimits.defaults().maxResponseBytes();
        private int maxRetries = 3;
        private Duration backoffBase = Duration.ofSeconds(1);
        private Duration backoffCap = Duration.ofSeconds(60);
        private Duration maxRetryAfter = Duration.ofSeconds(120);
        private int maxRedirects = 5;
        private int maxConnectionsPerHost = 2;
        private String userAgent = defaultUserAgent();
        private ValidatorStore validators;

        private Builder() {}

        /** Longest wait to open a connection (TCP and TLS). Default 10 s. */
        public Builder connectTimeout(Duration d) {
            this.connectTimeout = positive(d, "connectTimeout");
            return this;
        }

        /** Longest wait for any one read: the response headers, or the next bytes of the body. Default 60 s. */
        public Builder readTimeout(Duration d) {
            this.readTimeout = positive(d, "readTimeout");
            return this;
        }

        /**
         * Longest time one attempt may take from connect to the end of its body, so a server that trickles bytes
         * cannot hold a harvest. Checked between reads, so it can be overrun by up to one read timeout. Default 30 min.
         */
        public Builder requestTimeout(Duration d) {
            this.requestTimeout = positive(d, "requestTimeout");
            return this;
        }

        /** Largest body accepted, as sent and after decompression. Default {@link SourceLimits#defaults()} (512 MiB). */
        public Builder maxResponseBytes(long bytes) {
            if (bytes < 1 || bytes > BodyReader.MAX_BODY_BYTES)
                throw new IllegalArgumentException("maxResponseBytes must be 1.." + BodyReader.MAX_BODY_BYTES
                        + " (a body is held in one byte array), got " + bytes);
            this.maxResponseBytes = bytes;
            return this;
        }

        /** Retries after the first attempt (0 turns retrying off). Default 3. */
        public Builder maxRetries(int n) {
            if (n < 0 || n > 20) throw new IllegalArgumentException("maxRetries must be 0..20, got " + n);
            this.maxRetries = n;
            return this;
        }

        /** The first backoff step; each retry doubles it up to {@link #backoffCap}. Default 1 s. */
        public Builder backoffBase(Duration d) {
            this.backoffBase = positive(d, "backoffBase");
            return this;
        }

        /** The longest backoff step. Default 60 s. */
        public Builder backoffCap(Duration d) {
            this.backoffCap = positive(d, "backoffCap");
            return this;
        }

        /** Longest {@code Retry-After} honoured; a server asking for longer fails the request at once. Default 120 s. */
        public Builder maxRetryAfter(Duration d) {
            Objects.requireNonNull(d, "maxRetryAfter");
            if (d.isNegative()) throw new IllegalArgumentException("maxRetryAfter must be >= 0, got " + d);
            this.maxRetryAfter = d;
            return this;
        }

        /** Redirects followed per attempt (http and https only). Default 5. */
        public Builder maxRedirects(int n) {
            if (n < 0 || n > 20) throw new IllegalArgumentException("maxRedirects must be 0..20, got " + n);
            this.maxRedirects = n;
            return this;
        }

        /** Requests in flight at once to one host (scheme, host and port); more wait their turn. Default 2. */
        public Builder maxConnectionsPerHost(int n) {
            if (n < 1 || n > 64) throw new IllegalArgumentException("maxConnectionsPerHost must be 1..64, got " + n);
            this.maxConnectionsPerHost = n;
            return this;
        }

        /** The User-Agent sent; give it a contact (URL or e-mail) so portal operators can reach you. */
        public Builder userAgent(String ua) {
            Objects.requireNonNull(ua, "userAgent");
            if (ua.isBlank() || ua.chars().anyMatch(c -> c < 0x20 || c == 0x7f))
                throw new IllegalArgumentException("userAgent must be non-blank, one line, got '" + ua + "'");
            this.userAgent = ua.strip();
            return this;
        }

        /** Where validators are kept for conditional GETs; none (the default) makes every GET unconditional. */
        public Builder validators(ValidatorStore store) {
            this.validators = Objects.requireNonNull(store, "validators");
            return this;
        }

        public HarvestHttpClient build() {
            if (backoffCap.compareTo(backoffBase) < 0)
                throw new IllegalStateException("backoffCap (" + backoffCap + ") must not be below backoffBase ("
                        + backoffBase + ")");
            if (requestTimeout.compareTo(readTimeout) < 0)
                throw new IllegalStateException("requestTimeout (" + requestTimeout + ") must not be below readTimeout ("
                        + readTimeout + "): a single read may take that long");
            return new HarvestHttpClient(new Settings(connectTimeout, readTimeout, requestTimeout, maxResponseBytes,
                    maxRetries, backoffBase, backoffCap, maxRetryAfter, maxRedirects, maxConnectionsPerHost, userAgent),
                    validators);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be > 0, got " + d);
            return d;
        }

        private static String defaultUserAgent() {
            String version = HarvestHttpClient.class.getPackage().getImplementationVersion();
            return "civic-catalog-harvester" + (version == null ? "" : "/" + version) + " (federated open-data catalog)";
        }
    }
}
