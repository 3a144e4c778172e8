package org.civiccatalog.core.imports;

import java.time.Duration;
import java.util.List;

/** What one import wrote: counts per source, and the time it took. */
public record ImportReport(String sourceId, int files, int datasets, long triples, Duration took, List<String> notes) {
    public ImportReport {
        notes = List.copyOf(notes);
    }

    public double datasetsPerSecond() {
        double s = took.toNanos() / 1e9;
        return s <= 0 ? datasets : datasets / s;
    }
}
