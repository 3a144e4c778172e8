package org.civiccatalog.harvest.demo;

import java.util.Objects;

/**
 * Ground truth: {@code copy} is a re-publication of {@code origin} on another portal, and {@code shared} is what gives
 * it away: the shared landing page or first download URL, the origin's title (for {@link Evidence#SIMILAR_TEXT}), or
 * the origin's dataset page the CKAN adapter puts in {@code dct:source} (for {@link Evidence#CKAN_RESOURCE_LINK}).
 */
public record Copy(RecordRef copy, RecordRef origin, Evidence evidence, String shared) {
    public Copy {
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(shared, "shared");
    }
}
