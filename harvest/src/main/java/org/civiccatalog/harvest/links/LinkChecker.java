package org.civiccatalog.harvest.links;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.audit.LinkCheck;
import org.civiccatalog.core.audit.LinkHealth;
import org.civiccatalog.core.audit.LinkOutcome;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.harvest.HarvestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The link checker (docs/audit.md, "Link health"): checks the URLs of the store's listed, active datasets that are
 * due, politely and in parallel, and stores every check in {@code {base}graph/links}, where the audit and the dashboard
 * read them ({@link LinkHealth}).
 *
 * <pre>
 *   LinkRunReport r = new LinkChecker(LinkSettings.defaults()).run(store);
 * </pre>
 *
 * Checks are stored in write transactions of {@link LinkSettings#batchSize()} checks: a batch is stored whole or not
 * at all. A run that fails keeps the batches written before.
 */
public final class LinkChecker {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.links");
    private static final AtomicLong THREADS = new AtomicLong();

    private final LinkSettings settings;
    private final Clock clock;

    public LinkChecker(LinkSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** With the clock that times checks and decides which are due (tests move it). */
    public LinkChecker(LinkSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LinkSettings settings() {
        return settings;
    }

    /** Checks and stores the store's due URLs, all of them. */
    public LinkRunReport run(CatalogStore store) {
        return run(store, Integer.MAX_VALUE);
    }

    /** Checks and stores at most {@code max} of the store's due URLs: never-checked ones first, then the oldest. */
    public LinkRunReport run(CatalogStore store, int max) {
        if (max < 0) throw new IllegalArgumentException("max must be >= 0, got " + max);
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        Map<String, List<LinkTarget>> all = LinkTargets.collect(store);
        List<String> due = due(all, LinkHealth.of(store).latest(), started);
        Map<String, List<LinkTarget>> chosen = new LinkedHashMap<>();
        for (String u : due.subList(0, Math.min(max, due.size()))) chosen.put(u, all.get(u));
        String graph = store.iris().linkCheckGraph();
        Map<LinkOutcome, Integer> outcomes = new EnumMap<>(LinkOutcome.class);
        List<LinkCheck> problems = new ArrayList<>();
        int[] counts = {0, 0};   // checked, mismatches
        Graph[] batch = {GraphFactory.createGraphMem()};
        int[] inBatch = {0};
        check(chosen, c -> {
            LinkGraph.add(batch[0], c);
            counts[0]++;
            outcomes.merge(c.outcome(), 1, Integer::sum);
            if (c.mismatch()) counts[1]++;
            if ((c.outcome() == LinkOutcome.BROKEN || c.outcome() == LinkOutcome.TIMEOUT || c.mismatch())
                    && problems.size() < LinkRunReport.MAX_PROBLEMS) problems.add(c);
            if (++inBatch[0] >= settings.batchSize()) {
                store.appendToLog(graph, batch[0]);
                batch[0] = GraphFactory.createGraphMem();
                inBatch[0] = 0;
            }
        });
        if (inBatch[0] > 0) store.appendToLog(graph, batch[0]);
        int pruned = LinkRetention.prune(store, started.minus(settings.keepChecksFor()));
        if (pruned > 0) LOG.info("Link check: {} checks older than {} deleted (keepChecksFor)", pruned, settings.keepChecksFor());
        LinkRunReport r = new LinkRunReport(started, Duration.ofNanos(System.nanoTime() - t0), all.size(), due.size(),
                counts[0], outcomes, counts[1], problems);
        LOG.info("Link check: {} URLs, {} due, {} checked in {} ({}/s): {} ok, {} broken, {} timeout, {} pending, {} refused;"
                        + " {} content-type mismatches", r.urls(), r.due(), r.checked(), r.elapsed(),
                String.format("%.1f", r.rate()), r.count(LinkOutcome.OK), r.count(LinkOutcome.BROKEN),
                r.count(LinkOutcome.TIMEOUT), r.count(LinkOutcome.PENDING), r.count(LinkOutcome.REFUSED), r.mismatches());
        return r;
    }

    /**
     * The URLs due for a check, most due first: never checked, then by the time of their last check. A URL is due
     * when its last check is older than {@link LinkSettings#recheckAfter()}, or {@link LinkSettings#pendingRecheckAfter()}
     * when that check was pending.
     */
    List<String> due(Map<String, List<LinkTarget>> urls, Map<String, LinkCheck> latest, Instant now) {
        List<String> never = new ArrayList<>();
        List<LinkCheck> old = new ArrayList<>();
        for (String u : urls.keySet()) {
            LinkCheck last = latest.get(u);
            if (last == null) {
                never.add(u);
                continue;
            }
            Duration after = last.outcome() == LinkOutcome.PENDING ? settings.pendingRecheckAfter() : settings.recheckAfter();
            if (!last.checkedAt().plus(after).isAfter(now)) old.add(last);
        }
        old.sort(Comparator.comparing(LinkCheck::checkedAt).thenComparing(LinkCheck::url));
        List<String> out = new ArrayList<>(never);
        old.forEach(c -> out.add(c.url()));
        return out;
    }

    /** Checks the URLs now (no store), handing each check to {@code sink} on the calling thread as it completes. */
    public void check(Map<String, List<LinkTarget>> urls, Consumer<LinkCheck> sink) {
        if (urls.isEmpty()) return;
        HostGates gates = new HostGates(settings.perHostConcurrency(), settings.perHostInterval());
        LinkProbe probe = new LinkProbe(settings, gates, new Robots(settings, gates, LinkProbe.guard(settings)), clock);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.globalConcurrency(), urls.size()), r -> {
            Thread t = new Thread(r, "catalog-links-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<LinkCheck> done = new ExecutorCompletionService<>(pool);
            List<String> order = interleaved(urls.keySet());
            for (String u : order) done.submit(() -> probe.check(URI.create(u), urls.get(u)));
            for (int i = 0; i < order.size(); i++) sink.accept(done.take().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestException("link check interrupted", e);
        } catch (ExecutionException e) {
            throw new HarvestException("link check failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Checks the URLs now (no store) and returns the checks in the order of {@code urls}. */
    public List<LinkCheck> check(Map<String, List<LinkTarget>> urls) {
        Map<String, LinkCheck> byUrl = new LinkedHashMap<>();
        check(urls, c -> byUrl.put(c.url(), c));
        return urls.keySet().stream().map(byUrl::get).toList();
    }

    /** URLs taken from each host in turn, so that workers do not all queue at one host's gate. */
    static List<String> interleaved(java.util.Collection<String> urls) {
        Map<String, Deque<String>> byHost = new LinkedHashMap<>();
        for (String u : urls) {
            String host;
            try {
                host = String.valueOf(URI.create(u).getRawAuthority());
            } catch (IllegalArgumentException e) {
                host = "";
            }
            byHost.computeIfAbsent(host, h -> new ArrayDeque<>()).add(u);
        }
        List<String> out = new ArrayList<>(urls.size());
        while (out.size() < urls.size())
            for (Deque<String> q : byHost.values()) if (!q.isEmpty()) out.add(q.poll());
        return out;
    }
}
