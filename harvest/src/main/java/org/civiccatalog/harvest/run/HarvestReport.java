package org.civiccatalog.harvest.run;

import java.time.Instant;
import java.util.List;

/**
 * One harvest run over one or more sources.
 *
 * @param identity the cross-portal identity pass that followed the run; empty if it failed (the log says why)
 */
public record HarvestReport(String runIri, Instant started, Instant ended, List<SourceReport> sources,
                            java.util.Optional<org.civiccatalog.core.identity.IdentityReport> identity) {
    public HarvestReport {
        sources = List.copyOf(sources);
        java.util.Objects.requireNonNull(identity, "identity");
    }

    public boolean allComplete() {
        return sources.stream().allMatch(s -> s.outcome() == SourceReport.Outcome.COMPLETE);
    }
}
