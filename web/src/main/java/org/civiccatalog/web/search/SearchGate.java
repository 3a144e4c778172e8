package org.civiccatalog.web.search;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.civiccatalog.core.CatalogException;

/**
 * Search requests take turns: at most twice as many answered at once as there are processors, the others waiting in
 * arrival order. Side by side, sixteen requests on two processors would each take eight times their own time, a long
 * search most; in turn, a request waits for those before it and then runs at full speed, so the slow end of the
 * latencies stays near the mean, and throughput does not fall when more clients come. The whole request takes its
 * turn (search and writing the answer), so an answer kept by the index does not take the processors from a search
 * being computed. The system property {@code civiccatalog.search.concurrency} sets how many (0: no limit).
 */
final class SearchGate {
    static final int DEFAULT = Integer.getInteger("civiccatalog.search.concurrency",
            2 * Runtime.getRuntime().availableProcessors());

    private final Semaphore turns;

    SearchGate(int concurrency) {
        turns = concurrency > 0 ? new Semaphore(concurrency, true) : null;
    }

    /** Requests waiting for a turn (tests). */
    int waiting() {
        return turns == null ? 0 : turns.getQueueLength();
    }

    <T> T run(Supplier<T> request) {
        if (turns == null) return request.get();
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("Search request interrupted while waiting for its turn");
        }
        try {
            return request.get();
        } finally {
            turns.release();
        }
    }
}
