package org.civiccatalog.core.audit;

import java.util.Locale;

/** The MQA rating bands of the 405-point score (standards.md §7.2). */
public enum Band {
    EXCELLENT(351), GOOD(221), SUFFICIENT(121), BAD(0);

    private final int from;

    Band(int from) {
        this.from = from;
    }

    /** The lowest score of the band. */
    public int from() {
        return from;
    }

    /** The band of a score: Excellent 351-405, Good 221-350, Sufficient 121-220, Bad 0-120. */
    public static Band of(double score) {
        for (Band b : values()) if (score >= b.from) return b;
        return BAD;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
