package org.civiccatalog.harvest.standards;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.commons.codec.digest.DigestUtils;
import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.http.HarvestHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CSV distributions of mapped datasets, downloaded to {@code DATA/standards/} and kept there: fetched again only
 * when the dataset's {@code dct:modified} is not the one the copy was fetched for, or the copy is older than
 * {@code maxAge}. The body is streamed to a temporary file and moved into place when complete, so a reader never sees
 * half a file and a 1 GB export never sits in memory.
 *
 * <p>It uses the harvest client's settings (timeouts, retries with backoff, user agent) but its own size limit: the
 * harvest client reads each body into memory, which metadata can afford and a data export cannot.
 */
public final class CsvCache {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.harvest");
    private static final Set<Integer> RETRIED = Set.of(429, 500, 502, 503, 504);

    /** A complete local copy: {@code version} changes whenever the file does (a fresh download). */
    public record Cached(URI url, Path file, String modified, Instant fetched, long bytes) {
        public String version() {
            return fetched.toEpochMilli() + "-" + bytes;
        }
    }

    private final Path dir;
    private final HarvestHttpClient.Settings http;
    private final long maxBytes;
    private final Duration maxAge;
    private final Clock clock;
    private final HttpClient client;

    /**
     * @param maxBytes largest download accepted
     * @param maxAge   a copy older than this is fetched again even if the dataset's modified date did not change
     */
    public CsvCache(Path dir, HarvestHttpClient.Settings http, long maxBytes, Duration maxAge, Clock clock) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.http = Objects.requireNonNull(http, "http");
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be > 0, got " + maxBytes);
        if (maxAge.isNegative() || maxAge.isZero()) throw new IllegalArgumentException("maxAge must be > 0, got " + maxAge);
        this.maxBytes = maxBytes;
        this.maxAge = maxAge;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(http.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The copy of {@code url} for a dataset last modified {@code modified} (any stable text), fetched if needed. */
    public synchronized Cached get(URI url, String modified) {
        Optional<Cached> have = cached(url);
        if (have.isPresent() && have.get().modified().equals(modified)
                && have.get().fetched().plus(maxAge).isAfter(clock.instant())) return have.get();
        return fetch(url, modified);
    }

    /** The copy on disk, if there is one, whatever its age. */
    public Optional<Cached> cached(URI url) {
        Path meta = meta(url);
        if (!Files.isRegularFile(meta) || !Files.isRegularFile(file(url))) return Optional.empty();
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            p.load(in);
            return Optional.of(new Cached(url, file(url), p.getProperty("modified", ""),
                    Instant.parse(p.getProperty("fetched")), Long.parseLong(p.getProperty("bytes"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();   // unreadable: fetched again
        }
    }

    private Cached fetch(URI url, String modified) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https"))
            throw new HarvestException("GET " + url + ": only http and https URLs can be fetched");
        for (int attempt = 0; ; attempt++) {
            try {
                return download(url, modified);
            } catch (Retry e) {
                if (attempt >= http.maxRetries()) throw new HarvestException("GET " + url + ": " + e.getMessage()
                        + "; gave up after " + attempt + " retries");
                Duration wait = backoff(attempt + 1);
                LOG.info("GET {}: {}; retry {} of {} in {} ms", url, e.getMessage(), attempt + 1, http.maxRetries(), wait.toMillis());
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new HarvestException("GET " + url + ": interrupted", ie);
                }
            }
        }
    }

    private Cached download(URI url, String modified) throws Retry {
        HttpRequest req = HttpRequest.newBuilder(url).timeout(http.requestTimeout()).header("User-Agent", http.userAgent())
                .header("Accept", "text/csv, */*").header("Accept-Encoding", "gzip").GET().build();
        HttpResponse<InputStream> res;
        try {
            res = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new Retry(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestException("GET " + url + ": interrupted", e);
        }
        try (InputStream body = res.body()) {
            if (RETRIED.contains(res.statusCode())) throw new Retry("HTTP " + res.statusCode());
            if (res.statusCode() != 200) throw new HarvestException("GET " + url + ": HTTP " + res.statusCode());
            boolean gzip = res.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip")).orElse(false);
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "download-", ".part");
            long bytes;
            try {
                try (InputStream in = gzip ? new GZIPInputStream(body, 1 << 16) : body; OutputStream out = Files.newOutputStream(tmp)) {
                    bytes = copy(in, out, url);
                }
                Files.move(tmp, file(url), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            Cached c = new Cached(url, file(url), modified, clock.instant(), bytes);
            writeMeta(c);
            LOG.info("GET {}: {} bytes cached for modified {}", url, bytes, modified);
            return c;
        } catch (IOException e) {
            throw new Retry(e.toString());
        }
    }

    private long copy(InputStream in, OutputStream out, URI url) throws IOException {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buf)) != -1; ) {
            total += n;
            if (total > maxBytes) throw new HarvestException("GET " + url + ": more than the " + maxBytes + " bytes allowed");
            out.write(buf, 0, n);
        }
        return total;
    }

    private void writeMeta(Cached c) throws IOException {
        Properties p = new Properties();
        p.setProperty("url", c.url().toString());
        p.setProperty("modified", c.modified());
        p.setProperty("fetched", c.fetched().toString());
        p.setProperty("bytes", Long.toString(c.bytes()));
        Path tmp = Files.createTempFile(dir, "meta-", ".part");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, null);
        }
        Files.move(tmp, meta(c.url()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Duration backoff(int retry) {
        long ms = Math.min(http.backoffCap().toMillis(), http.backoffBase().toMillis() << Math.min(20, retry - 1));
        return Duration.ofMillis(ms);
    }

    private String key(URI url) {
        return DigestUtils.sha256Hex(url.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    Path file(URI url) {
        return dir.resolve(key(url) + ".csv");
    }

    private Path meta(URI url) {
        return dir.resolve(key(url) + ".properties");
    }

    /** A failure worth another try: the network, a cut body, 429 or a 5xx. */
    private static final class Retry extends Exception {
        Retry(String message) {
            super(message);
        }
    }

}
