package org.civiccatalog.core.identity;

import java.time.Duration;
import java.util.Map;

/**
 * What one detection pass found.
 *
 * @param scanned  active records read (0 when skipped)
 * @param copies   datasets that are copies of another portal's dataset (when skipped: as held)
 * @param origins  datasets that have at least one copy
 * @param byKind   copies per kind of evidence
 * @param outcome  whether the identity graph changed
 * @param took     how long the pass took
 */
public record IdentityReport(int scanned, int copies, int origins, Map<MatchKind, Integer> byKind, Outcome outcome,
                             Duration took) {
    public enum Outcome {
        /** The store had not changed since the last pass: nothing was read. */
        SKIPPED,
        /** Links computed, equal to those held. */
        UNCHANGED,
        /** Links computed and written. */
        CHANGED
    }

    @Override
    public String toString() {
        return copies + " copies of " + origins + " datasets on other portals among " + scanned + " active records ("
                + outcome.name().toLowerCase(java.util.Locale.ROOT) + ", " + took.toMillis() + " ms)";
    }
}
