package org.civiccatalog.harvest.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.civiccatalog.harvest.HarvestSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Harvests inside {@code serve}: each source with a {@code schedule} on its own period, and on demand
 * ({@link #trigger}). One harvest at a time: every run goes through one single-thread executor and one busy flag,
 * so a scheduled run and a triggered one never overlap, and a trigger while a run is going is refused
 * ({@link Status#BUSY}). A source's next scheduled run is planned when its previous run ends (a slow harvest never
 * piles up runs). The first scheduled run of each source starts after {@code initialDelay} (see {@link #start}).
 * A scheduled run that finds another one going is skipped until its next period.
 *
 * <p>The last report (and the last report per source) is kept in memory; every run is also written to the store's
 * harvest graph by {@link HarvestRun}, which is what survives a restart.
 *
 * <p>What follows each run ({@link #afterEachRun}: in {@code serve}, the metadata audit) runs on the same thread
 * before the next harvest can start, so it never blocks a request and never overlaps a harvest; its failure is
 * logged and leaves the harvest, committed by then, as it is.
 */
public final class HarvestScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.harvest");
    private static final AtomicLong THREADS = new AtomicLong();

    /** What became of a trigger. */
    public enum Status { ACCEPTED, BUSY, UNKNOWN_SOURCE, NO_SOURCES }

    /** The answer to {@link #trigger}: with the IRI of the run when accepted (or of the run going on when busy). */
    public record Trigger(Status status, Optional<String> runIri) {}

    private final HarvestRun run;
    private final List<HarvestSource> sources;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final Map<String, SourceReport> lastBySource = new ConcurrentHashMap<>();
    private final AtomicLong runsDone = new AtomicLong();
    private volatile String current;
    private volatile HarvestReport last;
    private volatile boolean closed;
    private volatile Consumer<HarvestReport> afterEachRun = r -> {};

    public HarvestScheduler(HarvestRun run, List<HarvestSource> sources) {
        this(run, sources, Clock.systemUTC());
    }

    public HarvestScheduler(HarvestRun run, List<HarvestSource> sources, Clock clock) {
        this.run = Objects.requireNonNull(run, "run");
        this.sources = List.copyOf(sources);
        this.clock = Objects.requireNonNull(clock, "clock");
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "catalog-harvest-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // stopping drops the planned runs at once (a PT24H schedule must not hold up shutdown)
        e.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        e.setRemoveOnCancelPolicy(true);
        this.executor = e;
    }

    /** What to do after each run that ended, on the harvest thread (the audit, in {@code serve}); none by default. */
    public HarvestScheduler afterEachRun(Consumer<HarvestReport> then) {
        this.afterEachRun = Objects.requireNonNull(then, "then");
        return this;
    }

    /** Starts the schedules: each source with a schedule runs first after {@code initialDelay}, then every period. */
    public HarvestScheduler start(Duration initialDelay) {
        for (HarvestSource s : sources)
            s.schedule().ifPresent(period -> {
                if (period.isZero() || period.isNegative())
                    throw new IllegalArgumentException("source " + s.id() + ": schedule must be positive, got " + period);
                plan(s, initialDelay);
                LOG.info("Source {} harvested every {}", s.id(), period);
            });
        return this;
    }

    /**
     * Starts a harvest of every source, or of the one named, on the harvest thread, unless one is going on.
     * Returns at once.
     */
    public Trigger trigger(Optional<String> sourceId) {
        Objects.requireNonNull(sourceId, "sourceId");
        if (closed) throw new IllegalStateException("the harvest scheduler is stopped");
        List<HarvestSource> chosen = sourceId.isEmpty() ? sources
                : sources.stream().filter(s -> s.id().equals(sourceId.get())).toList();
        if (sources.isEmpty()) return new Trigger(Status.NO_SOURCES, Optional.empty());
        if (chosen.isEmpty()) return new Trigger(Status.UNKNOWN_SOURCE, Optional.empty());
        if (!busy.compareAndSet(false, true)) return new Trigger(Status.BUSY, Optional.ofNullable(current));
        Instant started = clock.instant();
        String iri = run.runIri(started);
        current = iri;
        try {
            executor.execute(() -> execute(chosen, started));
        } catch (RejectedExecutionException e) {
            current = null;
            busy.set(false);
            throw new IllegalStateException("the harvest scheduler is stopped", e);
        }
        LOG.info("Harvest {} of {} accepted", iri, sourceId.orElse("every source"));
        return new Trigger(Status.ACCEPTED, Optional.of(iri));
    }

    private void plan(HarvestSource s, Duration delay) {
        if (closed) return;
        try {
            executor.schedule(() -> scheduled(s), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // stopping
        }
    }

    private void scheduled(HarvestSource s) {
        try {
            if (closed) return;
            if (!busy.compareAndSet(false, true)) {
                LOG.info("Scheduled harvest of {} skipped: another harvest is going on", s.id());
                return;
            }
            Instant started = clock.instant();
            current = run.runIri(started);
            execute(List.of(s), started);
        } finally {
            plan(s, s.schedule().orElseThrow());
        }
    }

    /** Runs on the harvest thread with the busy flag held; releases it. */
    private void execute(List<HarvestSource> chosen, Instant started) {
        try {
            HarvestReport r = run.run(chosen, started);
            last = r;
            for (SourceReport sr : r.sources()) lastBySource.put(sr.sourceId(), sr);
            after(r);
        } catch (RuntimeException e) {
            LOG.error("Harvest {} failed: {}", current, e.toString(), e);
        } finally {
            runsDone.incrementAndGet();
            current = null;
            busy.set(false);
        }
    }

    private void after(HarvestReport r) {
        try {
            afterEachRun.accept(r);
        } catch (RuntimeException e) {
            LOG.error("What follows harvest {} failed (the harvest is kept): {}", r.runIri(), e.toString(), e);
        }
    }

    /** True while a harvest is going on (or accepted and about to start). */
    public boolean running() {
        return busy.get();
    }

    /** The IRI of the run going on, if any. */
    public Optional<String> currentRun() {
        return Optional.ofNullable(current);
    }

    /** The report of the last run that ended, since start. */
    public Optional<HarvestReport> lastReport() {
        return Optional.ofNullable(last);
    }

    /** The last report of each source harvested since start, by source id. */
    public Map<String, SourceReport> lastReports() {
        return new TreeMap<>(lastBySource);
    }

    /** How many runs ended (completed or failed) since start. */
    public long runsDone() {
        return runsDone.get();
    }

    public List<HarvestSource> sources() {
        return sources;
    }

    /** Stops the schedules; waits up to {@code grace} for a harvest going on, then interrupts it. */
    public void stop(Duration grace) {
        closed = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Harvest {} still going on at shutdown: interrupting it", current);
                executor.shutdownNow();
                executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }
}
