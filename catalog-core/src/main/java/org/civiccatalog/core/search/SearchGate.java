package org.civiccatalog.core.search;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.civiccatalog.core.CatalogException;

/**
 * At most as many searches computed at once as there are processors, the others waiting in arrival order (answers
 * kept need no turn). Run side by side, every search would share the processors and a long one would take many
 * times its own time; in turn, a search waits for those before it and then runs at full speed, so the slow end of
 * the latencies is about the mean instead of a multiple of it, and throughput does not fall under overload.
 * The system property {@code civiccatalog.search.concurrency} sets how many (0: no limit).
 */
final class SearchGate {
    static final int DEFAULT = Integer.getInteger("civiccatalog.search.concurrency", Runtime.getRuntime().availableProcessors());

    private final Semaphore turns;

    SearchGate(int concurrency) {
        turns = concurrency > 0 ? new Semaphore(concurrency, true) : null;
    }

    /** Searches waiting for a turn (tests). */
    int waiting() {
        return turns == null ? 0 : turns.getQueueLength();
    }

    <T> T run(Supplier<T> search) {
        if (turns == null) return search.get();
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("Search interrupted while waiting for its turn");
        }
        try {
            return search.get();
        } finally {
            turns.release();
        }
    }
}
