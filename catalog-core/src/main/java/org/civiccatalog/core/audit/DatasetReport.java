package org.civiccatalog.core.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.civiccatalog.core.audit.checklist.Freshness;
import org.civiccatalog.core.audit.checklist.LaChecklist;
import org.civiccatalog.core.audit.mqa.MqaScore;

/**
 * Everything the audit found about one dataset.
 *
 * @param department   the publisher's name, or {@link #NO_PUBLISHER}
 * @param jurisdiction the source's level of government, or "unknown"
 */
public record DatasetReport(String datasetIri, Optional<String> title, Optional<String> sourceId, String department,
                            String jurisdiction, MqaScore mqa, LaChecklist.Result checklist, Freshness.Result freshness,
                            List<Finding> findings) {
    public static final String NO_PUBLISHER = "(no publisher)";

    public DatasetReport {
        Objects.requireNonNull(datasetIri, "datasetIri");
        findings = List.copyOf(findings);
    }

    /** The fixes that raise the MQA score, each with its points, largest first. */
    public List<Finding> fixes() {
        return findings.stream().filter(f -> f.fixPoints() > 0)
                .sorted(Comparator.comparingDouble(Finding::fixPoints).reversed().thenComparing(Finding::ruleId)).toList();
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    public double score() {
        return mqa.total();
    }

    public Band band() {
        return mqa.band();
    }
}
