package org.civiccatalog.core.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The parts of a query that score, as one disjunction, for ranking documents already known to match it.
 *
 * <p>A boolean query's score is the sum of the scores of its matching required and optional clauses (filters and
 * exclusions add nothing). For a document that matches, that is the sum over its matching leaves, which is the
 * score of the disjunction of every scoring leaf. Ranked that way, Lucene's MaxScore bounds each leaf (a word in one
 * field) on its own, instead of bounding a word by the sum of its four fields' maxima, which nearly every block of a
 * conjunction reaches: a two-word search then scores only the documents whose best fields may still enter the page.
 * The documents scored must be restricted to those matching (as accepted documents), which the disjunction alone
 * does not require.
 */
final class ScoringParts {
    private ScoringParts() {}

    /** The scoring leaves of {@code q} as one disjunction; {@code q} itself when it has no boolean structure to open. */
    static Query disjunction(Query q) {
        List<Query> leaves = new ArrayList<>();
        collect(q, leaves);
        if (leaves.isEmpty() || leaves.size() == 1 && leaves.get(0) == q) return q;
        if (leaves.size() > IndexSearcher.getMaxClauseCount()) return q;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query leaf : leaves) b.add(leaf, BooleanClause.Occur.SHOULD);
        return b.build();
    }

    private static void collect(Query q, List<Query> out) {
        if (!(q instanceof BooleanQuery b)) {
            out.add(q);
            return;
        }
        for (BooleanClause c : b.clauses())
            if (c.getOccur() == BooleanClause.Occur.MUST || c.getOccur() == BooleanClause.Occur.SHOULD) collect(c.getQuery(), out);
    }
}
