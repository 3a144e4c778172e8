package org.civiccatalog.core.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.util.FixedBitSet;

/**
 * A facet's counts in one search as they are shown: its most frequent values (at most {@link #SHOWN}; ties by
 * ordinal, the index's order of values), how many of its values have a count at all, and the count of any value
 * asked for (the chosen ones). Values are visited by descending count over every document, and counting stops when
 * no value left can enter the top: a value never counts more documents in a search than in the whole catalog. The
 * values left are then only checked for having a document at all, which stops at the first one found.
 */
final class FacetCounter {
    static final int SHOWN = 20;

    private FacetCounter() {}

    /** How many documents of a value a search counts. */
    interface Counts {
        int count(int ord);

        /** Whether the search counts any document of the value (cheaper than counting them). */
        boolean any(int ord);
    }

    /**
     * When the values left cannot enter the top: {@code last} is the count of the last value of a full top, and
     * {@code next} the number of documents, in the whole catalog, of the next value visited (the most of any left).
     */
    interface StopRule {
        boolean done(int last, int next);
    }

    /**
     * A value left may count as many as its documents; with as many as the last of the top, it would still come
     * before it when its ordinal is lower. So counting stops only when the last of the top counts more.
     */
    static final StopRule EXACT = (last, next) -> last > next;

    /**
     * A facet's top values.
     *
     * @param ords          the values shown, most frequent first, then by ordinal
     * @param counts        their counts
     * @param valuesCounted how many of the facet's values have a count above 0
     */
    record Top(int[] ords, int[] counts, int valuesCounted, Map<Integer, Integer> known) {
        /** The count of a value of the top, or of one asked for when the top was made. */
        int countOf(int ord) {
            Integer n = known.get(ord);
            if (n == null) throw new IllegalArgumentException("Not counted: ordinal " + ord);
            return n;
        }
    }

    /** The counts over every document. */
    static Counts everyDocument(FacetTable t) {
        return new Counts() {
            public int count(int ord) {
                return t.allCounts[ord];
            }

            public boolean any(int ord) {
                return t.allCounts[ord] > 0;
            }
        };
    }

    /** Counts made by a walk over the documents, one per ordinal. */
    static Counts walked(int[] counts) {
        return new Counts() {
            public int count(int ord) {
                return counts[ord];
            }

            public boolean any(int ord) {
                return counts[ord] > 0;
            }
        };
    }

    /** The documents of {@code docs}: a value with a bit set is intersected with it, another one's documents looked up. */
    static Counts in(FacetTable t, FixedBitSet docs) {
        return new Counts() {
            public int count(int ord) {
                FixedBitSet bits = t.bitsOfOrd[ord];
                if (bits != null) return (int) FixedBitSet.intersectionCount(docs, bits);
                int n = 0;
                for (int d : t.docsOfOrd[ord]) if (docs.get(d)) n++;
                return n;
            }

            public boolean any(int ord) {
                FixedBitSet bits = t.bitsOfOrd[ord];
                if (bits != null) return docs.intersects(bits);
                for (int d : t.docsOfOrd[ord]) if (docs.get(d)) return true;
                return false;
            }
        };
    }

    /** The top of facet {@code f}, with the counts of {@code asked} (ordinals of the facet) known too. */
    static Top top(FacetTable t, Facet f, Counts c, StopRule rule, int[] asked) {
        int[] order = t.byCount[f.ordinal()];
        int[] ords = new int[SHOWN];
        int[] counts = new int[SHOWN];
        int size = 0;
        int values = 0;
        int i = 0;
        for (; i < order.length; i++) {
            int o = order[i];
            if (size == SHOWN && rule.done(counts[SHOWN - 1], t.allCounts[o])) break;
            int n = c.count(o);
            if (n <= 0) continue;
            values++;
            if (size == SHOWN && (n < counts[SHOWN - 1] || n == counts[SHOWN - 1] && o > ords[SHOWN - 1])) continue;
            int at = size == SHOWN ? SHOWN - 1 : size++;
            while (at > 0 && (counts[at - 1] < n || counts[at - 1] == n && ords[at - 1] > o)) {
                counts[at] = counts[at - 1];
                ords[at] = ords[at - 1];
                at--;
            }
            counts[at] = n;
            ords[at] = o;
        }
        for (; i < order.length; i++) if (c.any(order[i])) values++;
        Map<Integer, Integer> known = new HashMap<>();
        for (int k = 0; k < size; k++) known.put(ords[k], counts[k]);
        for (int o : asked) known.computeIfAbsent(o, c::count);
        return new Top(Arrays.copyOf(ords, size), Arrays.copyOf(counts, size), values, known);
    }
}
