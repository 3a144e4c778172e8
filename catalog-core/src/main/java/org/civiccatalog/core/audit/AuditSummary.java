package org.civiccatalog.core.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an audit run did: its run and quality-graph IRIs, the datasets audited (and any that could not be), the
 * aggregates (region first, then jurisdictions, sources and departments, each sorted by key), and where time went.
 *
 * @param reused datasets whose results an incremental run took from an earlier run (nothing they depend on changed)
 */
public record AuditSummary(String runId, String runIri, String graphIri, Instant started, Instant ended, long datasets,
                           long failed, List<Aggregate> aggregates, DatasetAuditor.Timings timings, long storeNanos,
                           long triplesWritten, long reused) {
    public AuditSummary {
        aggregates = List.copyOf(aggregates);
    }

    public Duration elapsed() {
        return Duration.between(started, ended);
    }

    public Aggregate region() {
        return aggregates.stream().filter(a -> a.kind() == Aggregate.Kind.REGION).findFirst().orElseThrow();
    }

    public List<Aggregate> of(Aggregate.Kind kind) {
        return aggregates.stream().filter(a -> a.kind() == kind).toList();
    }

    public Optional<Aggregate> find(Aggregate.Kind kind, String key) {
        return aggregates.stream().filter(a -> a.kind() == kind && a.key().equals(key)).findFirst();
    }
}
