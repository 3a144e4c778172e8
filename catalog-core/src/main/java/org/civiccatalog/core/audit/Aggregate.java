package org.civiccatalog.core.audit;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.civiccatalog.core.audit.checklist.LaArea;
import org.civiccatalog.core.audit.mqa.Dimension;

/**
 * Scores summed over a group of datasets: a department (publisher), a source, a jurisdiction or the region.
 *
 * @param kind    department, source, jurisdiction or region
 * @param key     the department's name, the source id, the level of government, or "region"
 * @param subject the IRI the aggregate is stored on
 */
public record Aggregate(Kind kind, String key, String subject, long datasets, double meanScore,
                        Map<Dimension, Double> meanDimensions, Map<Band, Long> bands, Map<LaArea, Double> meanChecklist,
                        long overdue, long errors, long warnings) {
    public enum Kind { REGION, JURISDICTION, SOURCE, DEPARTMENT }

    public Aggregate {
        meanDimensions = Map.copyOf(meanDimensions);
        bands = Map.copyOf(bands);
        meanChecklist = Map.copyOf(meanChecklist);
    }

    public long band(Band b) {
        return bands.getOrDefault(b, 0L);
    }

    public Optional<Double> checklist(LaArea a) {
        return Optional.ofNullable(meanChecklist.get(a));
    }

    /** Accumulates datasets' summaries into one aggregate. */
    static final class Builder {
        private final Kind kind;
        private final String key;
        private final String subject;
        private long n, overdue, errors, warnings;
        private double score;
        private final Map<Dimension, Double> dims = new EnumMap<>(Dimension.class);
        private final Map<Band, Long> bands = new EnumMap<>(Band.class);
        private final Map<LaArea, double[]> la = new EnumMap<>(LaArea.class);

        Builder(Kind kind, String key, String subject) {
            this.kind = kind;
            this.key = key;
            this.subject = subject;
        }

        void add(DatasetSummary r) {
            n++;
            score += r.score();
            for (Dimension d : Dimension.values()) dims.merge(d, r.dimensions().get(d), Double::sum);
            bands.merge(r.band(), 1L, Long::sum);
            for (LaArea a : LaArea.values())
                r.area(a).ifPresent(s -> {
                    double[] acc = la.computeIfAbsent(a, k -> new double[2]);
                    acc[0] += s;
                    acc[1]++;
                });
            if (r.overdue()) overdue++;
            errors += r.errors();
            warnings += r.warnings();
        }

        Aggregate build() {
            Map<Dimension, Double> md = new EnumMap<>(Dimension.class);
            dims.forEach((d, s) -> md.put(d, round(s / n)));
            Map<LaArea, Double> ml = new EnumMap<>(LaArea.class);
            la.forEach((a, acc) -> ml.put(a, Math.round(1000 * acc[0] / acc[1]) / 1000.0));
            return new Aggregate(kind, key, subject, n, n == 0 ? 0 : round(score / n), md, bands, ml, overdue, errors, warnings);
        }

        private static double round(double v) {
            return Math.round(v * 100) / 100.0;
        }
    }
}
