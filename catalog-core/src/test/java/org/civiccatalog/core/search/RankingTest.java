package org.civiccatalog.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relevance ranking (the scoring parts of a search as one disjunction, scored over the documents matching only)
 * and the matches collected (each word's postings set straight into a bit set) against Lucene's own ranking and
 * count of the search's query, on a real index of a real TDB2 store: 400 datasets whose
 * titles, descriptions, keywords and departments are drawn from 12 words, so that a search of two or three words
 * matches documents with every mix of fields.
 */
class RankingTest {
    static final SourceInfo CITY = SearchRecord.CITY;
    static final String[] WORDS = {"parks", "trees", "water", "budget", "permits", "housing", "transit", "crime",
            "zoning", "library", "energy", "streets"};
    static final BoundingBox BOX = new BoundingBox(-118.5, 33.9, -118.3, 34.1);

    @TempDir Path dir;
    TdbCatalogStore store;
    SearchIndex index;

    @BeforeEach
    void build() throws Exception {
        store = TdbCatalogStore.open(dir.resolve("data"), "http://catalog.test/");
        Random rnd = new Random(11);
        List<SearchRecord> records = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            SearchRecord r = SearchRecord.of(store.iris(), CITY.id(), "d" + i)
                    .title(words(rnd, 1 + rnd.nextInt(3)) + " " + i)
                    .description(words(rnd, rnd.nextInt(14)))
                    .keywords(words(rnd, rnd.nextInt(3)).split(" "))
                    .publisher(WORDS[rnd.nextInt(4)] + " department");
            if (i % 2 == 0) r.bbox(-118.45 + rnd.nextDouble() * 0.3, 33.95, -118.1, 34.2);
            records.add(r);
        }
        index = SearchRecord.indexed(store, records);
    }

    private static String words(Random rnd, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) b.append(k == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
        return b.toString();
    }

    @AfterEach
    void close() {
        if (index != null) index.retire(false);
        store.close();
    }

    /** The searches compared: each word, every pair, some triples, OR, a phrase, a prefix; pages 1 and 3; with a box. */
    private static List<SearchQuery> searches() {
        List<String> texts = new ArrayList<>(List.of(WORDS));
        for (int a = 0; a < WORDS.length; a++)
            for (int b = a + 1; b < WORDS.length; b++) texts.add(WORDS[a] + " " + WORDS[b]);
        for (int a = 0; a + 2 < WORDS.length; a += 2) texts.add(WORDS[a] + " " + WORDS[a + 1] + " " + WORDS[a + 2]);
        texts.addAll(List.of("parks OR trees", "\"parks trees\"", "perm* housing", "water -budget", "department parks"));
        List<SearchQuery> out = new ArrayList<>();
        for (String t : texts) {
            out.add(SearchQuery.text(t).withPage(1, 10));
            out.add(SearchQuery.text(t).withPage(3, 10));
            out.add(SearchQuery.text(t).withBbox(BOX).withPage(1, 10));
        }
        return out;
    }

    @Test
    void relevance_ranking_is_lucenes_ranking_of_the_search_query_with_ties_in_title_order() throws Exception {
        int compared = 0, multiField = 0;
        for (SearchQuery q : searches()) {
            List<String> expected = lucene(q, index.base(q), true);
            SearchResult r = index.compute(q, SearchPass.COUNTING, FacetCounter.EXACT);
            assertThat(shown(r)).as(q.text() + " page " + q.page() + " " + q.bbox()).isEqualTo(expected);
            assertThat(r.total()).as("matches of " + q.text()).isEqualTo(index.searcher().count(index.base(q)));
            compared++;
            if (q.text().contains(" ") && !expected.isEmpty()) multiField++;
        }
        assertThat(compared).isEqualTo(3 * (12 + 66 + 5 + 5));
        assertThat(multiField).as("searches of several words with results").isGreaterThan(150);
    }

    /**
     * Must-fail twin: the same disjunction ranked over every document (not only those matching) lets in documents
     * with one of two words, and the comparison above sees it.
     */
    @Test
    void must_fail_twin_the_disjunction_ranked_over_every_document_is_not_the_search_ranking() throws Exception {
        int differing = 0;
        for (SearchQuery q : searches()) {
            if (!q.text().matches("[a-z]+ [a-z]+") || q.bbox().isPresent()) continue;
            Query flat = ScoringParts.disjunction(index.searcher().rewrite(index.base(q)));
            if (!lucene(q, flat, false).equals(lucene(q, index.base(q), true))) differing++;
        }
        assertThat(differing).as("two-word searches ranked differently").isGreaterThan(30);
    }

    /**
     * Lucene's ranking of {@code query}: every match with its score (IndexSearcher.search), in order of score, then
     * title rank; the page asked for. {@code scoresOfQuery}: scores as given (the search's own query) or as given by
     * the flat disjunction (the twin).
     */
    private List<String> lucene(SearchQuery q, Query query, boolean scoresOfQuery) throws Exception {
        IndexSearcher s = index.searcher();
        FacetTable t = index.table();
        ScoreDoc[] all = s.search(query, Math.max(1, t.maxDoc)).scoreDocs;
        List<ScoreDoc> sorted = new ArrayList<>(List.of(all));
        sorted.sort(Comparator.comparing((ScoreDoc d) -> -d.score).thenComparingInt(d -> t.titleRank[d.doc]));
        var stored = s.storedFields();
        List<String> out = new ArrayList<>();
        int from = (q.page() - 1) * q.pageSize();
        for (int i = from; i < Math.min(sorted.size(), from + q.pageSize()); i++) {
            ScoreDoc d = sorted.get(i);
            out.add(IndexSchema.Shown.parse(stored.document(d.doc).get(IndexSchema.SHOWN)).iri() + " " + d.score);
        }
        return out;
    }

    private static List<String> shown(SearchResult r) {
        return r.hits().stream().map(h -> h.iri() + " " + h.score()).toList();
    }
}
