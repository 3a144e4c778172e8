package org.civiccatalog.core.standards;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of checking one dataset against one standard.
 *
 * @param file          the standard's file the dataset was checked as (the best match for multi-file standards)
 * @param declared      whether the publisher declared the standard in {@code dct:conformsTo}
 * @param rowsChecked   rows of the sample read
 * @param findings      the findings kept (at most {@link ConformanceChecker#MAX_FINDINGS}), header first, then by row
 * @param findingCount  all findings, kept or not
 */
public record ConformanceResult(String datasetIri, Standard standard, String file, boolean declared,
                                ConformanceLevel level, long rowsChecked, List<ConformanceFinding> findings,
                                long findingCount, Instant checkedAt) {
    public ConformanceResult {
        findings = List.copyOf(findings);
    }

    public long errorCount() {
        return findings.stream().filter(ConformanceFinding::isError).count();
    }

    public long warningCount() {
        return findings.size() - errorCount();
    }
}
