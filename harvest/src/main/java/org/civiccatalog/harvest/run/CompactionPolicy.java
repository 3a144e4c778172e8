package org.civiccatalog.harvest.run;

import java.util.Optional;

import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.Compaction;

/**
 * When a harvest is worth compacting the store after. A run commits its records in batches, and TDB2, being
 * copy-on-write, keeps the pages each batch replaced: the first harvest of the 300,000-dataset demo region left
 * 25 GB on disk for about 3 GB of data. Compacting rewrites the live data once; it is worth it after a run that wrote
 * at least {@value #MIN_WRITES} records and at least {@value #MIN_SHARE_PERCENT} % of the catalog, not after the
 * hourly run that changed ten.
 */
public final class CompactionPolicy {
    static final int MIN_WRITES = 1_000;
    static final int MIN_SHARE_PERCENT = 5;

    private CompactionPolicy() {}

    public static boolean worthCompacting(HarvestReport report, long datasetsInStore) {
        long writes = report.sources().stream().mapToLong(SourceReport::writes).sum();
        return writes >= MIN_WRITES && writes * 100 >= datasetsInStore * MIN_SHARE_PERCENT;
    }

    /** Compacts the store if the run was worth it. */
    public static Optional<Compaction> afterRun(CatalogStore store, HarvestReport report) {
        return worthCompacting(report, store.countDatasets()) ? Optional.of(store.compact()) : Optional.empty();
    }
}
