package org.civiccatalog.web.harvest;

import java.util.Objects;
import java.util.Optional;

import org.civiccatalog.harvest.run.HarvestScheduler;

/**
 * What the web application may do about harvests: the scheduler that runs them (none: the catalog only shows
 * reports) and the admin token that guards {@code POST /admin/harvest} (none: the admin API is disabled).
 */
public record Harvesting(Optional<HarvestScheduler> scheduler, Optional<AdminToken> token) {
    public Harvesting {
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(token, "token");
    }

    /** Reports only; no admin API. */
    public static Harvesting none() {
        return new Harvesting(Optional.empty(), Optional.empty());
    }
}
