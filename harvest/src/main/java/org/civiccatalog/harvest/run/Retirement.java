package org.civiccatalog.harvest.run;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civiccatalog.core.store.RecordState;

/** Which active records vanished from a complete gather, and whether withdrawing them is plausible. */
record Retirement(List<String> vanished, boolean allowed, String reason) {
    static Retirement decide(Map<String, RecordState> before, Set<String> seen, double maxShare) {
        List<String> active = before.values().stream().filter(s -> !s.withdrawn()).map(RecordState::upstreamId).toList();
        List<String> vanished = active.stream().filter(id -> !seen.contains(id)).sorted().toList();
        if (vanished.isEmpty()) return new Retirement(vanished, true, "");
        double share = (double) vanished.size() / active.size();
        if (share > maxShare)
            return new Retirement(vanished, false, String.format(
                    "%d of %d active records (%.0f%%) vanished in one run, more than the %.0f%% this source allows:"
                            + " nothing was withdrawn. If the portal really removed them, raise maxVanishedShare for one run.",
                    vanished.size(), active.size(), share * 100, maxShare * 100));
        return new Retirement(vanished, true, "");
    }
}
