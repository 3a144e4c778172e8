package org.civiccatalog.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts by bit sets, with the top of each facet pruned, against the one-pass walk over every match, on a real
 * index of a real TDB2 store: 200 datasets, so that values of at least 4 datasets (200 / 64) have a bit set and the
 * others are looked up one by one.
 */
class FacetCountingTest {
    static final SourceInfo CITY = SearchRecord.CITY;

    @TempDir Path dir;
    TdbCatalogStore store;
    SearchIndex index;

    /**
     * 100 "Alpha" and 100 "Beta" datasets. Keywords: m01..m19 on 30 Alpha and 10 Beta datasets each; "zz-w" on 3
     * Alpha and 17 Beta (20: a bit set); "aa-v" on 3 Alpha only (3: no bit set); r1..r5 on one or two Alpha each;
     * "b-only" on 50 Beta. In a search for "alpha", the 20th place is a tie at 3 between zz-w and aa-v, which the
     * index's order of values gives to aa-v; zz-w is visited first (it has more datasets in all).
     * Departments, themes and formats are drawn at random (seeded) with uneven odds; Harbour (3 datasets) and Housing
     * (3) stay under the bit set threshold.
     */
    @BeforeEach
    void build() throws Exception {
        store = TdbCatalogStore.open(dir.resolve("data"), "http://catalog.test/");
        List<List<String>> kw = new ArrayList<>();
        for (int i = 0; i < 200; i++) kw.add(new ArrayList<>());
        for (int m = 1; m <= 19; m++) {
            for (int j = 0; j < 30; j++) kw.get((m * 7 + j) % 100).add(String.format("m%02d", m));
            for (int j = 0; j < 10; j++) kw.get(100 + (m * 5 + j) % 100).add(String.format("m%02d", m));
        }
        for (int j = 0; j < 3; j++) kw.get(j).add("zz-w");
        for (int j = 0; j < 17; j++) kw.get(100 + j).add("zz-w");
        for (int j = 3; j < 6; j++) kw.get(j).add("aa-v");
        for (int r = 1; r <= 5; r++) for (int j = 0; j < 1 + r % 2; j++) kw.get(10 + r * 3 + j).add("r" + r);
        for (int j = 0; j < 50; j++) kw.get(100 + j).add("b-only");
        Random rnd = new Random(7);
        String[] depts = {"Police", "Parks", "Library", "Water", "Clerk", "Harbour"};
        String[] themes = {"Safety", "Recreation", "Culture", "Utilities", "Government", "Transport", "Health", "Housing"};
        String[][] formats = {{"CSV", "text/csv"}, {"JSON", "application/json"}, {"GeoJSON", null}, {null, "application/pdf"}};
        List<SearchRecord> records = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            SearchRecord r = SearchRecord.of(store.iris(), CITY.id(), "d" + i)
                    .title((i < 100 ? "Alpha" : "Beta") + " dataset " + i)
                    .keywords(kw.get(i).toArray(String[]::new))
                    .publisher(i % 90 == 5 ? "Harbour" : depts[skewed(rnd, depts.length - 1)])
                    .theme(i % 80 == 7 ? "Housing" : themes[skewed(rnd, themes.length - 1)]);
            for (int k = 0; k <= rnd.nextInt(3); k++) {
                String[] f = formats[skewed(rnd, formats.length)];
                r.distribution(f[0], f[1]);
            }
            if (rnd.nextInt(4) == 0) r.modified("20" + (10 + rnd.nextInt(15)) + "-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10));
            records.add(r);
        }
        index = SearchRecord.indexed(store, records);
    }

    /** 0 about half the time, the last value rarely: some values above 4 datasets of 200, some below. */
    private static int skewed(Random rnd, int n) {
        int i = 0;
        while (i < n - 1 && rnd.nextInt(3) != 0) i++;
        return n - 1 - i;
    }

    @AfterEach
    void close() {
        if (index != null) index.retire(false);
        store.close();
    }

    private SearchResult walked(SearchQuery q) {
        return index.compute(q, SearchPass.Counting.WALK, FacetCounter.EXACT);
    }

    private SearchResult byBits(SearchQuery q) {
        return index.compute(q, SearchPass.Counting.BITS, FacetCounter.EXACT);
    }

