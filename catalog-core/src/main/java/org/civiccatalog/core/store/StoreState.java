package org.civiccatalog.core.store;

import java.time.Instant;

/**
 * The store's state as feeds see it: a counter bumped by every committed change and the time of that change.
 * Feeds derive {@code ETag} and {@code Last-Modified} from it.
 */
public record StoreState(long version, Instant modified) {
    /** A strong entity tag for a representation of the catalog in this state. */
    public String etag(String variant) {
        return "\"v" + version + "-" + variant + "\"";
    }
}
