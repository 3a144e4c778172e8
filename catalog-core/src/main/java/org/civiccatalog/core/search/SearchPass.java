package org.civiccatalog.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * One search over an index's {@link FacetTable}, in one pass over the documents the words and the box match: each
 * is checked against the facet filters from its ordinals, kept among the best {@code window} when it passes them
 * all, and counted in every facet; one that fails a single facet's filter is counted in that facet only (a facet's
 * counts are those of the search with every filter but its own, as Lucene's drill-sideways counts them). Without
 * words or box, only the documents of the values chosen are visited (the filtered facet's own counts, with one
 * facet filtered, are the counts over every document), and without filters either, none.
 *
 * <p>The order is the one the index's sort fields give: relevance (BM25 of the words), then title, then IRI;
 * newest {@code dct:modified} or best quality first (documents without one last), then relevance, title and IRI.
 */
final class SearchPass {
    /** A document kept: its score and the key it is ordered by. */
    record Hit(int doc, float score) {}

    /** What a search found: how many, the best {@code window} in order, and each ordinal's count. */
    record Found(long total, List<Hit> top, int[] counts) {}

    private final FacetTable table;
    private final SearchSort sort;
    private final int window;
    private final int[] filterOf;   // facet ordinal -> index of its filter, or -1
    private final boolean[] chosen; // ordinal -> chosen in its facet's filter
    private final int allFilters;   // one bit per filter
    private final int[] counts;
    private final PriorityQueue<Hit> best;
    private long total;

    private SearchPass(FacetTable table, Map<Facet, Set<String>> filters, SearchSort sort, int window) {
        this.table = table;
        this.sort = sort;
        this.window = window;
        filterOf = new int[Facet.values().length];
        Arrays.fill(filterOf, -1);
        chosen = new boolean[table.ordFacet.length];
        int k = 0;
        for (Map.Entry<Facet, Set<String>> e : filters.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            filterOf[e.getKey().ordinal()] = k++;
            for (String v : e.getValue()) {
                int o = table.ord(e.getKey(), v);
                if (o >= 0) chosen[o] = true;
            }
        }
        allFilters = (1 << k) - 1;
        counts = new int[table.ordFacet.length];
        best = new PriorityQueue<>(Math.max(1, Math.min(window, 1024)), (a, b) -> -compare(a, b)); // worst first
    }

    /**
     * Runs a search: {@code base} (words and box) is null for every document.
     *
     * @param window how many of the best documents to keep (the last page's end)
     */
    static Found run(IndexSearcher searcher, FacetTable table, Query base, Map<Facet, Set<String>> filters, SearchSort sort,
                     int window) throws IOException {
        SearchPass p = new SearchPass(table, filters, sort, window);
        if (base != null) p.scored(searcher, base);
        else if (p.allFilters != 0) p.filtered(filters);
        else p.everything();
        return new Found(p.total, p.ordered(), p.counts);
    }

