package org.civiccatalog.web.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.civiccatalog.core.store.StoreState;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;

/**
 * Conditional requests and caching headers for everything derived from the store: {@code ETag} from
 * {@link StoreState#etag(String)} with a variant naming the representation, {@code Last-Modified} from the
 * state's time, {@code Vary: Accept, Accept-Encoding}, and {@code 304 Not Modified} on a matching
 * {@code If-None-Match} (or, without it, a not-older {@code If-Modified-Since}).
 *
 * <p>A gzipped body is a different representation, so its variant ends in {@code +gzip}; and to keep that tag
 * true, compression is then forced for the response (Javalin otherwise skips bodies under 1500 bytes).
 */
public final class HttpCache {
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final boolean gzip;
    private final Duration maxAge;

    public HttpCache(boolean gzip, Duration maxAge) {
        this.gzip = gzip;
        this.maxAge = maxAge;
    }

    /**
     * Sets the validators and caching headers, and answers 304 when the client's copy is current.
     *
     * @param variant names the representation: resource, format, page; characters outside
     *                {@code [A-Za-z0-9._:+-]} are replaced
     * @return true when the handler must not write a body: a 304 was sent, or the request is a HEAD (whose
     *         headers, Content-Type included, are then complete: set Content-Type before calling)
     */
    public boolean headersOnly(Context ctx, StoreState state, String variant) {
        String v = variant.replaceAll("[^A-Za-z0-9._:+-]", "_");
        if (gzip && gzipAccepted(ctx.header("Accept-Encoding"))) {
            v += "+gzip";
            ctx.minSizeForCompression(0);
        }
        String etag = state.etag(v);
        Instant modified = state.modified().truncatedTo(ChronoUnit.SECONDS);
        ctx.header("ETag", etag);
        ctx.header("Last-Modified", HTTP_DATE.format(modified));
        ctx.header("Vary", "Accept, Accept-Encoding");
        ctx.header("Cache-Control", maxAge.isZero() ? "public, no-cache" : "public, max-age=" + maxAge.toSeconds());
        if (!isCurrent(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), etag, modified))
            return ctx.method() == HandlerType.HEAD;
        ctx.status(HttpStatus.NOT_MODIFIED);
        return true;
    }

    /** Javalin's own rule: one of the comma-separated codings is exactly {@code gzip}. */
    static boolean gzipAccepted(String acceptEncoding) {
        if (acceptEncoding == null) return false;
        for (String coding : acceptEncoding.split(","))
            if (coding.trim().equalsIgnoreCase("gzip")) return true;
        return false;
    }

    /** RFC 9110 section 13.2.2: If-None-Match (weak comparison) takes precedence over If-Modified-Since. */
    static boolean isCurrent(String ifNoneMatch, String ifModifiedSince, String etag, Instant modified) {
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.trim();
                if (t.equals("*") || opaque(t).equals(opaque(etag))) return true;
            }
            return false;
        }
        if (ifModifiedSince == null) return false;
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !modified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
