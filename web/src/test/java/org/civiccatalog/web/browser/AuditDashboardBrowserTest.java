package org.civiccatalog.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.civiccatalog.core.audit.Aggregate;
import org.civiccatalog.core.audit.Band;
import org.civiccatalog.core.audit.DatasetReport;
import org.civiccatalog.web.audit.AuditCatalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit dashboard in a real browser: the overview's figures and charts are in the page as Chromium builds it
 * (server-drawn SVG, no script of ours), the skip link comes first, and a hostile title stays text.
 */
class AuditDashboardBrowserTest {
    @TempDir static Path dir;
    @TempDir static Path profile;
    static AuditCatalog cat;

    @BeforeAll
    static void start() {
        Chromium.require();
        cat = AuditCatalog.start(dir);
    }

    @AfterAll
    static void stop() {
        if (cat != null) cat.close();
    }

    static Document open(String path, String profileName) throws Exception {
        return Jsoup.parse(Chromium.dumpDom(cat.url(path), profile.resolve(profileName)));
    }

    @Test
    void the_overview_reads_without_scripts_with_its_charts_and_numbers() throws Exception {
        Aggregate region = cat.second.region();
        Document d = open("audit", "overview");
        assertThat(d.select("script")).as("the dashboard needs no script").isEmpty();
        assertThat(d.selectFirst("body a").attr("href")).as("the skip link is the first stop of the keyboard").isEqualTo("#main");
        assertThat(d.select("#fig-datasets").text()).isEqualTo(String.valueOf(region.datasets()));
        assertThat(d.select("#fig-mean-score").text()).startsWith(String.format(Locale.ROOT, "%.2f of 405", region.meanScore()));
        Element bars = d.selectFirst("svg[role=img][aria-labelledby=bands-chart]");
        assertThat(bars).as("the band chart is in the DOM").isNotNull();
        assertThat(bars.select("rect")).hasSize(4);
        assertThat(bars.select("text").eachText()).contains(String.valueOf(region.band(Band.EXCELLENT)), "Excellent", "Bad");
        assertThat(d.selectFirst("svg[aria-labelledby=trend-chart] polyline")).isNotNull();
        assertThat(d.select("nav[aria-label=Audit dashboard] a[aria-current=page]").text()).isEqualTo("Overview");
    }

    @Test
    void a_hostile_title_on_a_datasets_audit_page_stays_text() throws Exception {
        DatasetReport r = cat.reports.stream().filter(x -> x.title().orElse("").equals(AuditCatalog.HOSTILE_TITLE)).findFirst().orElseThrow();
        Document d = open("audit/dataset?iri=" + URLEncoder.encode(r.datasetIri(), StandardCharsets.UTF_8), "dataset");
        assertThat(d.select("script")).isEmpty();
        assertThat(d.select("h1").text()).isEqualTo("Quality of " + AuditCatalog.HOSTILE_TITLE);
    }
}
