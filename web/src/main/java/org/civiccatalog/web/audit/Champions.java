package org.civiccatalog.web.audit;

import java.util.Comparator;
import java.util.List;

import org.civiccatalog.core.audit.Band;

/**
 * The "data champions" leaderboard: departments with at least {@link #MIN_DATASETS} datasets audited, the highest
 * mean MQA score first; ties broken by the larger share of datasets rated Excellent, then by more datasets, then by
 * name. A department with one perfect dataset is not a champion: the rule rewards keeping many records good.
 */
public final class Champions {
    /** Fewest datasets a department needs to be ranked. */
    public static final int MIN_DATASETS = 3;
    /** Places on the leaderboard. */
    public static final int PLACES = 10;

    public static final Comparator<AuditViews.Group> ORDER = Comparator
            .comparingDouble(AuditViews.Group::meanScore).reversed()
            .thenComparing(Comparator.comparingDouble((AuditViews.Group g) -> g.bands().share(Band.EXCELLENT)).reversed())
            .thenComparing(Comparator.comparingLong(AuditViews.Group::datasets).reversed())
            .thenComparing(AuditViews.Group::key);

    private Champions() {}

    public static List<AuditViews.Group> of(List<AuditViews.Group> departments) {
        return departments.stream().filter(g -> g.kind() == AuditViews.Kind.DEPARTMENT && g.datasets() >= MIN_DATASETS)
                .sorted(ORDER).limit(PLACES).toList();
    }
}
