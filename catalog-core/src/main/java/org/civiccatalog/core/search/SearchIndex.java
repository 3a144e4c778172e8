package org.civiccatalog.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.civiccatalog.core.CatalogException;

/**
 * One built index, opened for searching; immutable. Searches may run on it from many threads at once while a newer
 * index is built elsewhere; the holder counts who uses it ({@link #tryAcquire}, {@link #release}), and it is closed
 * (and its directory deleted, when it has one on disk) only once the last search on it ended.
 */
final class SearchIndex {
    /**
     * Answers kept per index: the same search (the search page without words, a popular facet) is answered once.
     * The system property {@code civiccatalog.search.cachedResults} changes it (0: none; benchmarks).
     */
    static final int CACHED_RESULTS = Integer.getInteger("civiccatalog.search.cachedResults", 1000);

    private final Directory directory;
    private final Optional<Path> path;
    /**
     * Counts kept per index, by words, box and filters: another page or order of a search counts nothing again. Each
     * keeps the set of documents passing, {@code maxDoc / 8} bytes. The system property
     * {@code civiccatalog.search.cachedCounts} changes how many (0: none; benchmarks).
     */
    static final int CACHED_COUNTS = Integer.getInteger("civiccatalog.search.cachedCounts", 64);

    /** What a search's counts depend on. */
    private record CountKey(String text, Optional<BoundingBox> bbox, Map<Facet, Set<String>> filters) {}

