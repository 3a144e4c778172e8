package org.civiccatalog.core.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing the audit found about a dataset.
 *
 * @param ruleId    stable rule id: {@code mqa.*}, {@code pod.*}, {@code dcat-us3.*}, {@code dcat-ap3.*}, {@code la.*},
 *                  {@code freshness.*} (docs/audit.md lists them)
 * @param severity  error, warning or info
 * @param property  what it is about: a CURIE ({@code dcat:keyword}) or a data.json path ({@code contactPoint.hasEmail})
 * @param message   plain English, saying what is wrong and how to fix it
 * @param fixPoints MQA points the dataset gains when this is fixed (0 for findings that do not move the score)
 * @param focusNode the node of the record the finding is about when it is not the dataset (a distribution IRI)
 */
public record Finding(String ruleId, Severity severity, String property, String message, double fixPoints,
                      Optional<String> focusNode) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(focusNode, "focusNode");
        if (fixPoints < 0) throw new IllegalArgumentException("fixPoints must be >= 0, got " + fixPoints);
    }

    public static Finding of(String ruleId, Severity severity, String property, String message) {
        return new Finding(ruleId, severity, property, message, 0, Optional.empty());
    }

    public Finding withFixPoints(double points) {
        return new Finding(ruleId, severity, property, message, points, focusNode);
    }

    public Finding on(String node) {
        return new Finding(ruleId, severity, property, message, fixPoints, Optional.ofNullable(node));
    }
}
