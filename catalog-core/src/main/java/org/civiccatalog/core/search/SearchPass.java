package org.civiccatalog.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * One search over an index's {@link FacetTable}: the documents the words and the box match are collected into a bit
 * set without scores, the facet filters applied, each facet counted, and the best {@code window} found. A facet's
 * counts are those of the search with every filter but its own (as Lucene's drill-sideways counts them).
 *
 * <p>Counting goes one of two ways, by what it costs. When the documents to visit are few, one pass over them
 * ({@link Counting#WALK}): each is checked against the filters from its ordinals and counted in every facet, or,
 * failing one facet's filter only, in that facet. When they are many ({@link Counting#BITS}), each facet's documents
 * (those of the search with the other filters) are one bit set, and a value's count is the size of its intersection
 * with the value's own bit set, most frequent values first, until no value left can enter the top shown
 * ({@link FacetCounter}); a set of few documents is still walked. Without words, box or filters, the counts made
 * when the index was opened are used.
 *
 * <p>The order is the one the index's sort fields give: relevance (BM25 of the words), then title, then IRI;
 * newest {@code dct:modified} or best quality first (documents without one last), then relevance, title and IRI.
 */
final class SearchPass {
    /** A document kept: its score and the key it is ordered by. */
    record Hit(int doc, float score) {}

    /** What a search found: what it counted, and the best {@code window} in order. */
    record Found(Counted counted, List<Hit> top) {}

    /** How facets are counted (tests compare the ways; benchmarks measure each). */
    enum Counting {
        /** By cost: {@link #WALK} when the documents to visit are few, {@link #SETS} otherwise. */
        AUTO,
        /** One pass over the documents to visit. */
        WALK,
        /** Each facet's documents as a set: walked when they are few, by bit sets otherwise. */
        SETS,
        /** Each facet's documents as a set, always by bit sets. */
        BITS
    }

    /**
     * The system property {@code civiccatalog.search.counting} ({@code auto}, {@code walk}, {@code bits}) forces one
     * way of counting, to measure it.
     */
    static final Counting COUNTING = Counting.valueOf(
            System.getProperty("civiccatalog.search.counting", "auto").toUpperCase(java.util.Locale.ROOT));
    /**
     * A walk costs about this many times more per facet value of a document visited than intersecting one word
     * (64 documents) of two bit sets.
     */
    private static final int WALK_COST = 4;

    private final FacetTable table;
    private final SearchSort sort;
    private final int window;
    private final int[] filterOf;   // facet ordinal -> index of its filter, or -1
    private final boolean[] chosen; // ordinal -> chosen in its facet's filter
    private final int[][] chosenOrds; // facet ordinal -> its chosen ordinals
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
        chosenOrds = new int[Facet.values().length][0];
        int k = 0;
        for (Map.Entry<Facet, Set<String>> e : filters.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            filterOf[e.getKey().ordinal()] = k++;
            chosenOrds[e.getKey().ordinal()] = e.getValue().stream().mapToInt(v -> table.ord(e.getKey(), v))
                    .filter(o -> o >= 0).sorted().toArray();
            for (int o : chosenOrds[e.getKey().ordinal()]) chosen[o] = true;
        }
        allFilters = (1 << k) - 1;
        counts = new int[table.ordFacet.length];
        best = new PriorityQueue<>(Math.max(1, Math.min(window, 1024)), (a, b) -> -compare(a, b)); // worst first
    }

    /**
     * What a search counted, whatever its order and page: how many passed, each facet's top values, and which
     * documents passed (null for every document). Immutable once made, so searches on other threads may share it.
     */
    record Counted(long total, Map<Facet, FacetCounter.Top> facets, FixedBitSet passing) {}

    /**
     * Runs a search: {@code base} (words and box) is null for every document.
     *
     * @param window how many of the best documents to keep (the last page's end)
     * @param counted what the same words, box and filters counted before, or null to count them
     */
    static Found run(IndexSearcher searcher, FacetTable table, Query base, Map<Facet, Set<String>> filters, SearchSort sort,
                     int window, Counted counted) throws IOException {
        return run(searcher, table, base, filters, sort, window, counted, COUNTING, FacetCounter.EXACT);
    }

    static Found run(IndexSearcher searcher, FacetTable table, Query base, Map<Facet, Set<String>> filters, SearchSort sort,
                     int window, Counted counted, Counting counting, FacetCounter.StopRule rule) throws IOException {
        SearchPass p = new SearchPass(table, filters, sort, window);
        Query q = base == null ? null : searcher.rewrite(base);
        Counted c = counted != null ? counted : p.count(searcher, q, counting, rule);
        p.total = c.total();
        if (p.total > 0 && window > 0) {
            if (q != null) p.ranked(searcher, q, c.passing());
            else p.listed(c.passing());
        }
        return new Found(c, p.ordered());
    }

    private Counted count(IndexSearcher searcher, Query q, Counting counting, FacetCounter.StopRule rule) throws IOException {
        FixedBitSet matches = q == null ? null : collect(searcher, q);
        FacetCounter.Counts[] countsOf = new FacetCounter.Counts[Facet.values().length];
        FixedBitSet passing;
        long passed;
        if (matches == null && allFilters == 0) {
            passing = null;
            passed = table.maxDoc;
            Arrays.fill(countsOf, FacetCounter.everyDocument(table));
        } else {
            FixedBitSet visit = matches != null ? matches : chosenDocs();
            boolean walk = counting == Counting.WALK
                    || counting == Counting.AUTO && walkIsCheaper(visit.cardinality(), bitValues(f -> true));
            passing = walk ? walk(visit, matches == null, countsOf) : intersect(matches, countsOf, counting);
            passed = passing.cardinality();
        }
        Map<Facet, FacetCounter.Top> tops = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values())
            if (table.ordRange.containsKey(f))
                tops.put(f, FacetCounter.top(table, f, countsOf[f.ordinal()], rule, chosenOrds[f.ordinal()]));
        return new Counted(passed, tops, passing);
    }

    /**
     * The documents the words and the box match, without scores. Required clauses (several words, words and a box)
     * are collected one by one, each in bulk (a word in any field is a disjunction, which Lucene collects a window
     * at a time), and their sets intersected.
     */
    private FixedBitSet collect(IndexSearcher searcher, Query q) throws IOException {
        if (q instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() == 0) {
            List<Query> required = new ArrayList<>();
            List<Query> excluded = new ArrayList<>();
            for (BooleanClause c : b.clauses()) {
                if (c.isRequired()) required.add(c.getQuery());
                else if (c.isProhibited()) excluded.add(c.getQuery());
            }
            // With a required clause, the optional ones only add to the score.
            if (!required.isEmpty()) {
                FixedBitSet out = collect(searcher, required.get(0));
                for (Query r : required.subList(1, required.size())) out.and(collect(searcher, r));
                for (Query x : excluded) out.andNot(collect(searcher, x));
                return out;
            }
        }
        FixedBitSet out = new FixedBitSet(Math.max(1, table.maxDoc));
        LeafReaderContext leaf = leaf(searcher);
        if (leaf == null) return out;
        if (termsOred(leaf, q, out)) return out;
        BulkScorer scorer = searcher.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1f).bulkScorer(leaf);
        if (scorer == null) return out;
        scorer.score(new LeafCollector() {
            @Override
            public void setScorer(Scorable s) {}

            @Override
            public void collect(int doc) {
                out.set(doc);
            }
        }, leaf.reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
        return out;
    }

    /**
     * A word in any field (a disjunction of terms, each perhaps boosted): the documents of each term's postings set
     * straight into {@code out}, without a scorer's windows and collector calls. Returns false, touching nothing,
     * when {@code q} is not such a disjunction.
     */
    private static boolean termsOred(LeafReaderContext leaf, Query q, FixedBitSet out) throws IOException {
        if (!(q instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() > 1) return false;
        List<Term> terms = new ArrayList<>();
        for (BooleanClause c : b.clauses()) {
            if (c.getOccur() != BooleanClause.Occur.SHOULD) return false;
            Query t = c.getQuery() instanceof BoostQuery bq ? bq.getQuery() : c.getQuery();
            if (!(t instanceof TermQuery tq)) return false;
            terms.add(tq.getTerm());
        }
        LeafReader reader = leaf.reader();
        for (Term t : terms) {
            Terms field = reader.terms(t.field());
            if (field == null) continue;
            TermsEnum te = field.iterator();
            if (!te.seekExact(t.bytes())) continue;
            out.or(te.postings(null, PostingsEnum.NONE));
        }
        Bits live = reader.getLiveDocs();
        if (live != null)
            for (int d = out.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
                 d = d + 1 < out.length() ? out.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS)
                if (!live.get(d)) out.clear(d);
        return true;
    }

    private static LeafReaderContext leaf(IndexSearcher searcher) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        if (leaves.isEmpty()) return null;
        if (leaves.size() > 1) throw new IllegalStateException("A search index of " + leaves.size() + " segments");
        return leaves.get(0);
    }

    /** The documents of the values chosen, in any facet (a document passing every filter is among them). */
    private FixedBitSet chosenDocs() {
        FixedBitSet docs = new FixedBitSet(Math.max(1, table.maxDoc));
        for (int[] os : chosenOrds) for (int o : os) table.addDocs(o, docs);
        return docs;
    }

    private int bitValues(java.util.function.IntPredicate facet) {
        int n = 0;
        for (int f = 0; f < table.bitValues.length; f++) if (facet.test(f)) n += table.bitValues[f];
        return n;
    }

    /** Whether walking {@code docs} documents costs less than intersecting {@code bitValues} bit sets with a set. */
    private boolean walkIsCheaper(long docs, long bitValues) {
        return docs * Math.max(1, table.ordsPerDoc()) * WALK_COST <= bitValues * (table.maxDoc / 64 + 1);
    }

    /**
     * One pass over {@code docs}, each checked against the filters and counted; returns those passing every filter.
     * With no words or box and one facet filtered, that facet's counts are the counts over every document.
     */
    private FixedBitSet walk(FixedBitSet docs, boolean everyDocument, FacetCounter.Counts[] countsOf) {
        FixedBitSet passing = new FixedBitSet(Math.max(1, table.maxDoc));
        for (int d = docs.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
             d = d + 1 < docs.length() ? docs.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS)
            if (visit(d)) passing.set(d);
        Arrays.fill(countsOf, FacetCounter.walked(counts));
        if (everyDocument && Integer.bitCount(allFilters) == 1)
            for (int f = 0; f < filterOf.length; f++) if (filterOf[f] >= 0) countsOf[f] = FacetCounter.everyDocument(table);
        return passing;
    }

    /**
     * Counting by bit sets: the documents passing every filter count for the facets not filtered, and each filtered
     * facet counts the documents passing the other filters. A set of few documents is walked instead.
     */
    private FixedBitSet intersect(FixedBitSet matches, FacetCounter.Counts[] countsOf, Counting counting) {
        int n = Integer.bitCount(allFilters);
        FixedBitSet[] filterDocs = new FixedBitSet[n];
        for (int f = 0; f < filterOf.length; f++) {
            if (filterOf[f] < 0) continue;
            FixedBitSet docs = new FixedBitSet(Math.max(1, table.maxDoc));
            for (int o : chosenOrds[f]) table.addDocs(o, docs);
            filterDocs[filterOf[f]] = docs;
        }
        FixedBitSet passing = passingBut(matches, filterDocs, -1);
        count(passing, f -> filterOf[f] < 0, countsOf, counting);
        for (int f = 0; f < filterOf.length; f++) {
            if (filterOf[f] < 0) continue;
            FixedBitSet sideways = passingBut(matches, filterDocs, filterOf[f]);
            int only = f;
            if (sideways == null) countsOf[f] = FacetCounter.everyDocument(table);
            else count(sideways, g -> g == only, countsOf, counting);
        }
        return passing != null ? passing : everyDocumentSet();
    }

    /** The documents matching and passing every filter but {@code skip}; null for every document. */
    private FixedBitSet passingBut(FixedBitSet matches, FixedBitSet[] filterDocs, int skip) {
        FixedBitSet out = matches == null ? null : matches.clone();
        for (int k = 0; k < filterDocs.length; k++) {
            if (k == skip) continue;
            if (out == null) out = filterDocs[k].clone();
            else out.and(filterDocs[k]);
        }
        return out;
    }

    private FixedBitSet everyDocumentSet() {
        FixedBitSet all = new FixedBitSet(Math.max(1, table.maxDoc));
        all.set(0, table.maxDoc);
        return all;
    }

    /** Counts the facets {@code facets} accepts in {@code docs} ({@code null}: every document). */
    private void count(FixedBitSet docs, java.util.function.IntPredicate facets, FacetCounter.Counts[] countsOf,
                       Counting counting) {
        FacetCounter.Counts c;
        if (docs == null) c = FacetCounter.everyDocument(table);
        else if (counting != Counting.BITS && walkIsCheaper(docs.cardinality(), bitValues(facets))) {
            for (int d = docs.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
                 d = d + 1 < docs.length() ? docs.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS)
                for (int i = table.start[d]; i < table.start[d + 1]; i++) {
                    int o = table.ords[i], f = table.ordFacet[o];
                    if (f >= 0 && facets.test(f)) counts[o]++;
                }
            c = FacetCounter.walked(counts);
        } else c = FacetCounter.in(table, docs);
        for (int f = 0; f < countsOf.length; f++) if (facets.test(f)) countsOf[f] = c;
    }

    /** No words or box: the documents passing, by title (relevance without words) or by the value sorted on. */
    private void listed(FixedBitSet passing) {
        if (sort == SearchSort.RELEVANCE || sort == SearchSort.TITLE) {
            if (passing == null || (long) window * table.maxDoc <= (long) total * total) { // dense: in title order
                for (int r = 0; r < table.maxDoc && best.size() < window; r++)
                    if (passing == null || passing.get(table.byTitle[r])) best.add(new Hit(table.byTitle[r], 1f));
                return;
            }
        }
        for (int d = passing == null ? 0 : passing.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS && d < table.maxDoc;
             d = passing == null ? d + 1 : d + 1 < passing.length() ? passing.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS)
            offer(d, 1f);
    }

    /**
     * Words or a box: the best of the documents passing, scoring only what may be among them (by relevance, Lucene's
     * block-max scoring skips the rest).
     */
    private void ranked(IndexSearcher searcher, Query q, FixedBitSet passing) throws IOException {
        LeafReaderContext leaf = leaf(searcher);
        if (sort == SearchSort.RELEVANCE) {
            Query flat = searcher.rewrite(ScoringParts.disjunction(q));
            if (flat.equals(q)) topScored(searcher, leaf, q, passing, 0f, null); // one word: already a disjunction
            else rankedByParts(searcher, leaf, q, flat, passing);
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

    /**
     * How far apart the scores of the same document may be when its parts are added in another order (a few float
     * roundings; far less than this).
     */
    private static final float SLACK = 1e-4f;

    /**
     * The documents passing are known to match {@code q}, so a document's score is the sum of its scoring parts'
     * ({@link ScoringParts}): ranked by that one disjunction, MaxScore skips what cannot enter. The sums round
     * differently from {@code q}'s, so the documents within {@link #SLACK} of the last one kept are kept as
     * candidates and scored by {@code q} itself, which orders them: the result is {@code q}'s ranking exactly.
     */
    private void rankedByParts(IndexSearcher searcher, LeafReaderContext leaf, Query q, Query flat, FixedBitSet passing)
            throws IOException {
        List<Hit> candidates = new ArrayList<>();
        topScored(searcher, leaf, flat, passing, SLACK, candidates);
        float last = best.size() == window ? best.peek().score() : Float.NEGATIVE_INFINITY;
        best.clear();
        candidates.removeIf(h -> h.score() < last * (1 - SLACK));
        candidates.sort((a, b) -> Integer.compare(a.doc(), b.doc()));
        Scorer s = searcher.createWeight(q, ScoreMode.COMPLETE, 1f).scorer(leaf);
        if (s == null) return;
        DocIdSetIterator it = s.iterator();
        for (Hit h : candidates) {
            if (it.docID() < h.doc()) it.advance(h.doc());
            if (it.docID() == h.doc()) offer(h.doc(), s.score());
        }
    }

    /**
     * The best of the documents passing by {@code query}'s score, by its bulk scorer as IndexSearcher uses it
     * (block-max scoring, MaxScore or WAND, at the top level), scoring only documents passing. With {@code slack},
     * documents up to that fraction below the last one kept still count, and every document collected is added to
     * {@code collected}.
     */
    private void topScored(IndexSearcher searcher, LeafReaderContext leaf, Query query, FixedBitSet passing, float slack,
                           List<Hit> collected) throws IOException {
        BulkScorer top = searcher.createWeight(query, ScoreMode.TOP_SCORES, 1f).bulkScorer(leaf);
        if (top == null) return;
        top.score(new LeafCollector() {
            private Scorable scorer;

            @Override
            public void setScorer(Scorable s) {
                scorer = s;
            }

            @Override
            public void collect(int d) throws IOException {
                float score = scorer.score();
                offer(d, score);
                if (collected != null) collected.add(new Hit(d, score));
                // Ties on the score are ordered by title, so a document scoring as the last kept one still counts.
                if (best.size() == window) scorer.setMinCompetitiveScore(best.peek().score() * (1 - slack));
            }
        }, passing, 0, DocIdSetIterator.NO_MORE_DOCS);
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

    /** Counts a document; returns whether it passed every filter. */
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
