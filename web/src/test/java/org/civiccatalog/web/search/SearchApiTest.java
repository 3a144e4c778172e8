package org.civiccatalog.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code /search.json} over real HTTP on a known catalog ({@link SearchCatalog}): exact counts. */
class SearchApiTest {
    @TempDir static Path dir;
    static SearchCatalog cat;

    @BeforeAll
    static void start() throws Exception {
        cat = SearchCatalog.start(dir);
    }

    @AfterAll
    static void stop() {
        cat.close();
    }

    static List<String> titles(JsonNode r) {
        List<String> out = new ArrayList<>();
        r.path("results").forEach(h -> out.add(h.path("title").asText()));
        return out;
    }

    static Map<String, Long> facet(JsonNode r, String name) {
        Map<String, Long> out = new LinkedHashMap<>();
        r.path("facets").path(name).path("values").forEach(v -> out.put(v.path("value").asText(), v.path("count").asLong()));
        return out;
    }

    @Test
    void every_listed_dataset_once_with_each_facets_counts() {
        JsonNode r = cat.json("search.json");
        assertThat(r.path("total").asLong()).isEqualTo(7);
        assertThat(r.path("index").path("current").asBoolean()).isTrue();
        assertThat(r.path("index").path("datasets").asInt()).isEqualTo(7);
        assertThat(facet(r, "source")).containsExactly(Map.entry("city", 5L), Map.entry("county", 2L));
        assertThat(r.at("/facets/source/values/1/label").asText()).isEqualTo("County Data <Portal>");
        assertThat(facet(r, "jurisdiction")).containsExactly(Map.entry("city", 5L), Map.entry("county", 2L));
        assertThat(facet(r, "publisher")).containsExactly(Map.entry("Police Department", 2L), Map.entry("311 Customer Service", 1L),
                Map.entry("Finance", 1L), Map.entry("Public Health", 1L), Map.entry("Public Works", 1L), Map.entry("Water Resources", 1L));
        assertThat(facet(r, "theme")).containsExactly(Map.entry("Environment", 2L), Map.entry("Public Safety", 2L),
                Map.entry("Finance", 1L), Map.entry("Health", 1L), Map.entry("Service Requests", 1L));
        assertThat(facet(r, "keyword")).containsExactly(Map.entry("crime", 2L), Map.entry("311", 1L), Map.entry("budget", 1L),
                Map.entry("health", 1L), Map.entry("police", 1L), Map.entry("trees", 1L), Map.entry("water", 1L));
        assertThat(facet(r, "format")).containsExactly(Map.entry("CSV", 3L), Map.entry("JSON", 2L), Map.entry("GeoJSON", 1L),
                Map.entry("Shapefile", 1L), Map.entry("XLSX", 1L));
        assertThat(facet(r, "license")).containsExactly(Map.entry("CC BY 4.0", 2L), Map.entry("ODbL", 1L));
        assertThat(facet(r, "standard")).containsExactly(Map.entry(SearchCatalog.OPEN311, 1L));
        assertThat(facet(r, "status")).containsExactly(Map.entry("active", 6L), Map.entry("withdrawn", 1L));
        assertThat(r.path("facets").has("quality")).as("no audit scores: no quality facet").isFalse();
    }

    @Test
    void facet_filters_narrow_the_results_and_the_other_facets() {
        JsonNode police = cat.json("search.json?publisher=Police+Department");
        assertThat(titles(police)).containsExactly("Arrests", "Crime incidents");
        assertThat(facet(police, "format")).containsExactly(Map.entry("CSV", 2L), Map.entry("JSON", 1L));
        assertThat(facet(police, "publisher")).as("its own facet keeps the other departments").hasSize(6);
        assertThat(police.at("/facets/publisher/values/0/selected").asBoolean()).isTrue();

        assertThat(cat.json("search.json?publisher=Police+Department&publisher=Finance").path("total").asLong()).isEqualTo(3);
        assertThat(cat.json("search.json?publisher=Police+Department&format=JSON").path("total").asLong()).isEqualTo(1);
        assertThat(cat.json("search.json?theme=Environment&status=active").path("total").asLong()).isEqualTo(1);
        assertThat(titles(cat.json("search.json?status=withdrawn"))).containsExactly("Groundwater wells");
        assertThat(titles(cat.json("search.json?license=CC+BY+4.0&q=police"))).as("keyword above description").containsExactly("Crime incidents", "Arrests");
        assertThat(titles(cat.json("search.json?standard=" + java.net.URLEncoder.encode(SearchCatalog.OPEN311, java.nio.charset.StandardCharsets.UTF_8))))
                .containsExactly("Service requests (311)");
        assertThat(cat.json("search.json?jurisdiction=county").path("total").asLong()).isEqualTo(2);
        assertThat(cat.json("search.json?source=city&keyword=crime").path("total").asLong()).isEqualTo(2);

        // a facet value's link is the same search with that value added
        String link = police.at("/facets/format/values/1/search").asText();
        assertThat(link).isEqualTo(SearchCatalog.BASE + "search.json?publisher=Police+Department&format=JSON");
        assertThat(titles(cat.json(link))).containsExactly("Crime incidents");
    }

