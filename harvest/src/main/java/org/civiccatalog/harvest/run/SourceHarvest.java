package org.civiccatalog.harvest.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.store.CanonicalHash;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.RecordState;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestContext;
import org.civiccatalog.harvest.HarvestSink;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.Harvester;

/**
 * One source's harvest: gather -> hash -> diff against the store -> apply in batches -> retire -> report.
 * Records stream through: changed records go, as they come, to a writer thread that stores them in batches of
 * {@code batchSize}, one write transaction each ({@link BatchWriter}); only a short queue of them and the set of
 * identifiers seen are held. An unchanged record costs no write. Nothing is withdrawn unless the gather completed
 * and the share of vanished records is within the source's limit.
 */
final class SourceHarvest implements HarvestSink {
    static final int MAX_FINDINGS_KEPT = 1000;

    private final CatalogStore store;
    private final HarvestSource source;
    private final int batchSize;
    private final Consumer<Progress> progress;
    private final Map<String, RecordState> before;
    private final Set<String> seen = new HashSet<>();
    private BatchWriter writer;
    private final List<Finding> findings = new ArrayList<>();
    private int created, changed, unchanged, returned, failed, findingCount, pagesReplayed;
    private final PageMemos memos;
    /** The page being read ({@link #beginPage}), or null. */
    private String pageUrl, pageDigest;
    private List<String> pageRecords;
    private List<Finding> pageFindings;
    private boolean pageReplayable;
    private final long t0 = System.nanoTime();

    /** A running count, for progress lines. */
    record Progress(String sourceId, int seen, int written, int failed, Duration elapsed) {}

    private final String runIri;

    SourceHarvest(CatalogStore store, HarvestSource source, String runIri, int batchSize, Consumer<Progress> progress) {
        this(store, source, runIri, batchSize, progress, null, null);
    }

    /**
     * @param memoDir where pages read in earlier runs are remembered ({@link PageMemos}); null: none
     * @param before  the source's record states read by the caller (with the other sources'), or null to read them
     */
    SourceHarvest(CatalogStore store, HarvestSource source, String runIri, int batchSize, Consumer<Progress> progress,
                  java.nio.file.Path memoDir, Map<String, RecordState> before) {
        this.store = store;
        this.memos = memoDir == null ? PageMemos.none() : PageMemos.open(memoDir, source.id(),
                source.url() + " " + source.limits() + " " + store.iris().base());
        this.runIri = runIri;
        this.source = source;
        this.batchSize = batchSize;
        this.progress = progress;
        this.before = before != null ? before : store.recordStates(source.id());
    }

