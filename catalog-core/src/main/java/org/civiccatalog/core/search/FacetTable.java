package org.civiccatalog.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * What a search counts and sorts by, read once from an index's doc values when it is opened and held in arrays:
 * each document's facet ordinals (the values of every {@link Facet}, in the index's one facet field), the documents
 * of each ordinal, the counts over every document, each document's rank by title (then IRI), and its dates and
 * scores to sort by. A search then counts every facet in one pass over its matches without decoding doc values, a
 * search with filters and no words visits only the documents of the values chosen, and the search without words or
 * filters needs no pass at all. About 8 bytes per facet value of a document, twice, plus 24 bytes per document.
 *
 * <p>The values of at least {@code 1/}{@link #BITS_SHARE} of the documents also have their documents as a bit set
 * ({@link #bitsOfOrd}), so that a search matching many documents counts them by intersecting bit sets instead of
 * walking every match ({@link FacetCounter}). A bit set takes {@code maxDoc / 8} bytes and its value has at least
 * {@code maxDoc / 64} documents: at most 8 bytes per facet value of a document more.
 *
 * <p>Needs the index in one segment, as {@link IndexBuilder} writes it.
 */
final class FacetTable {
    /** Sort value of a document without one: last in a newest (highest) first order. */
    static final long MISSING = Long.MIN_VALUE;

    final int maxDoc;
    /** Document d's ordinals are {@code ords[start[d]]} to {@code ords[start[d + 1] - 1]}, ascending. */
    final int[] start;
    final int[] ords;
    /** Each ordinal's facet ({@link Facet#ordinal()}) and value. */
    final int[] ordFacet;
    final String[] ordValue;
    /** Each ordinal's documents, ascending. */
    final int[][] docsOfOrd;
    /** Each ordinal's count over every document. */
    final int[] allCounts;
    /** Each facet's first ordinal and its end (exclusive); ordinals of one facet are contiguous, values in byte order. */
    final Map<Facet, int[]> ordRange;
    private final Map<Facet, Map<String, Integer>> ordOf;
    /** A document's place in title order (then IRI), and the documents in that order. */
    final int[] titleRank;
    final int[] byTitle;
    final long[] modified;
    final long[] quality;
    /** Values of at least {@code maxDoc / BITS_SHARE} documents have their documents as a bit set. */
    static final int BITS_SHARE = 64;
    /** Each ordinal's documents as a bit set when it has at least {@code maxDoc / BITS_SHARE}; null otherwise. */
    final FixedBitSet[] bitsOfOrd;
    /** Per facet ({@link Facet#ordinal()}), its ordinals by descending count over every document, then ascending. */
    final int[][] byCount;
    /** Per facet, how many of its values have a bit set. */
    final int[] bitValues;

    private FacetTable(int maxDoc, int[] start, int[] ords, int[] ordFacet, String[] ordValue, int[] titleRank,
                       long[] modified, long[] quality) {
        this.maxDoc = maxDoc;
        this.start = start;
        this.ords = ords;
        this.ordFacet = ordFacet;
        this.ordValue = ordValue;
        this.titleRank = titleRank;
        this.modified = modified;
        this.quality = quality;
        int n = ordFacet.length;
        allCounts = new int[n];
        for (int o : ords) allCounts[o]++;
        docsOfOrd = new int[n][];
        for (int o = 0; o < n; o++) docsOfOrd[o] = new int[allCounts[o]];
        int[] fill = new int[n];
        for (int d = 0; d < maxDoc; d++)
            for (int i = start[d]; i < start[d + 1]; i++) docsOfOrd[ords[i]][fill[ords[i]]++] = d;
        ordRange = new EnumMap<>(Facet.class);
        ordOf = new EnumMap<>(Facet.class);
        for (int o = 0; o < n; o++) {
            if (ordFacet[o] < 0) continue;
            Facet f = Facet.values()[ordFacet[o]];
            int first = o;
            ordRange.computeIfAbsent(f, x -> new int[] {first, first})[1] = o + 1;
            ordOf.computeIfAbsent(f, x -> new HashMap<>()).put(ordValue[o], o);
        }
        byTitle = new int[maxDoc];
        for (int d = 0; d < maxDoc; d++) byTitle[titleRank[d]] = d;
        bitsOfOrd = new FixedBitSet[n];
        for (int o = 0; o < n; o++) {
            if (ordFacet[o] < 0 || (long) allCounts[o] * BITS_SHARE < maxDoc) continue;
            FixedBitSet b = new FixedBitSet(maxDoc);
            for (int d : docsOfOrd[o]) b.set(d);
            bitsOfOrd[o] = b;
        }
        byCount = new int[Facet.values().length][];
        bitValues = new int[Facet.values().length];
        for (Facet f : Facet.values()) {
            int[] range = ordRange.get(f);
            Integer[] os = new Integer[range == null ? 0 : range[1] - range[0]];
            for (int i = 0; i < os.length; i++) os[i] = range[0] + i;
            Arrays.sort(os, (a, b) -> allCounts[a] != allCounts[b] ? Integer.compare(allCounts[b], allCounts[a]) : Integer.compare(a, b));
            byCount[f.ordinal()] = Arrays.stream(os).mapToInt(Integer::intValue).toArray();
            for (Integer o : os) if (bitsOfOrd[o] != null) bitValues[f.ordinal()]++;
        }
    }

    /** The documents of a value, as a bit set or one by one. */
    void addDocs(int ord, FixedBitSet into) {
        if (bitsOfOrd[ord] != null) into.or(bitsOfOrd[ord]);
        else for (int d : docsOfOrd[ord]) into.set(d);
    }

    /** How many facet values a document has, on average. */
    double ordsPerDoc() {
        return maxDoc == 0 ? 0 : (double) ords.length / maxDoc;
    }

    /** The ordinal of a facet value, or -1 when no document has it. */
    int ord(Facet f, String value) {
        Integer o = ordOf.getOrDefault(f, Map.of()).get(value);
        return o == null ? -1 : o;
    }

    /** Reads the table of an index of at most one segment ({@code leaf} null for an empty index). */
    static FacetTable read(LeafReader leaf) throws IOException {
        if (leaf == null) return new FacetTable(0, new int[1], new int[0], new int[0], new String[0], new int[0], new long[0], new long[0]);
        int maxDoc = leaf.maxDoc();
        SortedSetDocValues facets = DocValues.getSortedSet(leaf, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        int n = (int) facets.getValueCount();
        int[] ordFacet = new int[n];
        String[] ordValue = new String[n];
        for (int o = 0; o < n; o++) {
            String[] path = FacetsConfig.stringToPath(facets.lookupOrd(o).utf8ToString());
            ordFacet[o] = path.length == 2 ? Facet.ofParam(path[0]).map(Facet::ordinal).orElse(-1) : -1;
            ordValue[o] = path.length == 2 ? path[1] : "";
        }
        int[] start = new int[maxDoc + 1];
        int[] ords = new int[Math.max(16, maxDoc * 8)];
        int used = 0;
        for (int d = 0; d < maxDoc; d++) {
            start[d] = used;
            if (facets.docID() < d) facets.advance(d);
            if (facets.docID() != d) continue;
            for (int i = 0; i < facets.docValueCount(); i++) {
                if (used == ords.length) ords = Arrays.copyOf(ords, ords.length * 2);
                ords[used++] = (int) facets.nextOrd();
            }
        }
        start[maxDoc] = used;
        return new FacetTable(maxDoc, start, Arrays.copyOf(ords, used), ordFacet, ordValue,
                titleRanks(leaf, maxDoc), longs(leaf, IndexSchema.MODIFIED, maxDoc), longs(leaf, IndexSchema.QUALITY, maxDoc));
    }

    /** The order of {@link IndexSchema#TITLE_SORT}, then {@link IndexSchema#IRI_SORT}, as the index sorts them. */
    private static int[] titleRanks(LeafReader leaf, int maxDoc) throws IOException {
        int[] title = sortedOrds(leaf.getSortedDocValues(IndexSchema.TITLE_SORT), maxDoc);
        int[] iri = sortedOrds(leaf.getSortedDocValues(IndexSchema.IRI_SORT), maxDoc);
        List<Integer> docs = new ArrayList<>(maxDoc);
        for (int d = 0; d < maxDoc; d++) docs.add(d);
        docs.sort((a, b) -> title[a] != title[b] ? Integer.compare(title[a], title[b])
                : iri[a] != iri[b] ? Integer.compare(iri[a], iri[b]) : Integer.compare(a, b));
        int[] rank = new int[maxDoc];
        for (int r = 0; r < maxDoc; r++) rank[docs.get(r)] = r;
        return rank;
    }

    /** Each document's ordinal in a sorted field; -1 (first, as the index sorts a missing string) without one. */
    private static int[] sortedOrds(SortedDocValues v, int maxDoc) throws IOException {
        int[] out = new int[maxDoc];
        Arrays.fill(out, -1);
        if (v == null) return out;
        for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) out[d] = v.ordValue();
        return out;
    }

    private static long[] longs(LeafReader leaf, String field, int maxDoc) throws IOException {
        long[] out = new long[maxDoc];
        Arrays.fill(out, MISSING);
        NumericDocValues v = leaf.getNumericDocValues(field);
        if (v == null) return out;
        for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) out[d] = v.longValue();
        return out;
    }
}
