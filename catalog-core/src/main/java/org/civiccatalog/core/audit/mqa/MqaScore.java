package org.civiccatalog.core.audit.mqa;

import java.util.EnumMap;
import java.util.Map;

import org.civiccatalog.core.audit.Band;

/**
 * A dataset's MQA score: points earned per indicator, and the points that wait for link checks (counted in neither
 * the score nor the fixes). For every indicator, earned + pending + the fix points of its finding = its weight.
 */
public record MqaScore(Map<Indicator, Double> earned, Map<Indicator, Double> pending) {
    public MqaScore {
        earned = Map.copyOf(new EnumMap<>(earned));
        pending = Map.copyOf(new EnumMap<>(pending));
    }

    public double points(Indicator i) {
        return earned.getOrDefault(i, 0.0);
    }

    /** The score out of 405 (link-health points not checked yet count 0). */
    public double total() {
        return round(earned.values().stream().mapToDouble(Double::doubleValue).sum());
    }

    public double dimension(Dimension d) {
        double s = 0;
        for (Map.Entry<Indicator, Double> e : earned.entrySet()) if (e.getKey().dimension() == d) s += e.getValue();
        return round(s);
    }

    /** Points that depend on link checks not made yet. */
    public double pendingPoints() {
        return round(pending.values().stream().mapToDouble(Double::doubleValue).sum());
    }

    public Band band() {
        return Band.of(total());
    }

    /** Two decimals, as stored: shares of distributions give fractions (20 × 1/3). */
    public static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
