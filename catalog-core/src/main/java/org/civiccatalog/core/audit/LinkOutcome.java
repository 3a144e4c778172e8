package org.civiccatalog.core.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * What one link check concluded. Stored as the literal {@link #label()} ({@code civic:outcome "broken"}). Only
 * {@link #OK}, {@link #BROKEN} and {@link #TIMEOUT} say whether a link works ({@link #decides()}): a pending or refused
 * check is kept in the history but leaves the link's status as the last deciding check left it.
 */
public enum LinkOutcome {
    /** The URL answered 2xx (other than 202) or 3xx. */
    OK,
    /** The URL answered 4xx or 5xx, could not be reached, or redirected in a loop or too often. */
    BROKEN,
    /** Not settled yet: 202 "Processing" (ArcGIS builds the file), or 429 asking for a longer wait than we give. */
    PENDING,
    /** Not checked on purpose: robots.txt disallows it, it resolves to a private address, or it is not http(s). */
    REFUSED,
    /** No response within the connect or read timeout. */
    TIMEOUT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this outcome says if the link works (the audit counts only these). */
    public boolean decides() {
        return this == OK || this == BROKEN || this == TIMEOUT;
    }

    public static Optional<LinkOutcome> ofLabel(String label) {
        for (LinkOutcome o : values()) if (o.label().equals(label)) return Optional.of(o);
        return Optional.empty();
    }
}
