package org.civiccatalog.harvest;

import java.net.URI;
import java.util.Map;

/** How adapters reach portals. The harvest client adds timeouts, retries, size limits and conditional requests. */
public interface Http {
    /**
     * GETs {@code url}. Responses of any status are returned (adapters decide what a 404 means), except the
     * "try again later" ones (429, 500, 502, 503, 504), which the client retries; if they persist, they throw
     * {@link HarvestException} like a network failure, a timeout, or a body over the size limit does.
     */
    HttpResult get(URI url, Map<String, String> headers);

    default HttpResult get(URI url) {
        return get(url, Map.of());
    }
}
