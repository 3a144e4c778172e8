package org.civiccatalog.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /search} as HTML over real HTTP: the form, facet links that work, escaped harvested text, the home page's box. */
class SearchPageTest {
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

    static Document page(String pathOrIri) {
        var r = cat.get(pathOrIri);
        assertThat(r.statusCode()).as(pathOrIri).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        return Jsoup.parse(r.body());
    }

    @Test
    void every_control_has_a_label_and_the_form_keeps_the_filters() {
        Document doc = page("search?q=crime&publisher=Police+Department&sort=modified");
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        Element form = doc.selectFirst("form[role=search]");
        assertThat(form.attr("action")).isEqualTo(SearchCatalog.BASE + "search");
        assertThat(form.attr("method")).isEqualTo("get");
        for (Element input : form.select("input:not([type=hidden]), select"))
            assertThat(doc.select("label[for=" + input.id() + "]")).as("label of #" + input.id()).hasSize(1);
        assertThat(form.select("#q").val()).isEqualTo("crime");
        assertThat(form.select("#sort option[selected]").val()).isEqualTo("modified");
        assertThat(form.select("input[type=hidden][name=publisher]").val()).isEqualTo("Police Department");
        assertThat(doc.select("#summary").text()).isEqualTo("2 datasets found.");
        assertThat(doc.select("ol.results > li h3 a").eachText()).containsExactly("Crime incidents", "Arrests");
        assertThat(doc.select("h1")).hasSize(1);
    }

    @Test
    void facet_links_carry_counts_and_lead_to_the_filtered_search() {
        Document doc = page("search");
        assertThat(doc.select("#summary").text()).isEqualTo("7 datasets found.");
        Element police = doc.selectFirst("a[data-facet=publisher]:containsOwn(Police Department)");
        assertThat(police.parent().text()).isEqualTo("Police Department (2)");
        assertThat(police.attr("href")).isEqualTo(SearchCatalog.BASE + "search?publisher=Police+Department");

        Document filtered = page(police.attr("href"));
        assertThat(filtered.select("#summary").text()).isEqualTo("2 datasets found.");
        Element chosen = filtered.selectFirst("a[aria-current=true]");
        assertThat(chosen.text()).isEqualTo("✓ Remove filter: Police Department");
        assertThat(chosen.attr("href")).as("a chosen value's link removes it").isEqualTo(SearchCatalog.BASE + "search");
        assertThat(filtered.select("section:has(h3:containsOwn(Format)) li").eachText()).containsExactly("CSV (2)", "JSON (1)");
    }

    @Test
    void harvested_text_is_escaped_and_matching_words_are_marked() {
        var r = cat.get("search?q=trees");
        assertThat(r.body()).doesNotContain("<img src=x").doesNotContain("<script>alert(1)").doesNotContain("<b>trees</b>");
        Document doc = Jsoup.parse(r.body());
        Element hit = doc.selectFirst("ol.results > li");
        assertThat(hit.select("h3 a").text()).isEqualTo(SearchCatalog.HOSTILE);
        assertThat(hit.select("h3 a").attr("href")).isEqualTo(SearchCatalog.BASE + "dataset/city/trees");
        assertThat(hit.select(".snippet").text()).as("markup removed, its text kept as text").isEqualTo("Street trees alert(1) of the city.");
        assertThat(hit.select(".snippet mark").eachText()).containsExactly("trees");
        assertThat(hit.select(".also-on").text()).isEqualTo("also on 1 other portal (county)");
        assertThat(hit.select(".meta").text()).startsWith("Public Works · on Demo City Open Data");
        assertThat(doc.select("a[data-facet=source]").eachText()).containsExactly("Demo City Open Data");
        assertThat(page("search").select("a[data-facet=source]").eachText()).contains("County Data <Portal>");
    }

    @Test
    void pages_link_to_each_other_and_bad_parameters_are_a_400() {
        Document p1 = page("search?pageSize=3&sort=title");
        assertThat(p1.select("nav[aria-label=Pages]").text()).isEqualTo("Page 1 of 3 · Next page");
        Document p2 = page(p1.selectFirst("a[rel=next]").attr("href"));
        assertThat(p2.select("ol.results").attr("start")).isEqualTo("4");
        assertThat(p2.select("ol.results > li h3").eachText()).containsExactly("Crime incidents", "Groundwater wells", SearchCatalog.HOSTILE);
        assertThat(p2.select("a[rel=prev]").attr("href")).isEqualTo(SearchCatalog.BASE + "search?sort=title&pageSize=3");
        assertThat(cat.get("search?bbox=north").statusCode()).isEqualTo(400);
        assertThat(page("search?q=nothing+at+all").select(".found p").text()).isEqualTo("No dataset matches.");
    }

    @Test
    void the_home_page_has_the_search_box() {
        Document home = page("");
        Element form = home.selectFirst("form[role=search]");
        assertThat(form.attr("action")).isEqualTo(SearchCatalog.BASE + "search");
        assertThat(home.select("label[for=home-q]").text()).isEqualTo("Search the datasets");
        assertThat(form.select("input#home-q").attr("name")).isEqualTo("q");
    }
}
