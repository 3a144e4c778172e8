package org.civiccatalog.web.audit;

import java.util.Comparator;
import java.util.Locale;

/** How the sources and departments tables are sorted: {@code ?sort=score} (best first, the default), {@code score-asc}, {@code name}, {@code datasets}. */
enum GroupSort {
    SCORE("score", Comparator.comparingDouble(AuditViews.Group::meanScore).reversed()),
    SCORE_ASC("score-asc", Comparator.comparingDouble(AuditViews.Group::meanScore)),
    NAME("name", Comparator.comparing((AuditViews.Group g) -> g.key().toLowerCase(Locale.ROOT))),
    DATASETS("datasets", Comparator.comparingLong(AuditViews.Group::datasets).reversed());

    final String param;
    final Comparator<AuditViews.Group> order;

    GroupSort(String param, Comparator<AuditViews.Group> order) {
        this.param = param;
        this.order = order.thenComparing(AuditViews.Group::key);
    }

    /** The sort named by the parameter; the default for none or an unknown one. */
    static GroupSort of(String param) {
        for (GroupSort s : values()) if (s.param.equals(param)) return s;
        return SCORE;
    }
}
