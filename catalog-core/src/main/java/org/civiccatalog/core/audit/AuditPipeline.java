package org.civiccatalog.core.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.civiccatalog.core.CatalogException;

/**
 * Audits datasets on a few worker threads while the caller streams the records in, and hands the outcomes back on the
 * caller's thread in the order the records came: the quality graph, the aggregates and the listener see the same
 * sequence as a one-thread run, so a run's results do not depend on scheduling. Each worker has its own
 * {@link DatasetAuditor} (it is not thread-safe). Memory stays bounded: at most {@link #AHEAD} records per worker
 * are in flight; the caller waits for the oldest before handing in more.
 */
final class AuditPipeline<T> implements AutoCloseable {
    /** Records in flight per worker: enough to keep the workers busy while the caller handles an outcome. */
    static final int AHEAD = 32;

    private final ExecutorService pool;
    private final ThreadLocal<DatasetAuditor> auditor;
    private final List<DatasetAuditor> auditors = Collections.synchronizedList(new ArrayList<>());
    private final ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
    private final int limit;
    private final Consumer<T> sink;

    /**
     * @param threads  workers; 1 audits on the caller's thread
     * @param auditors makes one auditor per worker
     * @param sink     receives each outcome, on the caller's thread, in submission order
     */
    AuditPipeline(int threads, Supplier<DatasetAuditor> auditors, Consumer<T> sink) {
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "audit-worker");
            t.setDaemon(true);
            return t;
        }) : null;
        this.auditor = ThreadLocal.withInitial(() -> {
            DatasetAuditor a = auditors.get();
            this.auditors.add(a);
            return a;
        });
        this.limit = Math.max(1, threads) * AHEAD;
        this.sink = sink;
    }

    /** Audits one dataset (the task runs on a worker with that worker's auditor); outcomes of earlier ones may be handed on now. */
    void submit(Function<DatasetAuditor, T> task) {
        if (pool == null) {
            sink.accept(task.apply(auditor.get()));
            return;
        }
        inFlight.add(pool.submit(() -> task.apply(auditor.get())));
        while (inFlight.size() >= limit) handOnOldest();
    }

    /** Waits for every dataset handed in and hands on their outcomes. */
    void finish() {
        while (!inFlight.isEmpty()) handOnOldest();
    }

    /** Time per layer, over all workers. */
    DatasetAuditor.Timings timings() {
        synchronized (auditors) {
            return auditors.stream().map(DatasetAuditor::timings)
                    .reduce(new DatasetAuditor.Timings(0, 0, 0, 0), DatasetAuditor.Timings::plus);
        }
    }

    private void handOnOldest() {
        T outcome;
        try {
            outcome = inFlight.remove().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("Interrupted while auditing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new CatalogException("Audit failed: " + e.getCause(), e.getCause());
        }
        sink.accept(outcome);
    }

    @Override
    public void close() {
        if (pool == null) return;
        inFlight.forEach(f -> f.cancel(true));
        pool.shutdownNow();
    }
}
