package org.civiccatalog.core.audit;

import java.util.Map;
import java.util.Optional;

/**
 * What the audit asks the link checker: the latest result for a URL, if it was checked. The MQA's link-health
 * indicators (accessURL and downloadURL status codes, 80 of the 405 points) are computed from these results, and
 * reported as "not checked yet" for URLs without one. The link checker fills this in; until it runs, the audit reads
 * whatever is stored ({@link org.civiccatalog.core.audit.dqv.StoredLinkResults}).
 */
@FunctionalInterface
public interface LinkResults {
    Optional<LinkStatus> status(String url);

    /** No URL checked yet. */
    static LinkResults none() {
        return url -> Optional.empty();
    }

    /** Fixed results (tests, or a checker that keeps its results in memory). */
    static LinkResults of(Map<String, LinkStatus> results) {
        Map<String, LinkStatus> copy = Map.copyOf(results);
        return url -> Optional.ofNullable(copy.get(url));
    }
}
