package org.civiccatalog.harvest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A complete HTTP response: its final URL (after redirects), status, headers and body. */
public record HttpResult(URI url, int status, Map<String, List<String>> headers, byte[] body) {
    public HttpResult {
        headers = Map.copyOf(headers);
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public boolean notModified() {
        return status == 304;
    }

    /** A header's first value, by case-insensitive name. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }

    /**
     * A digest of what an adapter reads from this response (its final URL, status, content type and body): equal
     * digests parse to the same records.
     */
    public String digest() {
        return digest(org.apache.commons.codec.digest.DigestUtils.sha256(body));
    }

    /** As {@link #digest()}, with the SHA-256 of the body already taken (by a caller that needs it too). */
    public String digest(byte[] bodySha256) {
        java.security.MessageDigest md = org.apache.commons.codec.digest.DigestUtils.getSha256Digest();
        md.update((url + "\n" + status + "\n" + header("Content-Type").orElse("") + "\n").getBytes(StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(md.digest(bodySha256));
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
