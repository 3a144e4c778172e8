package org.civiccatalog.web.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.civiccatalog.core.audit.Band;

/** The values the dashboard shows, as the audit stored them. */
public final class AuditViews {
    private AuditViews() {}

    /** What an aggregate is about. */
    public enum Kind { REGION, JURISDICTION, SOURCE, DEPARTMENT }

    /** Datasets per MQA rating band. */
    public record Bands(long excellent, long good, long sufficient, long bad) {
        public long of(Band b) {
            return switch (b) {
                case EXCELLENT -> excellent;
                case GOOD -> good;
                case SUFFICIENT -> sufficient;
                case BAD -> bad;
            };
        }

        public long total() {
            return excellent + good + sufficient + bad;
        }

        /** The share of datasets in band {@code b}, 0-1 (0 when there are none). */
        public double share(Band b) {
            return total() == 0 ? 0 : (double) of(b) / total();
        }
    }

    /**
     * One aggregate of a run.
     *
     * @param key the department's name, the source id, the jurisdiction, or "region"
     * @param id  the last segment of the IRI it is stored on: a department's id in {@code /audit/departments/{id}/...}
     */
    public record Group(Kind kind, String key, String id, long datasets, double meanScore, Bands bands, long overdue,
                        long errors, long warnings) {
        public Band band() {
            return Band.of(meanScore);
        }
    }

    /** One run in the trend: the region's figures. */
    public record RunTrend(String runIri, Instant ended, long datasets, double meanScore, Bands bands) {}

    /** One stored finding, as the exports write it (docs/audit.md, "Dashboard"). */
    public record FindingRow(String dataset, String title, String department, String source, String rule, String severity,
                             String property, String message, String fix, double points) {}

    /** One dataset of a run and its findings (the fixes worth most first). */
    public record DatasetAudit(String iri, Optional<String> title, String department, String source, double score, Band band,
                               double pendingPoints, Optional<Long> daysOverdue, List<FindingRow> findings) {
        public DatasetAudit {
            findings = List.copyOf(findings);
        }

        DatasetAudit withFindings(List<FindingRow> f) {
            return new DatasetAudit(iri, title, department, source, score, band, pendingPoints, daysOverdue, f);
        }
    }

    /** A dataset overdue against its declared frequency. */
    public record Overdue(String dataset, Optional<String> title, String department, String source, long days,
                          Optional<String> frequency, Optional<String> modified) {}

    /** A dataset that names a URL, and as what (a CURIE). */
    public record LinkUse(String dataset, Optional<String> title, String property) {}

    /** A URL whose latest check did not answer 2xx or 3xx, and the datasets naming it. */
    public record BrokenLink(String url, int status, Instant checkedAt, List<LinkUse> usedBy) {
        public BrokenLink {
            usedBy = List.copyOf(usedBy);
        }
    }
}
