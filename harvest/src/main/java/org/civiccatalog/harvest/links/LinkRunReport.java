package org.civiccatalog.harvest.links;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.civiccatalog.core.audit.LinkCheck;
import org.civiccatalog.core.audit.LinkOutcome;

/**
 * What one run of the link checker did.
 *
 * @param started    when it started
 * @param elapsed    how long it took, writes included
 * @param urls       distinct URLs the listed, active datasets give
 * @param due        of those, due for a check (never checked, or last checked longer ago than the settings say)
 * @param checked    checked and stored in this run (at most the run's limit)
 * @param outcomes   checks per outcome
 * @param mismatches checks whose served content type contradicts the declared one
 * @param problems   the checks that found something (broken, timeout, mismatch), at most {@link #MAX_PROBLEMS}
 */
public record LinkRunReport(Instant started, Duration elapsed, int urls, int due, int checked,
                            Map<LinkOutcome, Integer> outcomes, int mismatches, List<LinkCheck> problems) {
    public static final int MAX_PROBLEMS = 1000;

    public LinkRunReport {
        outcomes = Map.copyOf(outcomes);
        problems = List.copyOf(problems);
    }

    public int count(LinkOutcome o) {
        return outcomes.getOrDefault(o, 0);
    }

    /** URLs checked per second of the run. */
    public double rate() {
        return checked / Math.max(0.001, elapsed.toNanos() / 1e9);
    }
}
