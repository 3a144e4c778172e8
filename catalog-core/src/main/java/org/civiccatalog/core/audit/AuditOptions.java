package org.civiccatalog.core.audit;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * How an audit runs.
 *
 * @param links       link-check results for the MQA's link-health indicators; empty: read what the store holds
 * @param clock       "now", for freshness and the run's times
 * @param compliance  which validation decides the MQA's 30-point compliance indicator
 */
public record AuditOptions(Optional<LinkResults> links, Clock clock, Compliance compliance) {
    /**
     * The profile the MQA's "DCAT-AP compliance" indicator checks. For DCAT-US sources standards.md §7.2 says to use
     * the POD schema and DCAT-US 3, which is the default; {@code DCAT_AP} uses the DCAT-AP 3 shapes as data.europa.eu does.
     */
    public enum Compliance { DCAT_US, DCAT_AP }

    public AuditOptions {
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(compliance, "compliance");
    }

    public static AuditOptions defaults() {
        return new AuditOptions(Optional.empty(), Clock.systemUTC(), Compliance.DCAT_US);
    }

    public AuditOptions withLinks(LinkResults l) {
        return new AuditOptions(Optional.of(l), clock, compliance);
    }

    public AuditOptions withClock(Clock c) {
        return new AuditOptions(links, c, compliance);
    }

    public AuditOptions withCompliance(Compliance c) {
        return new AuditOptions(links, clock, c);
    }
}
