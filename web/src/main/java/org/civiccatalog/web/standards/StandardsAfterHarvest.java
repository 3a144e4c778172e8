package org.civiccatalog.web.standards;

import java.util.List;

import org.civiccatalog.core.standards.ColumnInfo;
import org.civiccatalog.core.standards.Conformance;
import org.civiccatalog.core.standards.CsvRows;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.harvest.standards.CsvCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What follows a harvest for the standards views: the source datasets' conformance checked against their CSV's header
 * and a sample of its rows (recorded as DQV in the store: a suggested standard for a dataset that declares none), and
 * the derived datasets rewritten with their sources' new modified dates, and the crosswalks linked from the source
 * distributions ({@link CrosswalkCatalog}). A failure is logged: the harvest stands. Runs after {@code serve}'s
 * harvests and after {@code ./catalog harvest}.
 */
public final class StandardsAfterHarvest {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.standards");

    private StandardsAfterHarvest() {}

    /** What one run did: datasets checked, datasets whose check failed (not harvested ones are not counted). */
    public record Summary(int checked, int failed) {
        public String line() {
            return "standards: " + checked + " source datasets checked for conformance" + (failed == 0 ? "" : ", " + failed + " not checked (see the log)");
        }
    }

    public static Summary run(CatalogStore store, StandardsViews views) {
        int checked = 0, failed = 0;
        Conformance conformance = Conformance.defaults(store);
        for (StandardsView v : views.all()) {
            for (StandardsView.Input in : v.inputs().values()) {
                if (store.recordGraphOfDataset(in.datasetIri()).isEmpty()) continue;
                try {
                    CsvCache.Cached csv = in.current();
                    List<String> header;
                    try (CsvRows rows = CsvRows.open(csv.file())) {
                        header = rows.header();
                    }
                    var result = conformance.check(store, in.datasetIri(), ColumnInfo.fromHeader(header), () -> CsvRows.open(csv.file()));
                    LOG.info("Conformance of {}: {} results, {} suggestions", in.datasetIri(), result.results().size(),
                            result.suggestions().size());
                    checked++;
                } catch (RuntimeException e) {
                    failed++;
                    LOG.warn("Conformance of {} not checked: {}", in.datasetIri(), e.getMessage());
                }
            }
        }
        try {
            DerivedDatasets.publish(store, views);
        } catch (RuntimeException e) {
            LOG.warn("Derived standards datasets not written: {}", e.getMessage());
        }
        try {
            new CrosswalkCatalog(store.iris()).publish(store, views);
        } catch (RuntimeException e) {
            LOG.warn("Crosswalk links not written: {}", e.getMessage());
        }
        return new Summary(checked, failed);
    }
}