    SourceReport run(Harvester harvester, HarvestContext ctx) {
        SourceReport.Outcome outcome = SourceReport.Outcome.COMPLETE;
        String problem = "";
        try {
            harvester.gather(source, ctx, this);
        } catch (RuntimeException e) {
            outcome = seen.isEmpty() ? SourceReport.Outcome.FAILED : SourceReport.Outcome.PARTIAL;
            problem = "The gather stopped: " + e.getMessage() + ". Nothing was withdrawn.";
        }
        try {
            if (writer != null) writer.finish();
        } catch (RuntimeException e) {
            // A batch could not be written (each batch is one transaction: it is wholly absent): as when a write
            // failed during the gather, the run is not complete and nothing is withdrawn.
            if (outcome == SourceReport.Outcome.COMPLETE) {
                outcome = SourceReport.Outcome.PARTIAL;
                problem = "The gather stopped: " + e.getMessage() + ". Nothing was withdrawn.";
            }
        }
        memos.save(source.id(), outcome != SourceReport.Outcome.COMPLETE);
        int withdrawn = 0;
        if (outcome == SourceReport.Outcome.COMPLETE) {
            Retirement r = Retirement.decide(before, seen, source.limits().maxVanishedShare());
            if (r.allowed()) withdrawn = store.withdraw(source.info(), r.vanished(), Instant.now());
            else problem = r.reason();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        return new SourceReport(source.id(), outcome, created, changed, unchanged, returned, withdrawn, failed, took,
                problem, findings, pagesReplayed);
    }

    @Override
    public Optional<String> heldSourceHash(String upstreamId) {
        RecordState state = before.get(upstreamId);
        if (state == null || state.withdrawn() || seen.contains(upstreamId)) return Optional.empty();
        return state.sourceHash();
    }

    private boolean holds(String upstreamId, String sourceHash) {
        return heldSourceHash(upstreamId).filter(sourceHash::equals).isPresent();
    }

    @Override
    public void record(String upstreamId, String sourceHash, java.util.function.Supplier<ImportedDataset> mapped,
                       String fromUrl) {
        if (holds(upstreamId, sourceHash)) {
            remember(upstreamId, before.get(upstreamId).contentHash().orElseThrow());
            seen.add(upstreamId);
            unchanged++;
            tick();
            return;
        }
        accept(mapped.get(), fromUrl, sourceHash + "|");
    }

    @Override
    public void dataset(ImportedDataset d, String fromUrl) {
        accept(d, fromUrl, "");
    }

    /** @param hashPrefix the source hash and '|' when the adapter gave one, else empty */
    private void accept(ImportedDataset d, String fromUrl, String hashPrefix) {
        if (!seen.add(d.upstreamId())) {
            pageReplayable = false;
            finding(new Finding(source.id(), Finding.Severity.ERROR, d.position(), "identifier \"" + d.upstreamId()
                    + "\" appears again; the first record with it was kept and this one was not used"));
            return;
        }
        String hash = hashPrefix + CanonicalHash.of(d.graph());
        remember(d.upstreamId(), hash);
        RecordState state = before.get(d.upstreamId());
        if (state == null) created++;
        else if (state.withdrawn()) returned++;
        else if (state.contentHash().equals(Optional.of(hash))) {
            unchanged++;
            tick();
            return;
        } else if (state.contentHash().map(RecordState::graphPart).equals(Optional.of(RecordState.graphPart(hash)))) {
            // the source form changed (or its hash was first taken) but the DCAT is the same: the record is
            // rewritten once with its new source hash, so later runs skip its mapping; no version is kept for it
            unchanged++;
        } else changed++;
        write(new RecordGraph(source.id(), d.upstreamId(), d.datasetIri(), d.graph()).withHarvest(hash, fromUrl)
                .generatedBy(runIri));
        tick();
    }

    @Override
    public void finding(Finding f) {
        findingCount++;
        if (f.severity() == Finding.Severity.ERROR) failed++;
        if (findings.size() < MAX_FINDINGS_KEPT) findings.add(f);
        if (pageFindings != null) pageFindings.add(f);
    }

    @Override
    public Optional<ReplayedPage> replayPage(String url, String digest) {
        Optional<PageMemos.Page> memo = memos.get(url, digest);
        if (memo.isEmpty()) return Optional.empty();
        List<String> records = memo.get().records();
        List<String> ids = new ArrayList<>(records.size() / 2);
        for (int i = 0; i < records.size(); i += 2) {
            String id = records.get(i);
            RecordState state = before.get(id);
            // each record must be held exactly as the page gave it, and not yet seen in this gather
            if (state == null || state.withdrawn() || seen.contains(id)
                    || !state.contentHash().equals(Optional.of(records.get(i + 1)))) return Optional.empty();
            ids.add(id);
        }
        if (new HashSet<>(ids).size() != ids.size()) return Optional.empty();
        for (String id : ids) {
            seen.add(id);
            unchanged++;
            tick();
        }
        memo.get().findings().forEach(this::finding);
        memos.put(url, memo.get());
        pagesReplayed++;
        return Optional.of(new ReplayedPage(memo.get().tail(), ids));
    }

    @Override
    public void beginPage(String url, String digest) {
        if (!memos.enabled()) return;   // nothing would keep what the page gave
        pageUrl = url;
        pageDigest = digest;
        pageRecords = new ArrayList<>();
        pageFindings = new ArrayList<>();
        pageReplayable = true;
    }

    @Override
    public void endPage(String tail, boolean replayable) {
        if (pageUrl != null && replayable && pageReplayable)
            memos.put(pageUrl, new PageMemos.Page(pageDigest, tail, pageRecords, pageFindings));
        pageUrl = null;
        pageRecords = null;
        pageFindings = null;
    }

    /** Notes a record the open page gave, with the content hash the store holds or will hold for it. */
    private void remember(String upstreamId, String contentHash) {
        if (pageRecords == null) return;
        pageRecords.add(upstreamId);
        pageRecords.add(contentHash);
    }

    /** Hands a record to the writer thread (started with the first record): one write transaction per batch. */
    private void write(RecordGraph r) {
        if (writer == null)
            writer = new BatchWriter("harvest-writer-" + source.id(), batchSize,
                    records -> store.replaceRecords(source.info(), records));
        writer.submit(r);
    }

    private void tick() {
        int n = seen.size();
        if (n % 1000 == 0) progress.accept(new Progress(source.id(), n, created + changed + returned, failed,
                Duration.ofNanos(System.nanoTime() - t0)));
    }
}
