package org.civiccatalog.harvest.links;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.civiccatalog.core.store.CatalogStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the link checker inside {@code serve}, on one background thread: every {@code every}, it checks the URLs that
 * are due (the settings' recheck intervals decide which; most runs check few or none). Page views never trigger a
 * check. A failed run is logged; the next one comes on time.
 */
public final class LinkCheckScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.links");

    private final LinkChecker checker;
    private final CatalogStore store;
    private final ScheduledThreadPoolExecutor executor;
    private volatile LinkRunReport last;
    private volatile java.util.function.Consumer<LinkRunReport> after = r -> {};

    public LinkCheckScheduler(LinkChecker checker, CatalogStore store) {
        this.checker = Objects.requireNonNull(checker, "checker");
        this.store = Objects.requireNonNull(store, "store");
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "catalog-links");
            t.setDaemon(true);
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /**
     * Runs {@code hook} on the link-check thread after each run that checked at least one URL (in {@code serve}: the
     * audit, so that the scores count the new link results). A hook that fails is logged; the checks stay stored.
     */
    public LinkCheckScheduler afterEachRun(java.util.function.Consumer<LinkRunReport> hook) {
        this.after = Objects.requireNonNull(hook, "hook");
        return this;
    }

    /** First run after {@code initialDelay}, then {@code every} after each run ends. */
    public LinkCheckScheduler start(Duration initialDelay, Duration every) {
        if (every.isZero() || every.isNegative()) throw new IllegalArgumentException("every must be > 0, got " + every);
        executor.scheduleWithFixedDelay(this::runOnce, initialDelay.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Link checks every {} (a URL is rechecked after {}, a pending one after {})", every,
                checker.settings().recheckAfter(), checker.settings().pendingRecheckAfter());
        return this;
    }

    private void runOnce() {
        LinkRunReport r;
        try {
            r = checker.run(store);
            last = r;
        } catch (RuntimeException e) {
            LOG.error("Link check failed: {}", e.toString(), e);
            return;
        }
        if (r.checked() == 0) return;
        try {
            after.accept(r);
        } catch (RuntimeException e) {
            LOG.error("After the link check: {}", e.toString(), e);
        }
    }

    /** The report of the last completed run, if any. */
    public java.util.Optional<LinkRunReport> last() {
        return java.util.Optional.ofNullable(last);
    }

    /** Stops: a run going on is interrupted (its stored batches stay), then waits up to {@code wait}. */
    public void stop(Duration wait) {
        executor.shutdownNow();
        try {
            executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
    }
}
