package org.civiccatalog.harvest.run;

import java.time.Instant;
import java.util.List;

/** One harvest run over one or more sources. */
public record HarvestReport(String runIri, Instant started, Instant ended, List<SourceReport> sources) {
    public HarvestReport {
        sources = List.copyOf(sources);
    }

    public boolean allComplete() {
        return sources.stream().allMatch(s -> s.outcome() == SourceReport.Outcome.COMPLETE);
    }
}
