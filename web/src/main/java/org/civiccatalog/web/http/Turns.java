package org.civiccatalog.web.http;

import java.util.concurrent.Semaphore;

import org.civiccatalog.core.CatalogException;

import io.javalin.http.Handler;

/**
 * The pages people wait for (searches, dataset pages) take turns: at most twice as many answered at once as there
 * are processors, the others waiting in arrival order. Side by side, sixteen requests on two processors would each
 * take eight times their own time, a long search most; in turn, a request waits for those before it and then runs
 * at full speed, so the slow end of the latencies stays near the mean, and throughput does not fall when more
 * clients come. The whole request takes its turn (finding and rendering its answer), so an answer kept by the
 * search index does not take the processors from one being computed. Handlers in turn render into memory
 * ({@code ctx.result(bytes)}), which Javalin sends after the turn: a client slow to read holds no turn. The system
 * property {@code civiccatalog.web.turns} sets how many (0: no limit).
 */
public final class Turns {
    public static final int DEFAULT = Integer.getInteger("civiccatalog.web.turns", 2 * Runtime.getRuntime().availableProcessors());

    private final Semaphore turns;

    public Turns(int concurrency) {
        turns = concurrency > 0 ? new Semaphore(concurrency, true) : null;
    }

    /** Requests waiting for a turn (tests). */
    int waiting() {
        return turns == null ? 0 : turns.getQueueLength();
    }

    /** {@code handler}, run in turn. */
    public Handler inTurn(Handler handler) {
        return ctx -> run(() -> handler.handle(ctx));
    }

    /** A piece of work that may throw, as handlers do. */
    interface Work {
        void run() throws Exception;
    }

    void run(Work work) throws Exception {
        if (turns == null) {
            work.run();
            return;
        }
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("Request interrupted while waiting for its turn");
        }
        try {
            work.run();
        } finally {
            turns.release();
        }
    }
}
