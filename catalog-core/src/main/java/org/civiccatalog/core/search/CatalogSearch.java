package org.civiccatalog.core.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.StoreState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog's search, kept in step with the store. The store's state version changes with every committed change
 * (a harvest, an import, new cross-portal links); when it differs from the version the index was built from, or
 * the quality scores changed, a new index is built in the background and replaces the old one once it is complete.
 * Searches never wait for a build: they are answered from the last complete index meanwhile (and say which state
 * that is), and the old index is closed only when the last search on it has ended.
 *
 * <p>On disk ({@link #onDisk}) each build is a directory of its own under the search directory, and a restart
 * serves the last complete one at once; in memory ({@link #inMemory}) the first index is built at start.
 * Builds run one at a time, and the next build starts no sooner than the last one took after it ended: during a
 * long harvest, index builds take at most half of the time.
 */
public final class CatalogSearch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.search");
    private static final Duration MIN_GAP = Duration.ofSeconds(1);

    private final CatalogStore store;
    private final QualityScores quality;
    private final Optional<Path> root;
    private final AtomicReference<SearchIndex> current = new AtomicReference<>();
    private final ReentrantLock building = new ReentrantLock();
    private volatile ScheduledExecutorService poller;
    private volatile Instant nextBuild = Instant.MIN;
    private volatile Optional<Duration> lastBuild = Optional.empty();
    private volatile Optional<String> lastFailure = Optional.empty();
    private volatile boolean closed;
    private volatile InputVersions lastInputs;

    private CatalogSearch(CatalogStore store, QualityScores quality, Optional<Path> root) {
        this.store = Objects.requireNonNull(store, "store");
        this.quality = Objects.requireNonNull(quality, "quality");
        this.root = root;
        root.flatMap(IndexFiles::openNewest).ifPresent(i -> {
            current.set(i);
            LOG.info("Search index {} opened: {} datasets of store state {}", i.path().orElseThrow(), i.meta().datasets(),
                    i.meta().storeVersion());
        });
    }

    /** An index kept in memory, rebuilt at start. */
    public static CatalogSearch inMemory(CatalogStore store, QualityScores quality) {
        return new CatalogSearch(store, quality, Optional.empty());
    }

    /** An index kept under {@code dir} ({@code DATA/search}); the last complete one is served at once. */
    public static CatalogSearch onDisk(CatalogStore store, QualityScores quality, Path dir) {
        return new CatalogSearch(store, quality, Optional.of(dir));
    }

    /** Answers from the last complete index; before the first build, an empty result without index information. */
    public SearchResult search(SearchQuery q) {
        while (true) {
            SearchIndex i = current.get();
            if (i == null) return SearchResult.noIndex(q);
            if (!i.tryAcquire()) continue; // replaced and closed just now: take the new one
            try {
                return i.search(q, isCurrent(i, store.state(), inputVersions()));
            } finally {
                i.release();
            }
        }
    }

    /** What the search serves now and whether a build is going on. */
    public Status status() {
        SearchIndex i = current.get();
        Optional<SearchResult.IndexInfo> info = Optional.ofNullable(i).map(x -> x.meta().info(isCurrent(x, store.state(), inputVersions())));
        return new Status(info, building.isLocked(), lastBuild, lastFailure);
    }

    /**
     * Where the index stands.
     *
     * @param index     the index served, if any
     * @param building  a build is going on
     * @param lastBuild how long the last build took
     * @param failure   why the last build failed, if it did
     */
    public record Status(Optional<SearchResult.IndexInfo> index, boolean building, Optional<Duration> lastBuild,
                         Optional<String> failure) {}

    /**
     * Builds a new index now, on this thread, if the store or the scores changed since the index served was built
     * (or none is); waits for a build going on first. Returns whether it built one.
     */
    public boolean refresh() {
        building.lock();
        try {
            if (closed) return false;
            StoreState state = store.state();
            InputVersions inputs = readInputVersions();
            SearchIndex old = current.get();
            if (old != null && isCurrent(old, state, inputs)) return false;
            long t0 = System.nanoTime();
            Optional<Path> dir = root.map(IndexFiles::newBuild);
            SearchIndex built;
            try {
                Directory d = dir.isPresent() ? FSDirectory.open(dir.get()) : new ByteBuffersDirectory();
                built = IndexBuilder.build(store, quality, d, dir);
            } catch (IOException | RuntimeException e) {
                dir.ifPresent(IndexFiles::deleteTree);
                lastFailure = Optional.of(String.valueOf(e.getMessage()));
                throw e instanceof CatalogException c ? c : new CatalogException("Search index build failed: " + e.getMessage(), e);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            lastBuild = Optional.of(took);
            lastFailure = Optional.empty();
            SearchIndex replaced = current.getAndSet(built);
            if (replaced != null) replaced.retire(true);
            LOG.info("Search index built: {} datasets of store state {} in {} ms", built.meta().datasets(),
                    built.meta().storeVersion(), took.toMillis());
            return true;
        } finally {
            building.unlock();
        }
    }

    /**
     * Watches the store every {@code every} and rebuilds in the background when it changed (the first check at
     * once). Builds are spaced: the next starts no sooner than the last one took (at least a second) after it ended.
     */
    public synchronized void start(Duration every) {
        if (poller != null || closed) return;
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "catalog-search-index");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::poll, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll() {
        if (closed || Instant.now().isBefore(nextBuild)) return;
        try {
            if (refresh()) {
                Duration gap = lastBuild.filter(d -> d.compareTo(MIN_GAP) > 0).orElse(MIN_GAP);
                nextBuild = Instant.now().plus(gap);
            }
        } catch (RuntimeException e) {
            LOG.warn("Search index build failed (the last complete index is still served): {}", e.getMessage(), e);
            nextBuild = Instant.now().plus(Duration.ofSeconds(30));
        }
    }

    /** Waits until the index served reflects the store as it is now; false on timeout. Builds itself when not started. */
    public boolean awaitCurrent(Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (true) {
            SearchIndex i = current.get();
            if (i != null && isCurrent(i, store.state(), readInputVersions())) return true;
            if (poller == null) refresh();
            if (Instant.now().isAfter(end)) return false;
            Thread.sleep(20);
        }
    }

    private static boolean isCurrent(SearchIndex i, StoreState state, InputVersions inputs) {
        SearchIndex.IndexMeta m = i.meta();
        return m.storeVersion() == state.version() && m.storeModified().equals(state.modified())
                && m.qualityVersion().equals(inputs.quality()) && m.conformanceVersion().equals(inputs.conformance());
    }

    /**
     * The versions of what the index reads besides the records: the quality scores and the recorded conformance.
     * Both are queries, so a search uses the last ones read (by the poll every second, a build, or
     * {@link #awaitCurrent}) instead of asking them again; the store's state version is read on each search.
     */
    private record InputVersions(String quality, String conformance) {}

    private InputVersions inputVersions() {
        InputVersions v = lastInputs;
        return v != null ? v : readInputVersions();
    }

    private InputVersions readInputVersions() {
        InputVersions v = new InputVersions(quality.version(), ConformanceLevels.version(store));
        lastInputs = v;
        return v;
    }

    /** Stops watching and closes the index (searches going on finish first). Keeps the index on disk. */
    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            if (poller != null) poller.shutdownNow();
        }
        building.lock();
        try {
            SearchIndex i = current.getAndSet(null);
            if (i != null) i.retire(false);
        } finally {
            building.unlock();
        }
    }
}
