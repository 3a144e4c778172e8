package org.civiccatalog.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.civiccatalog.web.search.SearchCatalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search in a real browser: the search the home page's form sends, then a facet link followed, then an area; the
 * page works without any script of ours, and harvested markup stays text.
 */
class SearchBrowserTest {
    @TempDir static Path dir;
    @TempDir static Path profile;
    static SearchCatalog cat;

    @BeforeAll
    static void start() throws Exception {
        Chromium.require();
        cat = SearchCatalog.start(dir);
    }

    @AfterAll
    static void stop() {
        if (cat != null) cat.close();
    }

    static Document open(String iriOrPath, String profileName) throws Exception {
        return Jsoup.parse(Chromium.dumpDom(cat.url(iriOrPath), profile.resolve(profileName)));
    }

    /** The URL a GET form submits: its action with the named fields' values (what the browser would send). */
    static String submit(Element form, String q) {
        return form.attr("action") + "?" + form.selectFirst("input[type=search]").attr("name") + "=" + q;
    }

    @Test
    void a_search_from_the_home_page_then_a_facet_link() throws Exception {
        Document home = open("", "home");
        Element form = home.selectFirst("form[role=search]");
        assertThat(form).as("the home page has a search form").isNotNull();

        Document results = open(submit(form, "crime"), "search");
        assertThat(results.select("#summary").text()).isEqualTo("3 datasets found.");
        assertThat(results.select("ol.results > li h3 a").eachText()).containsExactly("Crime incidents", "Arrests", "Budget");
        assertThat(results.select("ol.results mark").eachText()).contains("crime");
        Element police = results.selectFirst("a[data-facet=publisher]:containsOwn(Police Department)");
        assertThat(police.parent().text()).isEqualTo("Police Department (2)");

        Document filtered = open(police.attr("href"), "facet");
        assertThat(filtered.select("#summary").text()).isEqualTo("2 datasets found.");
        assertThat(filtered.select("ol.results > li h3 a").eachText()).containsExactly("Crime incidents", "Arrests");
        assertThat(filtered.select("a[aria-current=true]").text()).isEqualTo("✓ Remove filter: Police Department");
        assertThat(filtered.select("#q").val()).isEqualTo("crime");
        assertThat(filtered.select("input[type=hidden][name=publisher]").val()).isEqualTo("Police Department");
    }

    @Test
    void an_area_search_and_harvested_markup_that_never_runs() throws Exception {
        Document doc = open("search?bbox=-121.52,38.55,-121.47,38.60&sort=title", "bbox");
        assertThat(doc.body().hasAttr("data-pwned")).as("a script from harvested text ran").isFalse();
        assertThat(doc.select("img[src=x]")).isEmpty();
        assertThat(doc.select("#bbox").val()).isEqualTo("-121.52,38.55,-121.47,38.6");
        assertThat(doc.select("ol.results > li h3 a").eachText())
                .containsExactly("Clinics", "Crime incidents", "Groundwater wells", SearchCatalog.HOSTILE);
        assertThat(doc.select(".withdrawn").text()).isEqualTo("withdrawn from its portal");
        assertThat(doc.select("ol.results > li:has(a:containsOwn(Parks)) .also-on").text()).isEqualTo("also on 1 other portal (county)");
    }
}
