package org.civiccatalog.core.audit;

import java.util.ArrayList;
import java.util.List;

import org.civiccatalog.core.audit.checklist.Freshness;
import org.civiccatalog.core.audit.checklist.LaChecklist;

/**
 * An overdue dataset's report on a later day: the same findings and scores, with its days overdue and the two messages
 * that count them ({@code freshness.overdue}, {@code la.consistency.refreshRate}) moved on. While a dataset stays
 * overdue (or on time) nothing else about it depends on the day, so an incremental audit updates these instead of
 * validating and scoring it again each day its count moves on.
 */
final class DaysOverdue {
    private DaysOverdue() {}

    /**
     * @param earlier a report whose freshness has the same outcome as {@code now} (overdue or not, the same finding
     *                rule), the day count aside
     */
    static DatasetReport movedOn(DatasetReport earlier, Freshness.Result now) {
        String overdueRule = now.finding().map(Finding::ruleId).orElse(null);
        List<Finding> findings = new ArrayList<>(earlier.findings().size());
        for (Finding f : earlier.findings()) findings.add(movedOn(f, overdueRule, now));
        List<Finding> la = new ArrayList<>(earlier.checklist().findings().size());
        for (Finding f : earlier.checklist().findings()) la.add(movedOn(f, overdueRule, now));
        return new DatasetReport(earlier.datasetIri(), earlier.title(), earlier.sourceId(), earlier.department(),
                earlier.jurisdiction(), earlier.mqa(), new LaChecklist.Result(earlier.checklist().areas(), la), now, findings);
    }

    private static Finding movedOn(Finding f, String overdueRule, Freshness.Result now) {
        if (f.ruleId().equals(overdueRule)) return now.finding().orElseThrow();
        if (f.ruleId().equals(LaChecklist.REFRESH_RATE_RULE) && now.daysOverdue().isPresent())
            return new Finding(f.ruleId(), f.severity(), f.property(), LaChecklist.refreshRateMessage(now.daysOverdue().get()),
                    f.fixPoints(), f.focusNode());
        return f;
    }
}
