package org.civiccatalog.harvest.http;

import java.util.Optional;

import org.civiccatalog.harvest.HttpResult;

/**
 * The cache validators a server gave for a URL: its {@code ETag} and {@code Last-Modified}, sent back as
 * {@code If-None-Match} and {@code If-Modified-Since}. Either may be absent (null), not both.
 */
public record Validators(String etag, String lastModified) {
    public Validators {
        etag = blankToNull(etag);
        lastModified = blankToNull(lastModified);
        if (etag == null && lastModified == null)
            throw new IllegalArgumentException("Validators need an ETag or a Last-Modified value, got neither");
        requireHeaderSafe("ETag", etag);
        requireHeaderSafe("Last-Modified", lastModified);
    }

    /** The validators of a response, if it has any. */
    public static Optional<Validators> of(HttpResult response) {
        String etag = response.header("ETag").orElse(null);
        String lastModified = response.header("Last-Modified").orElse(null);
        if (blankToNull(etag) == null && blankToNull(lastModified) == null) return Optional.empty();
        return Optional.of(new Validators(etag, lastModified));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // Values go back out as request headers: a control character would split or corrupt the request.
    private static void requireHeaderSafe(String name, String value) {
        if (value == null) return;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f)
                throw new IllegalArgumentException(name + " value has a control character: " + value.replace("\n", "\\n").replace("\r", "\\r"));
        }
    }
}
