package org.civiccatalog.harvest;

import java.net.URI;
import java.util.Map;

/** How adapters reach portals. The harvest client adds timeouts, retries, size limits and conditional requests. */
public interface Http {
    /**
     * GETs {@code url}. Responses of any status are returned (adapters decide what a 404 means); a network failure,
     * a timeout, or a body over the size limit, after the client's retries, throws {@link HarvestException}.
     */
    HttpResult get(URI url, Map<String, String> headers);

    default HttpResult get(URI url) {
        return get(url, Map.of());
    }
}