    private final Map<CountKey, SearchPass.Counted> counted = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<CountKey, SearchPass.Counted> eldest) {
                    return size() > CACHED_COUNTS;
                }
            });
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final FacetTable table;
    private final Analyzer analyzer = IndexSchema.analyzer();
    private final IndexMeta meta;
    private final AtomicInteger refs = new AtomicInteger(1);
    private volatile boolean deleteWhenClosed;
    private final Map<SearchQuery, SearchResult> cache = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<SearchQuery, SearchResult> eldest) {
                    return size() > CACHED_RESULTS;
                }
            });

    private SearchIndex(Directory directory, Optional<Path> path, DirectoryReader reader, IndexMeta meta) throws IOException {
        this.directory = directory;
        this.path = path;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.meta = meta;
        if (reader.leaves().size() > 1)
            throw new CatalogException("Search index of " + reader.leaves().size() + " segments; it is written as one");
        this.table = FacetTable.read(reader.leaves().isEmpty() ? null : reader.leaves().get(0).reader());
    }

    /** Opens the last commit of {@code directory}; fails when it is not a complete index of this layout. */
    static SearchIndex open(Directory directory, Optional<Path> path) throws IOException {
        DirectoryReader reader = DirectoryReader.open(directory);
        try {
            IndexMeta meta = IndexMeta.of(reader.getIndexCommit().getUserData());
            return new SearchIndex(directory, path, reader, meta);
        } catch (RuntimeException | IOException e) {
            reader.close();
            throw e;
        }
    }

    IndexMeta meta() {
        return meta;
    }

    /** The searcher over this index (tests compare rankings with Lucene's own). */
    IndexSearcher searcher() {
        return searcher;
    }

    FacetTable table() {
        return table;
    }

    Optional<Path> path() {
        return path;
    }

    boolean tryAcquire() {
        while (true) {
            int n = refs.get();
            if (n <= 0) return false;
            if (refs.compareAndSet(n, n + 1)) return true;
        }
    }

    void release() {
        if (refs.decrementAndGet() == 0) closeNow();
    }

    /** Drops the holder's reference: closed once no search uses it; {@code delete} removes its directory then. */
    void retire(boolean delete) {
        deleteWhenClosed = delete;
        release();
    }

    private void closeNow() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (deleteWhenClosed) path.ifPresent(IndexFiles::deleteTree);
        }
    }

    /**
     * Answers a search; an answer given before by this index is given again (the index never changes, so neither
     * does the answer, but whether the index is current).
     */
    SearchResult search(SearchQuery q, boolean current) {
        Optional<SearchResult.IndexInfo> info = Optional.of(meta.info(current));
        SearchResult cached = cache.get(q);
        if (cached != null) return new SearchResult(q, cached.total(), cached.hits(), cached.facets(), info);
        SearchResult r = compute(q, info);
        if (CACHED_RESULTS > 0) cache.put(q, r);
        return r;
    }

    private SearchResult compute(SearchQuery q, Optional<SearchResult.IndexInfo> info) {
        return compute(q, info, SearchPass.COUNTING, FacetCounter.EXACT);
    }

    /** A search counted one way, never kept: tests compare the ways of counting with it. */
    SearchResult compute(SearchQuery q, SearchPass.Counting counting, FacetCounter.StopRule rule) {
        return compute(q, Optional.of(meta.info(true)), counting, rule);
    }

    private SearchResult compute(SearchQuery q, Optional<SearchResult.IndexInfo> info, SearchPass.Counting counting,
                                 FacetCounter.StopRule rule) {
        if (table.maxDoc == 0) return new SearchResult(q, 0, List.of(), Map.of(), info);
        try {
            int window = Math.min(q.page() * q.pageSize(), SearchQuery.MAX_WINDOW);
            CountKey key = new CountKey(q.text(), q.bbox(), q.filters());
            boolean usual = counting == SearchPass.COUNTING && rule == FacetCounter.EXACT;
            SearchPass.Counted before = usual ? counted.get(key) : null;
            SearchPass.Found found = SearchPass.run(searcher, table, base(q), q.filters(), q.sort(), window, before, counting, rule);
            if (usual && before == null && CACHED_COUNTS > 0) counted.put(key, found.counted());
            List<SearchResult.Hit> hits = new ArrayList<>();
            Set<String> terms = Snippets.terms(analyzer, q.text());
            var stored = searcher.storedFields();
            for (int i = (q.page() - 1) * q.pageSize(); i < found.top().size(); i++) {
                SearchPass.Hit h = found.top().get(i);
                IndexSchema.Shown s = IndexSchema.Shown.parse(stored.document(h.doc()).get(IndexSchema.SHOWN));
                Snippets.Snippet snip = Snippets.of(analyzer, s.description(), terms);
                hits.add(new SearchResult.Hit(s.iri(), s.title(), s.publishers(), s.sourceId(), s.sourceTitle(),
                        snip.text(), snip.highlight(), s.alsoOn(), s.status(), s.modified(), s.quality(), s.extents(),
                        Float.isNaN(h.score()) ? 0 : h.score()));
            }
            return new SearchResult(q, found.counted().total(), hits, facets(found.counted().facets(), q), info);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words (all required, each in any text field; a title match weighs most) and the box; null for neither. */
    Query base(SearchQuery q) {
        if (q.text().isEmpty() && q.bbox().isEmpty()) return null; // every document: SearchPass needs no query
        Query text = q.text().isEmpty() ? new MatchAllDocsQuery() : TextQuery.parse(q.text(), analyzer);
        if (q.bbox().isEmpty()) return text;
        BoundingBox b = q.bbox().get();
        // A stored box [w, s, e, n] intersects the search box when w <= east, s <= north, e >= west and n >= south.
        Query box = DoublePoint.newRangeQuery(IndexSchema.BBOX, new double[] {-180, -90, b.west(), b.south()},
                new double[] {b.east(), b.north(), 180, 90});
        return new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST).add(box, BooleanClause.Occur.FILTER).build();
    }

    /** Each facet's 20 most frequent values (ties by the index's order of values), and the values chosen. */
    private Map<Facet, SearchResult.FacetCounts> facets(Map<Facet, FacetCounter.Top> tops, SearchQuery q) {
        Map<Facet, SearchResult.FacetCounts> out = new EnumMap<>(Facet.class);
        tops.forEach((f, top) -> {
            Set<String> chosen = q.filters().getOrDefault(f, Set.of());
            List<SearchResult.FacetValue> values = new ArrayList<>();
            for (int i = 0; i < top.ords().length; i++) {
                String v = table.ordValue[top.ords()[i]];
                values.add(value(f, v, top.counts()[i], chosen.contains(v)));
            }
            for (String c : chosen) {
                if (values.stream().anyMatch(v -> v.value().equals(c))) continue;
                int o = table.ord(f, c);
                values.add(value(f, c, o < 0 ? 0 : top.countOf(o), true));
            }
            if (values.isEmpty()) return;
            values.sort(Comparator.comparingLong(SearchResult.FacetValue::count).reversed()
                    .thenComparing(SearchResult.FacetValue::label));
            out.put(f, new SearchResult.FacetCounts(f, values, Math.max(0, top.valuesCounted() - top.ords().length)));
        });
        return out;
    }

    private SearchResult.FacetValue value(Facet f, String value, long count, boolean selected) {
        String label = f == Facet.SOURCE ? meta.sourceTitles().getOrDefault(value, value) : value;
        return new SearchResult.FacetValue(value, label, count, selected);
    }

    /** What the index's commit records about what it was built from. */
    record IndexMeta(int schema, long storeVersion, Instant storeModified, String qualityVersion,
                     String conformanceVersion, Instant builtAt,
                     int datasets, Map<String, String> sourceTitles) {
        SearchResult.IndexInfo info(boolean current) {
            return new SearchResult.IndexInfo(storeVersion, storeModified, datasets, builtAt, current);
        }

        static IndexMeta of(Map<String, String> userData) {
            return IndexFiles.meta(userData);
        }
    }
}
