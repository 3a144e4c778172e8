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
 * @param fullAudit   audit every dataset again, reusing nothing of earlier runs (default: incremental)
 * @param rules       the rule set's version ({@link RuleSet#version()}); results computed under another are not reused
 */
public record AuditOptions(Optional<LinkResults> links, Clock clock, Compliance compliance, boolean fullAudit, String rules) {
    /**
     * The profile the MQA's "DCAT-AP compliance" indicator checks. For DCAT-US sources standards.md §7.2 says to use
     * the POD schema and DCAT-US 3, which is the default; {@code DCAT_AP} uses the DCAT-AP 3 shapes as data.europa.eu does.
     */
    public enum Compliance { DCAT_US, DCAT_AP }

    public AuditOptions {
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(compliance, "compliance");
        Objects.requireNonNull(rules, "rules");
    }

    public static AuditOptions defaults() {
        return new AuditOptions(Optional.empty(), Clock.systemUTC(), Compliance.DCAT_US, false, RuleSet.version());
    }

    public AuditOptions withLinks(LinkResults l) {
        return new AuditOptions(Optional.of(l), clock, compliance, fullAudit, rules);
    }

    public AuditOptions withClock(Clock c) {
        return new AuditOptions(links, c, compliance, fullAudit, rules);
    }

    public AuditOptions withCompliance(Compliance c) {
        return new AuditOptions(links, clock, c, fullAudit, rules);
    }

    /** A full audit: every dataset validated and scored again, its results written again (./catalog audit --full). */
    public AuditOptions full() {
        return new AuditOptions(links, clock, compliance, true, rules);
    }

    /** Another rule-set version (tests: what a change to the rules does to an incremental audit). */
    public AuditOptions withRules(String version) {
        return new AuditOptions(links, clock, compliance, fullAudit, version);
    }
}