    @Test
    void the_tie_at_the_20th_place_goes_to_the_first_value_in_the_index_order_even_when_it_is_visited_last() {
        SearchQuery alpha = SearchQuery.text("alpha");
        for (SearchResult r : List.of(walked(alpha), byBits(alpha))) {
            assertThat(r.total()).isEqualTo(100);
            SearchResult.FacetCounts kw = r.facets().get(Facet.KEYWORD);
            Map<String, Long> expected = new LinkedHashMap<>();
            for (int m = 1; m <= 19; m++) expected.put(String.format("m%02d", m), 30L);
            expected.put("aa-v", 3L);
            assertThat(counts(kw)).containsExactlyEntriesOf(expected);
            assertThat(kw.otherValues()).as("zz-w and r1..r5").isEqualTo(6);
        }
        assertThat(index.meta().datasets()).isEqualTo(200);
    }

    @Test
    void must_fail_twin_stopping_at_an_equal_count_keeps_the_wrong_value_at_the_20th_place() {
        SearchQuery alpha = SearchQuery.text("alpha");
        SearchResult wrong = index.compute(alpha, SearchPass.Counting.BITS, (last, next) -> last >= next);
        assertThat(counts(wrong.facets().get(Facet.KEYWORD))).containsEntry("zz-w", 3L).doesNotContainKey("aa-v");
        assertThat(wrong.facets()).isNotEqualTo(walked(alpha).facets());
    }

    @Test
    void bit_sets_and_the_walk_give_the_same_counts_order_and_results_for_every_kind_of_search() {
        List<SearchQuery> queries = new ArrayList<>();
        for (String words : List.of("", "alpha", "beta", "dataset", "alpha OR beta", "nothing-here")) {
            SearchQuery q = SearchQuery.text(words);
            queries.add(q);
            queries.add(q.with(Facet.KEYWORD, "m01"));
            queries.add(q.with(Facet.KEYWORD, "aa-v").with(Facet.KEYWORD, "zz-w"));
            queries.add(q.with(Facet.PUBLISHER, "Harbour").with(Facet.FORMAT, "CSV"));
            queries.add(q.with(Facet.PUBLISHER, "Police").with(Facet.THEME, "Housing").with(Facet.KEYWORD, "b-only"));
            queries.add(q.with(Facet.FORMAT, "PDF").withSort(SearchSort.MODIFIED).withPage(2, 10));
            queries.add(q.with(Facet.THEME, "No such theme"));
            queries.add(q.withSort(SearchSort.TITLE).withPage(3, 7));
            queries.add(q.withPage(2, 5)); // AUTO: the counts kept from q's first page, ranked again
        }
        int compared = 0;
        for (SearchQuery q : queries) {
            SearchResult walk = walked(q);
            for (SearchPass.Counting c : List.of(SearchPass.Counting.BITS, SearchPass.Counting.SETS, SearchPass.Counting.AUTO)) {
                SearchResult other = index.compute(q, c, FacetCounter.EXACT);
                assertThat(other.total()).as("%s %s", c, q).isEqualTo(walk.total());
                assertThat(shown(other)).as("%s %s", c, q).isEqualTo(shown(walk));
                assertThat(other.facets()).as("%s %s", c, q).isEqualTo(walk.facets());
                compared++;
            }
        }
        assertThat(compared).isEqualTo(162);
        // The catalog crosses the threshold in several facets: some values with a bit set, some without.
        FacetTable t = index.table();
        for (Facet f : List.of(Facet.KEYWORD, Facet.PUBLISHER, Facet.THEME)) {
            int[] range = t.ordRange.get(f);
            long withBits = java.util.stream.IntStream.range(range[0], range[1]).filter(o -> t.bitsOfOrd[o] != null).count();
            assertThat(withBits).as(f.param()).isBetween(1L, (long) range[1] - range[0] - 1);
        }
    }

    private static List<String> shown(SearchResult r) {
        return r.hits().stream().map(h -> h.iri() + " " + h.score()).toList();
    }

    private static Map<String, Long> counts(SearchResult.FacetCounts c) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (SearchResult.FacetValue v : c.values()) out.put(v.value(), v.count());
        return out;
    }
}