    @Test
    void a_title_match_ranks_above_keyword_and_description_matches() {
        JsonNode r = cat.json("search.json?q=crime");
        assertThat(titles(r)).containsExactly("Crime incidents", "Arrests", "Budget");
        assertThat(r.at("/results/0/score").asDouble()).isGreaterThan(r.at("/results/1/score").asDouble());
        JsonNode budget = r.path("results").get(2);
        assertThat(budget.path("snippet").asText()).isEqualTo("The adopted budget; crime prevention is one line.");
        assertThat(budget.path("highlights").toString()).isEqualTo("[[20,25]]");
        // must-fail twin: ordered by title, not relevance, the same three come otherwise
        assertThat(titles(cat.json("search.json?q=crime&sort=title"))).containsExactly("Arrests", "Budget", "Crime incidents");
        assertThat(titles(cat.json("search.json?q=police&sort=modified"))).containsExactly("Crime incidents", "Arrests");
    }

    @Test
    void a_box_finds_what_intersects_it_and_nothing_disjoint() {
        assertThat(titles(cat.json("search.json?bbox=-121.52,38.55,-121.47,38.60&sort=title")))
                .containsExactly("Clinics", "Crime incidents", "Groundwater wells", SearchCatalog.HOSTILE);
        assertThat(titles(cat.json("search.json?bbox=-121.3,38.1,-121.1,38.3&sort=title"))).containsExactly("Clinics", "Groundwater wells");
        assertThat(titles(cat.json("search.json?bbox=-121.3,38.1,-121.1,38.3&q=clinics"))).containsExactly("Clinics");
        assertThat(cat.json("search.json?bbox=-74.3,40.5,-73.7,40.9").path("total").asLong()).as("disjoint").isZero();
        JsonNode r = cat.json("search.json?bbox=-121.3,38.1,-121.1,38.3&q=clinics");
        assertThat(r.at("/query/bbox").asText()).isEqualTo("-121.3,38.1,-121.1,38.3");
        assertThat(r.at("/results/0/extents/0").asText()).isEqualTo("-121.862,38.019,-121.027,38.736");
    }

    @Test
    void a_dataset_on_two_portals_is_listed_once_and_says_where_else_it_is() {
        JsonNode r = cat.json("search.json?q=street+trees");
        assertThat(r.path("total").asLong()).isEqualTo(1);
        JsonNode hit = r.path("results").get(0);
        assertThat(hit.path("iri").asText()).isEqualTo(SearchCatalog.BASE + "dataset/city/trees");
        assertThat(hit.path("alsoOn").toString()).isEqualTo("[\"county\"]");
        assertThat(hit.at("/source/id").asText()).isEqualTo("city");
    }

    @Test
    void pages_and_their_links() {
        JsonNode p1 = cat.json("search.json?pageSize=3&sort=title");
        assertThat(p1.path("pages").asInt()).isEqualTo(3);
        assertThat(titles(p1)).containsExactly("Arrests", "Budget", "Clinics");
        assertThat(p1.at("/links/next").asText()).isEqualTo(SearchCatalog.BASE + "search.json?sort=title&page=2&pageSize=3");
        assertThat(p1.at("/links").has("prev")).isFalse();
        JsonNode p3 = cat.json(p1.at("/links/next").asText().replace("page=2", "page=3"));
        assertThat(p3.path("results")).hasSize(1);
        assertThat(p3.at("/links").has("next")).isFalse();
        assertThat(cat.json("search.json?page=9").path("results")).isEmpty();
        assertThat(cat.json("search.json?pageSize=5000").at("/query/pageSize").asInt()).as("capped").isEqualTo(100);
    }

    @Test
    void bad_parameters_are_a_400_problem_naming_the_parameter() throws Exception {
        for (String bad : List.of("bbox=1,2,3", "bbox=-121,39,-122,40", "bbox=0,0,0,91", "sort=random", "page=0", "page=x",
                "pageSize=-1", "page=501")) {
            var r = cat.get("search.json?" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(new ObjectMapper().readTree(r.body()).path("detail").asText()).as(bad).contains(bad.substring(0, bad.indexOf('=')));
        }
        assertThat(cat.get("search.json?q=" + "x".repeat(501)).statusCode()).isEqualTo(400);
        assertThat(cat.get("search.json?q=%22unbalanced&bbox=").statusCode()).as("bad syntax is searched as words").isEqualTo(200);
    }
}
