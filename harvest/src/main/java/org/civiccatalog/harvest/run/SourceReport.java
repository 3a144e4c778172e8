package org.civiccatalog.harvest.run;

import java.time.Duration;
import java.util.List;

import org.civiccatalog.harvest.Finding;

/**
 * What one source's harvest did.
 *
 * @param outcome   COMPLETE, PARTIAL (the gather stopped part way: nothing withdrawn) or FAILED (nothing gathered)
 * @param created   records new to the store
 * @param changed   records whose content changed (written again)
 * @param unchanged records seen with the same content (no write)
 * @param returned  withdrawn records that reappeared (active again)
 * @param withdrawn records gone upstream, now withdrawn
 * @param failed    records refused (errors among the findings)
 * @param problem   why the gather stopped, or why nothing was withdrawn, in plain English; empty when all went well
 * @param pagesReplayed pages byte for byte as in the last run whose records the store held unchanged: not parsed
 */
public record SourceReport(String sourceId, Outcome outcome, int created, int changed, int unchanged, int returned,
                           int withdrawn, int failed, Duration took, String problem, List<Finding> findings,
                           int pagesReplayed) {
    public SourceReport {
        findings = List.copyOf(findings);
    }

    public SourceReport(String sourceId, Outcome outcome, int created, int changed, int unchanged, int returned,
                        int withdrawn, int failed, Duration took, String problem, List<Finding> findings) {
        this(sourceId, outcome, created, changed, unchanged, returned, withdrawn, failed, took, problem, findings, 0);
    }

    public enum Outcome { COMPLETE, PARTIAL, FAILED }

    public int seen() {
        return created + changed + unchanged + returned;
    }

    public int writes() {
        return created + changed + returned + withdrawn;
    }

    public double recordsPerSecond() {
        double s = took.toNanos() / 1e9;
        return s <= 0 ? seen() : seen() / s;
    }
}
