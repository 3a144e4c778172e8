package org.civiccatalog.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civiccatalog.core.identity.CrossPortalIdentity;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index over a real TDB2 store: ranking, facet counts, boxes, copies, and keeping in step. */
class SearchIndexTest {
    static final SourceInfo CITY = SearchRecord.CITY;
    static final SourceInfo COUNTY = new SourceInfo("county", "County portal", "dkan", Optional.empty(), Optional.empty(), Optional.of("county"));

    @TempDir Path dir;
    TdbCatalogStore store;
    CatalogSearch search;

    @BeforeEach
    void open() {
        store = TdbCatalogStore.open(dir.resolve("data"), "http://catalog.test/");
        search = CatalogSearch.inMemory(store, QualityScores.NONE);
    }

    @AfterEach
    void close() {
        search.close();
        store.close();
    }

    private SearchRecord r(SourceInfo s, String key) {
        return SearchRecord.of(store.iris(), s.id(), key);
    }

    private SearchResult find(SearchQuery q) throws InterruptedException {
        assertThat(search.awaitCurrent(Duration.ofSeconds(30))).isTrue();
        return search.search(q);
    }

    private static List<String> titles(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::title).toList();
    }

    @Test
    void a_title_match_ranks_above_a_description_match() throws Exception {
        // The description-only match says "harbour" four times and is indexed first: without the title's weight it wins.
        store.replaceRecords(CITY, SearchRecord.records(
                r(CITY, "a").title("Boat moorings").description("Moorings in the harbour, harbour fees, harbour map, harbour lights."),
                r(CITY, "b").title("Harbour").description("Where ships dock in the harbour.")));
        SearchResult res = find(SearchQuery.text("harbour"));
        assertThat(titles(res)).containsExactly("Harbour", "Boat moorings");
        assertThat(res.hits().get(0).score()).isGreaterThan(res.hits().get(1).score());
        assertThat(res.hits().get(1).snippet()).startsWith("Moorings in the harbour");
        assertThat(res.hits().get(1).highlight()).hasSize(4);

        // must-fail twin: the same words searched in descriptions alone rank the other way
        assertThat(titles(search.search(SearchQuery.text("description:harbour")))).containsExactly("Boat moorings", "Harbour");
    }

    @Test
    void words_are_all_required_and_stemmed_and_bad_syntax_is_searched_as_words() throws Exception {
        store.replaceRecords(CITY, SearchRecord.records(
                r(CITY, "p").title("Building permits").keywords("construction"),
                r(CITY, "q").title("Building footprints").publisher("Planning Department")));
        assertThat(titles(find(SearchQuery.text("permit")))).containsExactly("Building permits");
        assertThat(titles(find(SearchQuery.text("building planning")))).containsExactly("Building footprints");
        assertThat(find(SearchQuery.text("building construction")).total()).isEqualTo(1);
        assertThat(find(SearchQuery.text("building (")).total()).isEqualTo(2);
        assertThat(find(SearchQuery.text("*permits")).total()).isEqualTo(1);
        assertThat(find(SearchQuery.text("nothing-like-this")).total()).isZero();
        assertThat(find(SearchQuery.text("\"building permits\"")).total()).isEqualTo(1);
        assertThat(find(SearchQuery.text("foot*")).total()).isEqualTo(1);
        assertThat(find(SearchQuery.text("permits OR footprints")).total()).isEqualTo(2);
        assertThat(find(SearchQuery.text("building -permits")).total()).isEqualTo(1);
    }

    @Test
    void each_facet_counts_the_datasets_that_have_each_value() throws Exception {
        store.replaceRecords(CITY, SearchRecord.records(
                r(CITY, "1").title("Crimes").publisher("Police").theme("Public Safety").keywords("crime", "police")
                        .distribution("csv", "text/csv").distribution(null, "application/json")
                        .license("https://creativecommons.org/licenses/by/4.0/").conformsTo("https://open311.org/v2"),
                r(CITY, "2").title("Arrests").publisher("Police").theme("Public Safety").keywords("crime")
                        .distribution("CSV", null).license("http://creativecommons.org/licenses/by/4.0"),
                r(CITY, "3").title("Potholes").publisher("Streets").theme("Transportation").keywords("roads")
                        .distribution(null, "application/vnd.geo+json").conformsTo("https://open311.org/v2")));
        store.replaceRecords(COUNTY, SearchRecord.records(
                r(COUNTY, "4").title("Clinics").publisher("Public Health").theme("Health").keywords("health")
                        .distribution("GeoJSON", null).license("http://opendefinition.org/licenses/odc-odbl/")));
        store.withdraw(CITY, List.of("3"), java.time.Instant.parse("2025-01-01T00:00:00Z"));

        SearchResult all = find(SearchQuery.all());
        assertThat(all.total()).isEqualTo(4);
        assertThat(counts(all, Facet.SOURCE)).containsExactly(Map.entry("city", 3L), Map.entry("county", 1L));
        assertThat(all.facets().get(Facet.SOURCE).values().get(0).label()).isEqualTo("City portal");
        assertThat(counts(all, Facet.JURISDICTION)).containsExactly(Map.entry("city", 3L), Map.entry("county", 1L));
        assertThat(counts(all, Facet.PUBLISHER)).containsExactly(Map.entry("Police", 2L), Map.entry("Public Health", 1L), Map.entry("Streets", 1L));
        assertThat(counts(all, Facet.THEME)).containsExactly(Map.entry("Public Safety", 2L), Map.entry("Health", 1L), Map.entry("Transportation", 1L));
        assertThat(counts(all, Facet.KEYWORD)).containsExactly(Map.entry("crime", 2L), Map.entry("health", 1L), Map.entry("police", 1L), Map.entry("roads", 1L));
        assertThat(counts(all, Facet.FORMAT)).containsExactly(Map.entry("CSV", 2L), Map.entry("GeoJSON", 2L), Map.entry("JSON", 1L));
        assertThat(counts(all, Facet.LICENSE)).containsExactly(Map.entry("CC BY 4.0", 2L), Map.entry("ODbL", 1L));
        assertThat(counts(all, Facet.STANDARD)).containsExactly(Map.entry("https://open311.org/v2", 2L));
        assertThat(counts(all, Facet.STATUS)).containsExactly(Map.entry("active", 3L), Map.entry("withdrawn", 1L));
        assertThat(all.facets()).doesNotContainKey(Facet.QUALITY);

        // A filter narrows the other facets; its own facet keeps its other values, to choose a second one.
        SearchResult police = find(SearchQuery.all().with(Facet.PUBLISHER, "Police"));
        assertThat(titles(police)).containsExactly("Arrests", "Crimes");
        assertThat(counts(police, Facet.PUBLISHER)).containsExactly(Map.entry("Police", 2L), Map.entry("Public Health", 1L), Map.entry("Streets", 1L));
        assertThat(police.facets().get(Facet.PUBLISHER).values().get(0).selected()).isTrue();
        assertThat(counts(police, Facet.FORMAT)).containsExactly(Map.entry("CSV", 2L), Map.entry("JSON", 1L));
        assertThat(find(SearchQuery.all().with(Facet.PUBLISHER, "Police").with(Facet.PUBLISHER, "Streets")).total()).isEqualTo(3);
        assertThat(find(SearchQuery.all().with(Facet.PUBLISHER, "Police").with(Facet.FORMAT, "JSON")).total()).isEqualTo(1);
        assertThat(find(SearchQuery.all().with(Facet.STATUS, "withdrawn")).hits().get(0).title()).isEqualTo("Potholes");
        SearchResult none = find(SearchQuery.all().with(Facet.PUBLISHER, "No such department"));
        assertThat(none.total()).isZero();
        assertThat(none.facets().get(Facet.PUBLISHER).values()).contains(new SearchResult.FacetValue("No such department", "No such department", 0, true));
    }

    @Test
    void with_filters_on_two_facets_each_counts_the_datasets_passing_the_other_filter_with_words_or_without() throws Exception {
        store.replaceRecords(CITY, SearchRecord.records(
                r(CITY, "1").title("Crimes").publisher("Police").keywords("crime").distribution("csv", "text/csv")
                        .distribution(null, "application/json"),
                r(CITY, "2").title("Arrests").publisher("Police").keywords("crime").distribution("CSV", null),
                r(CITY, "3").title("Potholes").publisher("Streets").keywords("roads").distribution(null, "application/vnd.geo+json")));
        store.replaceRecords(COUNTY, SearchRecord.records(
                r(COUNTY, "4").title("Clinics").publisher("Public Health").keywords("health").distribution("GeoJSON", null)));

        // Police and JSON: only 1. Publishers of the JSON datasets: 1 (Police). Formats of the Police datasets: 1, 2.
        for (String words : List.of("", "crime")) {
            SearchResult r = find(SearchQuery.text(words).with(Facet.PUBLISHER, "Police").with(Facet.FORMAT, "JSON"));
            assertThat(titles(r)).as(words).containsExactly("Crimes");
            assertThat(counts(r, Facet.PUBLISHER)).as(words).containsExactly(Map.entry("Police", 1L));
            assertThat(counts(r, Facet.FORMAT)).as(words).containsExactly(Map.entry("CSV", 2L), Map.entry("JSON", 1L));
            assertThat(counts(r, Facet.KEYWORD)).as("a facet not filtered counts the results").containsExactly(Map.entry("crime", 1L));
        }
        // Streets and GeoJSON: 3. Publishers of the GeoJSON datasets: 3 and 4; formats of the Streets datasets: 3.
        SearchResult streets = find(SearchQuery.all().with(Facet.PUBLISHER, "Streets").with(Facet.FORMAT, "GeoJSON"));
        assertThat(titles(streets)).containsExactly("Potholes");
        assertThat(counts(streets, Facet.PUBLISHER)).containsExactly(Map.entry("Public Health", 1L), Map.entry("Streets", 1L));
        assertThat(counts(streets, Facet.FORMAT)).containsExactly(Map.entry("GeoJSON", 1L));
        // The same with "crime", which neither GeoJSON dataset nor the Streets one has: nothing but the values chosen.
        SearchResult none = find(SearchQuery.text("crime").with(Facet.PUBLISHER, "Streets").with(Facet.FORMAT, "GeoJSON"));
        assertThat(none.total()).isZero();
        assertThat(counts(none, Facet.PUBLISHER)).containsExactly(Map.entry("Streets", 0L));
        assertThat(counts(none, Facet.FORMAT)).containsExactly(Map.entry("GeoJSON", 0L));
        // One facet filtered, no words: its own counts are those of every dataset.
        assertThat(counts(find(SearchQuery.all().with(Facet.FORMAT, "JSON")), Facet.FORMAT))
                .containsExactly(Map.entry("CSV", 2L), Map.entry("GeoJSON", 2L), Map.entry("JSON", 1L));
    }

    static Map<String, Long> counts(SearchResult r, Facet f) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (SearchResult.FacetValue v : r.facets().get(f).values()) out.put(v.value(), v.count());
        return out;
    }

    @Test
    void a_box_finds_the_datasets_whose_extent_intersects_it_and_not_the_others() throws Exception {
        store.replaceRecords(CITY, SearchRecord.records(
                r(CITY, "city").title("City parks").bbox(-121.563, 38.437, -121.362, 38.685),
                r(CITY, "point").title("City hall").geometry("POINT(-121.49 38.58)"),
                r(CITY, "far").title("Far away parks").bbox(-74.3, 40.5, -73.7, 40.9),
                r(CITY, "none").title("Parks budget")));
        BoundingBox downtown = new BoundingBox(-121.52, 38.55, -121.47, 38.60);
        assertThat(titles(find(SearchQuery.all().withBbox(downtown)))).containsExactly("City hall", "City parks");
        assertThat(titles(find(SearchQuery.text("parks").withBbox(downtown)))).containsExactly("City parks");
        // touching the city box's east edge counts
        assertThat(titles(find(SearchQuery.all().withBbox(new BoundingBox(-121.362, 38.0, -121.0, 38.5))))).containsExactly("City parks");
        // must-fail twin: a box just east of it, disjoint, finds nothing
        assertThat(find(SearchQuery.all().withBbox(new BoundingBox(-121.3619, 38.0, -121.0, 38.5))).total()).isZero();
        assertThat(find(SearchQuery.text("parks")).total()).isEqualTo(3);
        assertThat(find(SearchQuery.text("parks").withBbox(downtown)).hits().get(0).extents())
                .containsExactly(new BoundingBox(-121.563, 38.437, -121.362, 38.685));
    }

    @Test
    void a_dataset_published_on_two_portals_is_listed_once_from_its_origin() throws Exception {
        store.replaceRecords(CITY, SearchRecord.records(r(CITY, "trees").title("Street trees").landing("https://data.city.gov/d/trees")));
        store.replaceRecords(COUNTY, SearchRecord.records(r(COUNTY, "trees-copy").title("Street trees (county)").landing("https://data.city.gov/d/trees")));
        assertThat(find(SearchQuery.text("trees")).total()).as("before detection both are listed").isEqualTo(2);

        assertThat(CrossPortalIdentity.refresh(store).copies()).isEqualTo(1);
        SearchResult after = find(SearchQuery.text("trees"));
        assertThat(after.total()).isEqualTo(1);
        assertThat(after.hits().get(0).iri()).isEqualTo(store.iris().dataset("city", "trees"));
        assertThat(after.hits().get(0).alsoOn()).containsExactly("county");
        assertThat(counts(after, Facet.SOURCE)).containsExactly(Map.entry("city", 1L));
    }

    @Test
    void the_index_follows_the_store_and_serves_the_last_complete_index_meanwhile() throws Exception {
        store.replaceRecords(CITY, SearchRecord.records(r(CITY, "x").title("Bicycle counts")));
        SearchResult before = find(SearchQuery.text("bicycle"));
        assertThat(before.total()).isEqualTo(1);
        assertThat(before.index().orElseThrow().current()).isTrue();

        store.replaceRecords(CITY, SearchRecord.records(r(CITY, "x").title("Scooter counts")));
        SearchResult stale = search.search(SearchQuery.text("bicycle"));
        assertThat(stale.total()).as("served from the previous index until a new one is built").isEqualTo(1);
        assertThat(stale.index().orElseThrow().current()).isFalse();

        assertThat(search.refresh()).isTrue();
        assertThat(search.refresh()).as("nothing changed since").isFalse();
        assertThat(search.search(SearchQuery.text("bicycle")).total()).isZero();
        SearchResult now = search.search(SearchQuery.text("scooter"));
        assertThat(titles(now)).containsExactly("Scooter counts");
        assertThat(now.index().orElseThrow().storeVersion()).isEqualTo(store.state().version());
    }

    @Test
    void the_quality_facet_and_order_read_the_scores_when_there_are_some() throws Exception {
        store.replaceRecords(CITY, SearchRecord.records(r(CITY, "good").title("Good data"), r(CITY, "bad").title("Bad data"),
                r(CITY, "unscored").title("Unscored data")));
        Map<String, QualityScores.DatasetQuality> scores = Map.of(
                store.iris().dataset("city", "good"), new QualityScores.DatasetQuality(300, "Good"),
                store.iris().dataset("city", "bad"), new QualityScores.DatasetQuality(80, "Bad"));
        try (CatalogSearch scored = CatalogSearch.inMemory(store, new QualityScores() {
            public String version() {
                return "run-1";
            }

            public Map<String, DatasetQuality> scores() {
                return scores;
            }
        })) {
            assertThat(scored.awaitCurrent(Duration.ofSeconds(30))).isTrue();
            SearchResult r = scored.search(SearchQuery.text("data").withSort(SearchSort.QUALITY));
            assertThat(titles(r)).containsExactly("Good data", "Bad data", "Unscored data");
            assertThat(counts(r, Facet.QUALITY)).containsExactly(Map.entry("Bad", 1L), Map.entry("Good", 1L));
            assertThat(r.hits().get(0).quality()).contains(new QualityScores.DatasetQuality(300, "Good"));
            assertThat(scored.search(SearchQuery.all().with(Facet.QUALITY, "Good")).total()).isEqualTo(1);
        }
        assertThat(find(SearchQuery.all()).facets()).as("no scores, no quality facet").doesNotContainKey(Facet.QUALITY);
    }

    @Test
    void an_index_on_disk_is_served_again_after_a_restart_and_unfinished_builds_are_removed() throws Exception {
        store.replaceRecords(CITY, SearchRecord.records(r(CITY, "x").title("Library visits")));
        Path root = dir.resolve("search");
        try (CatalogSearch disk = CatalogSearch.onDisk(store, QualityScores.NONE, root)) {
            assertThat(disk.refresh()).isTrue();
        }
        Path broken = Files.createDirectories(root.resolve("index-1"));
        Files.writeString(broken.resolve("segments_1"), "cut short");
        try (CatalogSearch again = CatalogSearch.onDisk(store, QualityScores.NONE, root)) {
            SearchResult r = again.search(SearchQuery.text("library"));
            assertThat(r.total()).as("served before any build").isEqualTo(1);
            assertThat(r.index().orElseThrow().current()).isTrue();
            assertThat(again.refresh()).isFalse();
        }
        assertThat(broken).doesNotExist();
        try (var dirs = Files.list(root)) {
            assertThat(dirs.count()).isEqualTo(1);
        }
    }

    @Test
    void paging_sorting_by_date_and_an_empty_catalog() throws Exception {
        assertThat(find(SearchQuery.all()).total()).isZero();
        store.replaceRecords(CITY, SearchRecord.records(
                r(CITY, "a").title("A").modified("2020-01-01"), r(CITY, "b").title("B").modified("2024-05-01"),
                r(CITY, "c").title("C"), r(CITY, "d").title("D").modified("2022-03-01"), r(CITY, "e").title("E")));
        assertThat(titles(find(SearchQuery.all().withSort(SearchSort.MODIFIED).withPage(1, 2)))).containsExactly("B", "D");
        SearchResult p2 = find(SearchQuery.all().withSort(SearchSort.MODIFIED).withPage(2, 2));
        assertThat(titles(p2)).containsExactly("A", "C");
        assertThat(p2.total()).isEqualTo(5);
        assertThat(p2.pages()).isEqualTo(3);
        assertThat(titles(find(SearchQuery.all().withPage(3, 2)))).containsExactly("E");
        assertThat(find(SearchQuery.all().withPage(4, 2)).hits()).isEmpty();
    }
}
