package org.civiccatalog.harvest.run;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.civiccatalog.core.identity.CrossPortalIdentity;
import org.civiccatalog.core.identity.IdentityReport;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.harvest.HarvestContext;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.Harvester;
import org.civiccatalog.harvest.Http;
import org.civiccatalog.harvest.SourceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Harvests sources one after the other into the store. One failing source never stops the others; each run is
 * recorded in the store as a {@code prov:Activity} (see {@link HarvestLog}).
 */
public final class HarvestRun {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.harvest");
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final CatalogStore store;
    private final Http http;
    private final Function<SourceKind, Harvester> harvesters;
    private int batchSize = 2000;
    private Consumer<SourceHarvest.Progress> progress = p -> {};
    private Consumer<SourceReport> onSourceDone = r -> {};
    private java.nio.file.Path pageMemos;

    public HarvestRun(CatalogStore store, Http http, Function<SourceKind, Harvester> harvesters) {
        this.store = Objects.requireNonNull(store, "store");
        this.http = Objects.requireNonNull(http, "http");
        this.harvesters = Objects.requireNonNull(harvesters, "harvesters");
    }

    /** Records per write transaction (TDB2 grows by about 1 MB per commit: batch). */
    public HarvestRun batchSize(int n) {
        if (n < 1) throw new IllegalArgumentException("batchSize must be >= 1, got " + n);
        this.batchSize = n;
        return this;
    }

    /** Called every 1,000 records of a source with running counts. */
    public HarvestRun onProgress(Consumer<String> line) {
        this.progress = p -> line.accept(String.format("%-20s %8d records  %7.0f/s  %6d written  %5d failed",
                p.sourceId(), p.seen(), p.seen() / Math.max(1e-9, p.elapsed().toNanos() / 1e9), p.written(), p.failed()));
        return this;
    }

    /**
     * Where to remember, per source, what each page gave ({@link PageMemos}), so that a page that comes back byte for
     * byte the same, with its records held unchanged, is not parsed again. Without it every page is parsed.
     */
    public HarvestRun pageMemos(java.nio.file.Path dir) {
        this.pageMemos = dir;
        return this;
    }

    public HarvestRun onSourceDone(Consumer<SourceReport> c) {
        this.onSourceDone = Objects.requireNonNull(c);
        return this;
    }

    public HarvestReport run(List<HarvestSource> sources) {
        return run(sources, Instant.now());
    }

    /**
     * The record states of every source, read in one pass before the first source (harvesting one source changes no
     * other source's records). Empty when a source id repeats or the read fails: each source then reads its own.
     */
    private java.util.Map<String, java.util.Map<String, org.civiccatalog.core.store.RecordState>> states(
            List<HarvestSource> sources) {
        List<String> ids = sources.stream().map(HarvestSource::id).toList();
        if (ids.size() < 2 || new java.util.HashSet<>(ids).size() != ids.size()) return new java.util.HashMap<>();
        try {
            long t0 = System.nanoTime();
            var states = store.recordStates(ids);
            LOG.info("Record states of {} sources read in {} ms ({} records)", ids.size(),
                    (System.nanoTime() - t0) / 1_000_000, states.values().stream().mapToInt(java.util.Map::size).sum());
            return states;
        } catch (RuntimeException e) {
            LOG.warn("Reading the record states of all sources at once failed ({}); each source reads its own", e.toString());
            return new java.util.HashMap<>();
        }
    }

    /** Links copies across portals after the sources are in; a failure here never undoes the harvest. */
    private java.util.Optional<IdentityReport> identity() {
        try {
            IdentityReport r = CrossPortalIdentity.refresh(store);
            LOG.info("Cross-portal identity: {}", r);
            return java.util.Optional.of(r);
        } catch (RuntimeException e) {
            LOG.error("Cross-portal identity failed; copies stay as they were: {}", e.toString());
            return java.util.Optional.empty();
        }
    }

    /** The IRI of the run that starts at {@code started}: {@code {base}harvest/{yyyyMMdd'T'HHmmss.SSS'Z'}}. */
    public String runIri(Instant started) {
        return store.iris().base() + "harvest/" + RUN_ID.format(started);
    }

    /**
     * A run whose start (and so its IRI, {@link #runIri}) was chosen by the caller: the scheduler names a run when
     * it accepts it, so that the run's report can be pointed at before it ends.
     */
    public HarvestReport run(List<HarvestSource> sources, Instant started) {
        String runIri = runIri(started);
        HarvestContext ctx = new HarvestContext(http, store.iris());
        List<SourceReport> reports = new ArrayList<>();
        java.util.Map<String, java.util.Map<String, org.civiccatalog.core.store.RecordState>> states = states(sources);
        for (HarvestSource s : sources) {
            SourceReport r;
            try {
                r = new SourceHarvest(store, s, runIri, batchSize, progress, pageMemos, states.remove(s.id()))
                        .run(harvesters.apply(s.kind()), ctx);
            } catch (RuntimeException e) {
                LOG.error("Source {} failed: {}", s.id(), e.toString());
                r = new SourceReport(s.id(), SourceReport.Outcome.FAILED, 0, 0, 0, 0, 0, 0, java.time.Duration.ZERO,
                        "The harvest of this source failed before it could start: " + e.getMessage(), List.of());
            }
            LOG.info("Source {}: {} ({} new, {} changed, {} unchanged, {} returned, {} withdrawn, {} failed{}){}",
                    s.id(), r.outcome(), r.created(), r.changed(), r.unchanged(), r.returned(), r.withdrawn(), r.failed(),
                    r.pagesReplayed() == 0 ? "" : "; " + r.pagesReplayed() + " pages as before, not parsed",
                    r.problem().isEmpty() ? "" : " - " + r.problem());
            reports.add(r);
            onSourceDone.accept(r);
        }
        HarvestReport report = new HarvestReport(runIri, started, Instant.now(), reports, identity());
        HarvestLog.record(store, report);
        return report;
    }
}
