package org.civiccatalog.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * The latest link-check result for one URL.
 *
 * @param httpStatus final status code after redirects; 0 when no response came (timeout, refused, DNS)
 * @param checkedAt  when it was checked
 */
public record LinkStatus(int httpStatus, Instant checkedAt) {
    public LinkStatus {
        Objects.requireNonNull(checkedAt, "checkedAt");
        if (httpStatus < 0 || httpStatus > 999) throw new IllegalArgumentException("not an HTTP status: " + httpStatus);
    }

    /** The MQA's test: the URL answered 2xx or 3xx. */
    public boolean answers() {
        return httpStatus >= 200 && httpStatus < 400;
    }
}
