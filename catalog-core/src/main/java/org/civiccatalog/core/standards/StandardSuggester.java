package org.civiccatalog.core.standards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Suggests standards for a dataset from its columns (docs/standards.md "Suggestions"): a file of a standard's
 * profile whose required fields are all there, or the input of a shipped crosswalk whose columns are all there
 * (MyLA311's columns are not Open311's, but the crosswalk makes them so; score 1). Scores below {@link #MIN_SCORE}
 * are not suggested.
 */
public final class StandardSuggester {
    public static final double MIN_SCORE = 0.5;

    private final StandardsRegistry registry;
    private final List<Crosswalk> crosswalks;

    public StandardSuggester(StandardsRegistry registry, List<Crosswalk> crosswalks) {
        this.registry = registry;
        this.crosswalks = List.copyOf(crosswalks);
    }

    public static StandardSuggester bundled(StandardsRegistry registry) {
        return new StandardSuggester(registry, Crosswalk.allBundled(registry));
    }

    /** Suggestions, best first; at most one per standard. */
    public List<Suggestion> suggest(List<ColumnInfo> columns) {
        Set<String> names = new HashSet<>();
        for (ColumnInfo c : columns) names.add(c.name().strip().toLowerCase(Locale.ROOT));
        List<Suggestion> all = new ArrayList<>();
        for (Standard s : registry.all())
            for (FileSpec f : s.files()) {
                FieldChecks checks = new FieldChecks(f, columns);
                int required = f.requiredFields().size();
                if (required == 0 || checks.requiredPresent() < required) continue;
                int optional = f.fields().size() - required;
                double score = (2.0 * required + (checks.fieldsPresent() - required)) / (2.0 * required + optional);
                all.add(new Suggestion(s, f.name(), round(score), Optional.empty()));
            }
        for (Crosswalk cw : crosswalks)
            for (Crosswalk.Input in : cw.inputs().values()) {
                if (in.columns().isEmpty()) continue;
                // a crosswalk runs only on an input with all its columns: anything less is no match
                if (!in.columns().stream().allMatch(c -> names.contains(c.toLowerCase(Locale.ROOT)))) continue;
                for (String id : cw.standards())
                    all.add(new Suggestion(registry.require(id), in.name(), 1.0, Optional.of(cw.id())));
            }
        List<Suggestion> best = new ArrayList<>();
        all.stream().filter(x -> x.score() >= MIN_SCORE)
                .sorted(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(x -> x.standard().id()))
                .forEach(x -> {
                    if (best.stream().noneMatch(b -> b.standard().id().equals(x.standard().id()))) best.add(x);
                });
        return best;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