    /**
     * Words or a box: every match is counted without its score; then the best are found among those that passed
     * the filters, scoring only what may be among them (by relevance, Lucene's block-max scoring skips the rest).
     */
    private void scored(IndexSearcher searcher, Query base) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        if (leaves.isEmpty()) return;
        if (leaves.size() > 1) throw new IllegalStateException("A search index of " + leaves.size() + " segments");
        LeafReaderContext leaf = leaves.get(0);
        Query q = searcher.rewrite(base);
        Scorer matches = searcher.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1f).scorer(leaf);
        if (matches == null) return;
        FixedBitSet passing = new FixedBitSet(table.maxDoc);
        DocIdSetIterator it = matches.iterator();
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) if (visit(d)) passing.set(d);
        if (total == 0 || window <= 0) return;
        if (sort == SearchSort.RELEVANCE) {
            Scorer s = searcher.createWeight(q, ScoreMode.TOP_SCORES, 1f).scorer(leaf);
            if (s == null) return;
            DocIdSetIterator top = s.iterator();
            for (int d = top.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = top.nextDoc()) {
                if (!passing.get(d)) continue;
                offer(d, s.score());
                // Ties on the score are ordered by title, so a document scoring as the last kept one still counts.
                if (best.size() == window) s.setMinCompetitiveScore(best.peek().score());
            }
            return;
        }
        Scorer s = searcher.createWeight(q, ScoreMode.COMPLETE, 1f).scorer(leaf);
        if (s == null) return;
        DocIdSetIterator scored = s.iterator();
        for (int d = passing.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
             d = d + 1 < passing.length() ? passing.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            if (best.size() == window && !mayEnter(d)) continue;
            float score = Float.NaN;
            if (sort != SearchSort.TITLE) { // the score breaks ties of dates and quality
                if (scored.docID() < d) scored.advance(d);
                score = s.score();
            }
            offer(d, score);
        }
        if (sort == SearchSort.TITLE) { // the scores of those kept, to show
            List<Hit> kept = new ArrayList<>(best);
            kept.sort((a, b) -> Integer.compare(a.doc(), b.doc()));
            best.clear();
            for (Hit h : kept) {
                if (scored.docID() < h.doc()) scored.advance(h.doc());
                best.add(new Hit(h.doc(), s.score()));
            }
        }
    }

    /** Whether a document may be kept over the last one kept, judged by what comes before the score in the order. */
    private boolean mayEnter(int d) {
        Hit last = best.peek();
        return switch (sort) {
            case TITLE -> table.titleRank[d] < table.titleRank[last.doc()];
            case MODIFIED -> table.modified[d] >= table.modified[last.doc()];
            case QUALITY -> table.quality[d] >= table.quality[last.doc()];
            case RELEVANCE -> true;
        };
    }

    /** No words: the documents of the values chosen (with one facet filtered, its counts are over every document). */
    private void filtered(Map<Facet, Set<String>> filters) {
        FixedBitSet docs = new FixedBitSet(Math.max(1, table.maxDoc));
        for (int o = 0; o < chosen.length; o++) if (chosen[o]) for (int d : table.docsOfOrd[o]) docs.set(d);
        boolean single = Integer.bitCount(allFilters) == 1;
        for (int d = docs.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
             d = d + 1 < docs.length() ? docs.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS)
            if (visit(d)) offer(d, 1f);
        if (!single) return;
        // With one facet filtered, its counts are those of every document; visit() counted only the documents passing.
        Facet only = filters.entrySet().stream().filter(e -> !e.getValue().isEmpty()).findFirst().orElseThrow().getKey();
        int[] range = table.ordRange.get(only);
        if (range != null) System.arraycopy(table.allCounts, range[0], counts, range[0], range[1] - range[0]);
    }

    /** No words, no filters: counted when the index was opened. */
    private void everything() {
        total = table.maxDoc;
        System.arraycopy(table.allCounts, 0, counts, 0, counts.length);
        if (sort == SearchSort.RELEVANCE || sort == SearchSort.TITLE) {
            for (int r = 0; r < Math.min(window, table.maxDoc); r++) best.add(new Hit(table.byTitle[r], 1f));
            return;
        }
        for (int d = 0; d < table.maxDoc; d++) offer(d, 1f);
    }

    /** Counts a document; returns whether it passed every filter (and counts in {@link #total}). */
    private boolean visit(int d) {
        int from = table.start[d], to = table.start[d + 1];
        int passed = 0;
        if (allFilters != 0)
            for (int i = from; i < to; i++) {
                int o = table.ords[i];
                if (chosen[o]) passed |= 1 << filterOf[table.ordFacet[o]];
            }
        int failed = allFilters & ~passed;
        if (failed == 0) {
            total++;
            for (int i = from; i < to; i++) counts[table.ords[i]]++;
            return true;
        }
        if ((failed & (failed - 1)) == 0) {
            for (int i = from; i < to; i++) {
                int o = table.ords[i], f = table.ordFacet[o];
                if (f >= 0 && filterOf[f] >= 0 && (1 << filterOf[f]) == failed) counts[o]++;
            }
        }
        return false;
    }

    private void offer(int d, float score) {
        if (window <= 0) return;
        Hit h = new Hit(d, score);
        if (best.size() < window) best.add(h);
        else if (compare(h, best.peek()) < 0) {
            best.poll();
            best.add(h);
        }
    }

    private List<Hit> ordered() {
        List<Hit> out = new ArrayList<>(best);
        out.sort(this::compare);
        return out;
    }

    /** Negative when {@code a} comes first. */
    private int compare(Hit a, Hit b) {
        int c = switch (sort) {
            case RELEVANCE -> Float.compare(b.score(), a.score());
            case TITLE -> 0;
            case MODIFIED -> newestFirst(table.modified, a, b);
            case QUALITY -> newestFirst(table.quality, a, b);
        };
        if (c != 0) return c;
        if (sort == SearchSort.MODIFIED || sort == SearchSort.QUALITY) {
            c = Float.compare(b.score(), a.score());
            if (c != 0) return c;
        }
        return Integer.compare(table.titleRank[a.doc()], table.titleRank[b.doc()]);
    }

    private static int newestFirst(long[] values, Hit a, Hit b) {
        return Long.compare(values[b.doc()], values[a.doc()]);
    }
}
