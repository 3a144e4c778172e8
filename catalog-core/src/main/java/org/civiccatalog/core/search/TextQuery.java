package org.civiccatalog.core.search;

import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * The words of a search as a Lucene query: every word required, each in any of the text fields, weighted so that a
 * word in the title counts most, then keywords and publisher, then the description (BM25 within each field, the
 * fields' scores added). So a dataset named for a word ranks above one that only mentions it.
 *
 * <p>The text is parsed with Lucene's classic syntax into one virtual field, and each word, phrase, prefix or
 * wildcard of that field is then spread over the real fields with their weights. (MultiFieldQueryParser does the
 * same, but turns a single word next to a stray operator into "required in every field".) A word given a field
 * ({@code description:harbour}) stays in that field.
 */
final class TextQuery {
    static final Map<String, Float> BOOSTS = Map.of(IndexSchema.TITLE, 4f, IndexSchema.KEYWORDS, 2f,
            IndexSchema.PUBLISHERS, 2f, IndexSchema.DESCRIPTION, 1f);
    private static final String[] FIELDS = {IndexSchema.TITLE, IndexSchema.KEYWORDS, IndexSchema.PUBLISHERS, IndexSchema.DESCRIPTION};
    private static final String ANY = "any_text";

    private TextQuery() {}

    /** Lucene's syntax when the text parses as it; otherwise the same text as plain words. */
    static Query parse(String text, Analyzer analyzer) {
        try {
            return spread(parser(analyzer).parse(text));
        } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException e) {
            try {
                return spread(parser(analyzer).parse(QueryParser.escape(text)));
            } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException again) {
                return new MatchNoDocsQuery("unreadable search text");
            }
        }
    }

    private static QueryParser parser(Analyzer analyzer) {
        QueryParser p = new QueryParser(ANY, analyzer);
        p.setDefaultOperator(QueryParser.Operator.AND);
        p.setAllowLeadingWildcard(false);
        return p;
    }

    private static Query spread(Query q) {
        if (q instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) out.add(spread(c.getQuery()), c.getOccur());
            return out.build();
        }
        if (q instanceof BoostQuery b) return new BoostQuery(spread(b.getQuery()), b.getBoost());
        if (q instanceof TermQuery t && t.getTerm().field().equals(ANY))
            return perField(f -> new TermQuery(new Term(f, t.getTerm().bytes())));
        if (q instanceof PrefixQuery p && p.getField().equals(ANY))
            return perField(f -> new PrefixQuery(new Term(f, p.getPrefix().bytes())));
        if (q instanceof WildcardQuery w && w.getField().equals(ANY))
            return perField(f -> new WildcardQuery(new Term(f, w.getTerm().bytes())));
        if (q instanceof FuzzyQuery z && z.getField().equals(ANY))
            return perField(f -> new FuzzyQuery(new Term(f, z.getTerm().bytes()), z.getMaxEdits(), z.getPrefixLength()));
        if (q instanceof PhraseQuery p && p.getField() != null && p.getField().equals(ANY))
            return perField(f -> {
                PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(p.getSlop());
                for (int i = 0; i < p.getTerms().length; i++) b.add(new Term(f, p.getTerms()[i].bytes()), p.getPositions()[i]);
                return b.build();
            });
        return q;
    }

    private static Query perField(Function<String, Query> make) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String f : FIELDS) b.add(new BoostQuery(make.apply(f), BOOSTS.get(f)), BooleanClause.Occur.SHOULD);
        return b.build();
    }
}
