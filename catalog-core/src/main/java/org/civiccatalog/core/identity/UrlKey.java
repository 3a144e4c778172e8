package org.civiccatalog.core.identity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A URL reduced to what names the same page or file on every portal that links to it: the scheme is dropped (portals
 * mix http and https), the host is lower-cased without {@code www.}, default ports, fragments and a trailing slash
 * go. A URL with no path is a portal's home page, which many datasets share: it names no dataset, so it has no key.
 */
final class UrlKey {
    private UrlKey() {}

    static Optional<String> of(String url) {
        if (url == null) return Optional.empty();
        URI u;
        try {
            u = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return Optional.empty();
        String host = u.getHost();
        if (host == null || host.isEmpty()) return Optional.empty();
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) host = host.substring(4);
        int port = u.getPort();
        String portPart = port == -1 || port == 80 || port == 443 ? "" : ":" + port;
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        if (path.isEmpty() && u.getRawQuery() == null) return Optional.empty();
        return Optional.of(host + portPart + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()));
    }

    /** The host part of a key. */
    static String host(String key) {
        int slash = key.indexOf('/');
        int q = key.indexOf('?');
        int end = slash < 0 ? (q < 0 ? key.length() : q) : (q < 0 ? slash : Math.min(slash, q));
        return key.substring(0, end);
    }
}
