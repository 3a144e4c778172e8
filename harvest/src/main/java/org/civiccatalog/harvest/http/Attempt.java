package org.civiccatalog.harvest.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;

import javax.net.ssl.SSLHandshakeException;

import org.civiccatalog.harvest.HttpResult;

/**
 * One try at a GET, following redirects itself (so it can count them and refuse other schemes). It ends in a
 * {@link Response} (any status the caller should see), a {@link Retry} (a failure worth trying again, in plain
 * words) or {@link Refused} (a failure that would only repeat).
 *
 * <p>Built on {@link HttpURLConnection} rather than {@code java.net.http.HttpClient} because its read timeout
 * bounds every read of the body too; the newer client's timeout stops at the response headers, and a body that
 * stalls there would block a harvest forever.
 */
final class Attempt {
    /** Statuses that say "try again later". Other 4xx are answers, returned to the caller. */
    static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    sealed interface Outcome permits Response, Retry {}

    record Response(HttpResult result) implements Outcome {}

    /** @param retryAfter the wait a 429 or 503 asked for, if it said */
    record Retry(String what, Optional<Duration> retryAfter) implements Outcome {
        Retry(String what) {
            this(what, Optional.empty());
        }
    }

    private final HarvestHttpClient.Settings settings;

    Attempt(HarvestHttpClient.Settings settings) {
        this.settings = settings;
    }

    Outcome run(URI url, Map<String, String> headers) throws Refused {
        long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        URI current = url;
        for (int redirects = 0; ; ) {
            HttpURLConnection c;
            try {
                c = open(current, headers);
                c.connect();
            } catch (SSLHandshakeException e) {
                throw new Refused("the TLS handshake with " + current.getHost() + " failed (" + e.getMessage() + ")");
            } catch (IOException e) {
                return new Retry(connectFailure(current, e));
            }
            boolean complete = false;
            try {
                int status;
                try {
                    status = c.getResponseCode();
                } catch (IOException e) {
                    return new Retry(responseFailure(e));
                }
                if (status < 100) return new Retry("the reply was not valid HTTP");
                String location = c.getHeaderField("Location");
                if (REDIRECTS.contains(status) && location != null) {
                    URI next = redirectTarget(current, location);
                    if (++redirects > settings.maxRedirects())
                        throw new Refused("more than " + settings.maxRedirects() + " redirects (the last to " + next + ")");
                    current = next;
                    continue;
                }
                if (RETRYABLE.contains(status)) {
                    Optional<Duration> wait = status == 429 || status == 503
                            ? RetryAfter.parse(c.getHeaderField("Retry-After"), Instant.now()) : Optional.empty();
                    return new Retry(Wording.status(status), wait);
                }
                HttpResult result = read(current, c, status, deadline);
                complete = true;
                return new Response(result);
            } catch (IOException e) {
                return new Retry(bodyFailure(e));
            } finally {
                // a complete body has been read and closed: its connection stays open for the next request
                if (!complete) c.disconnect();
            }
        }
    }

    private HttpURLConnection open(URI url, Map<String, String> headers) throws IOException {
        HttpURLConnection c = (HttpURLConnection) url.toURL().openConnection();
        c.setConnectTimeout(millis(settings.connectTimeout()));
        c.setReadTimeout(millis(settings.readTimeout()));
        c.setInstanceFollowRedirects(false);
        c.setUseCaches(false);
        c.setRequestMethod("GET");
        headers.forEach(c::setRequestProperty);
        return c;
    }

    private HttpResult read(URI url, HttpURLConnection c, int status, long deadline) throws IOException, Refused {
        boolean gzip = gzip(c.getContentEncoding());
        InputStream wire = status >= 400 ? c.getErrorStream() : c.getInputStream();
        byte[] body = BodyReader.read(wire, c.getContentLengthLong(), gzip, settings.maxResponseBytes(), deadline,
                settings.requestTimeout());
        if (wire != null) wire.close();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        c.getHeaderFields().forEach((name, values) -> {
            if (name == null) return; // the status line
            // the body is handed over decoded: its encoding and wire length no longer describe it
            if (gzip && (name.equalsIgnoreCase("Content-Encoding") || name.equalsIgnoreCase("Content-Length"))) return;
            headers.put(name, values);
        });
        return new HttpResult(url, status, headers, body);
    }

    private static boolean gzip(String contentEncoding) throws Refused {
        if (contentEncoding == null) return false;
        String e = contentEncoding.strip().toLowerCase(Locale.ROOT);
        if (e.isEmpty() || e.equals("identity")) return false;
        if (e.equals("gzip") || e.equals("x-gzip")) return true;
        throw new Refused("the body is encoded as '" + contentEncoding + "', which this client does not decode"
                + " (it asks for gzip only)");
    }

    static URI redirectTarget(URI current, String location) throws Refused {
        URI next;
        try {
            URI base = current.getRawPath() == null || current.getRawPath().isEmpty() ? current.resolve("/") : current;
            next = base.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new Refused("redirected to an unusable Location '" + location + "' (" + e.getMessage() + ")");
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https"))
            throw new Refused("redirect to " + next + " refused: only http and https redirects are followed");
        if (next.getHost() == null) throw new Refused("redirect to " + next + " refused: it names no host");
        return next;
    }

    private String connectFailure(URI url, IOException e) {
        String where = url.getHost() + (url.getPort() >= 0 ? ":" + url.getPort() : "");
        if (e instanceof SocketTimeoutException)
            return "could not connect to " + where + " within the " + Wording.duration(settings.connectTimeout()) + " connect timeout";
        if (e instanceof UnknownHostException) return "unknown host " + url.getHost();
        if (e instanceof ConnectException) return "could not connect to " + where + " (" + e.getMessage() + ")";
        return "could not connect to " + where + " (" + e + ")";
    }

    private String responseFailure(IOException e) {
        if (e instanceof SocketTimeoutException)
            return "no response within the " + Wording.duration(settings.readTimeout()) + " read timeout";
        return "the connection failed before a response (" + e + ")";
    }

    private String bodyFailure(IOException e) {
        if (e instanceof BodyReader.Truncated || e instanceof BodyReader.TookTooLong) return e.getMessage();
        if (e instanceof SocketTimeoutException)
            return "the body stalled: no data for the " + Wording.duration(settings.readTimeout()) + " read timeout";
        if (e instanceof ZipException) return "the gzip body is corrupt (" + e.getMessage() + ")";
        return "the connection broke while reading the body (" + e + ")";
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
    }
}
