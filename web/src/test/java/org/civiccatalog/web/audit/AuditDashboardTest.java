package org.civiccatalog.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civiccatalog.core.audit.Aggregate;
import org.civiccatalog.core.audit.Audit;
import org.civiccatalog.core.audit.Band;
import org.civiccatalog.core.audit.DatasetReport;
import org.civiccatalog.core.audit.Finding;
import org.civiccatalog.core.audit.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The dashboard over real HTTP on a real TDB2 store audited twice: every number on the pages checked against the
 * audit's own summary and reports (computed by the audit, not read from the pages), sorting, champions, a dataset's
 * fixes, overdue and broken links, escaping of hostile text.
 */
class AuditDashboardTest {
    @TempDir static Path dir;
    static AuditCatalog cat;

    @BeforeAll
    static void start() {
        cat = AuditCatalog.start(dir);
    }

    @AfterAll
    static void stop() {
        if (cat != null) cat.close();
    }

    static Document page(String path) {
        HttpResponse<String> r = cat.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        return Jsoup.parse(r.body());
    }

    static String score(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String share(long n, long of) {
        return String.format(Locale.ROOT, "%.1f %%", of == 0 ? 0 : 100.0 * n / of);
    }

    static String points(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static List<String> row(Element tr) {
        return tr.select("th, td").eachText();
    }

    static List<List<String>> rows(Document d, String tableId) {
        List<List<String>> out = new ArrayList<>();
        for (Element tr : d.select("table#" + tableId + " tr")) if (tr.select("td").size() > 0) out.add(row(tr));
        return out;
    }

    @Test
    void the_overview_shows_the_region_of_the_latest_run_its_bands_and_the_trend() {
        Aggregate region = cat.second.region();
        assertThat(region.datasets()).isEqualTo(9);
        Document d = page("/audit");

        assertThat(d.select("#fig-datasets").text()).isEqualTo("9");
        assertThat(d.select("#fig-mean-score").text())
                .isEqualTo(score(region.meanScore()) + " of 405 (" + Band.of(region.meanScore()).label() + ")");
        assertThat(region.errors()).as("potholes has no contact e-mail").isPositive();
        assertThat(cat.reports.stream().map(DatasetReport::band).distinct().count()).as("more than one band").isGreaterThan(2);
        assertThat(d.select("#fig-errors").text()).isEqualTo(String.valueOf(cat.reports.stream().mapToLong(r -> r.count(Severity.ERROR)).sum()));
        assertThat(d.select("#fig-warnings").text()).isEqualTo(String.valueOf(cat.reports.stream().mapToLong(r -> r.count(Severity.WARNING)).sum()));
        assertThat(d.select("#fig-overdue").text()).as("tree-pruning and parking").isEqualTo("2");
        assertThat(d.select("#fig-broken-links").text()).as("the data dictionary URL answered 404").isEqualTo("1");

        List<List<String>> bands = rows(d, "bands");
        assertThat(bands).hasSize(4);
        for (int i = 0; i < 4; i++) {
            Band b = Band.values()[i];
            long n = cat.reports.stream().filter(r -> r.band() == b).count();
            assertThat(bands.get(i)).containsExactly(b.label(), List.of("351-405", "221-350", "121-220", "0-120").get(i),
                    String.valueOf(n), share(n, 9));
        }
        Element bars = d.selectFirst("svg[role=img][aria-labelledby=bands-chart]");
        assertThat(bars).isNotNull();
        assertThat(bars.selectFirst("title#bands-chart").text()).isNotBlank();
        assertThat(bars.select("rect")).hasSize(4);
        assertThat(bars.select("g > title").eachText()).contains("Excellent: " + region.band(Band.EXCELLENT) + " datasets ("
                + share(region.band(Band.EXCELLENT), 9) + ")");

        List<List<String>> trend = rows(d, "trend");
        assertThat(trend).hasSize(2);
        var runs = List.of(cat.first, cat.second);
        for (int i = 0; i < 2; i++) {
            Aggregate r = runs.get(i).region();
            assertThat(trend.get(i).subList(1, 7)).containsExactly(String.valueOf(r.datasets()), score(r.meanScore()),
                    share(r.band(Band.EXCELLENT), r.datasets()), share(r.band(Band.GOOD), r.datasets()),
                    share(r.band(Band.SUFFICIENT), r.datasets()), share(r.band(Band.BAD), r.datasets()));
        }
        assertThat(cat.first.region().meanScore()).as("the link checks moved the score").isNotEqualTo(cat.second.region().meanScore());
        Element line = d.selectFirst("svg[aria-labelledby=trend-chart]");
        assertThat(line.select("polyline")).hasSize(1);
        assertThat(line.select("circle")).hasSize(2);
    }

    static List<String> groupRow(Aggregate a) {
        List<String> r = new ArrayList<>(List.of(a.key(), String.valueOf(a.datasets()), score(a.meanScore()), Band.of(a.meanScore()).label()));
        for (Band b : Band.values()) r.add(String.valueOf(a.band(b)));
        r.addAll(List.of(String.valueOf(a.overdue()), String.valueOf(a.errors()), String.valueOf(a.warnings())));
        return r;
    }

    @Test
    void sources_sort_by_score_both_ways_and_by_name_with_links_in_the_headers() {
        List<Aggregate> sources = cat.second.of(Aggregate.Kind.SOURCE);
        assertThat(sources).hasSize(2);
        List<List<String>> best = sources.stream().sorted(Comparator.comparingDouble(Aggregate::meanScore).reversed().thenComparing(Aggregate::key))
                .map(AuditDashboardTest::groupRow).toList();
        Document d = page("/audit/sources");
        assertThat(rows(d, "groups")).isEqualTo(best);
        assertThat(page("/audit/sources?sort=score").select("table#groups").outerHtml()).isEqualTo(d.select("table#groups").outerHtml());
        assertThat(rows(page("/audit/sources?sort=score-asc"), "groups")).isEqualTo(sources.stream()
                .sorted(Comparator.comparingDouble(Aggregate::meanScore).thenComparing(Aggregate::key)).map(AuditDashboardTest::groupRow).toList());
        assertThat(rows(page("/audit/sources?sort=name"), "groups")).extracting(r -> r.get(0)).containsExactly("city", "county");

        Element scoreHeader = d.selectFirst("th[aria-sort] a[data-sort]");
        assertThat(scoreHeader.text()).isEqualTo("Mean score");
        assertThat(scoreHeader.attr("href")).as("sorted best first: the header link sorts the other way")
                .isEqualTo(AuditCatalog.BASE + "audit/sources?sort=score-asc");
        assertThat(d.select("th a[data-sort]").eachText()).containsExactly("Source", "Datasets", "Mean score");
    }

    @Test
    void departments_table_has_every_department_sorted_with_exports_and_escaped_names() {
        List<Aggregate> departments = cat.second.of(Aggregate.Kind.DEPARTMENT);
        assertThat(departments).extracting(Aggregate::key).containsExactlyInAnyOrder("Urban Forestry Division",
                "Transport Department", "Parks Department", "Public Works", AuditCatalog.HOSTILE_DEPARTMENT);
        HttpResponse<String> raw = cat.get("/audit/departments?sort=score-asc");
        Document d = Jsoup.parse(raw.body());
        List<List<String>> expected = departments.stream()
                .sorted(Comparator.comparingDouble(Aggregate::meanScore).thenComparing(Aggregate::key))
                .map(a -> { List<String> r = new ArrayList<>(groupRow(a)); r.add("CSV · JSON"); return r; }).toList();
        assertThat(rows(d, "groups")).isEqualTo(expected);
        assertThat(raw.body()).doesNotContain("HYPERLINK(\"http").contains("=HYPERLINK(&quot;http://evil.example/&quot;");
        String id = cat.store.iris().auditDepartment("Transport Department");
        assertThat(d.select("a[href$=/findings.csv]").eachAttr("href"))
                .contains(AuditCatalog.BASE + "audit/departments/" + id.substring(id.lastIndexOf('/') + 1) + "/findings.csv");
    }

    @Test
    void champions_are_the_departments_with_three_datasets_best_mean_first() {
        List<Aggregate> expected = cat.second.of(Aggregate.Kind.DEPARTMENT).stream().filter(a -> a.datasets() >= 3)
                .sorted(Comparator.comparingDouble(Aggregate::meanScore).reversed()
                        .thenComparing(Comparator.comparingDouble((Aggregate a) -> (double) a.band(Band.EXCELLENT) / a.datasets()).reversed()))
                .toList();
        assertThat(expected).extracting(Aggregate::key).containsExactlyInAnyOrder("Urban Forestry Division", "Transport Department");
        Document d = page("/audit/champions");
        List<List<String>> rows = rows(d, "champions");
        assertThat(rows).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Aggregate a = expected.get(i);
            assertThat(rows.get(i)).containsExactly(String.valueOf(i + 1), a.key(), String.valueOf(a.datasets()), score(a.meanScore()),
                    share(a.band(Band.EXCELLENT), a.datasets()));
        }
        assertThat(d.select("#rule").text()).contains("at least 3 datasets");
    }

    static List<Finding> stored(DatasetReport r) {
        return r.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .sorted(Comparator.comparingDouble(Finding::fixPoints).reversed().thenComparing(Finding::ruleId)
                        .thenComparing(Finding::message)).toList();
    }

    @Test
    void a_datasets_page_lists_its_findings_largest_fix_first_with_the_points() {
        DatasetReport r = cat.report("traffic");
        Document d = page("/audit/dataset?iri=" + URLEncoder.encode(r.datasetIri(), StandardCharsets.UTF_8));
        assertThat(d.select("#fig-score").text()).isEqualTo(score(r.score()) + " of 405 (" + r.band().label() + ")");
        assertThat(d.select("#fig-department").text()).isEqualTo("Transport Department");
        assertThat(d.select("#fig-source").text()).isEqualTo("county");
        List<Finding> expected = stored(r);
        assertThat(expected).extracting(Finding::ruleId).contains("mqa.keywordAvailability", "mqa.temporalAvailability");
        List<List<String>> rows = rows(d, "findings");
        assertThat(rows).hasSize(expected.size());
        for (int i = 0; i < rows.size(); i++) {
            Finding f = expected.get(i);
            assertThat(rows.get(i)).containsExactly(points(f.fixPoints()), f.severity().label(), f.ruleId(), f.property(),
                    f.message() + f.focusNode().map(n -> " [" + n + "]").orElse(""), Audit.howToFix(f.ruleId()).orElse(f.message()));
        }
        assertThat(d.select("#fix-total strong").text()).isEqualTo(points(expected.stream().mapToDouble(Finding::fixPoints).sum()));
        assertThat(r.score() + r.mqa().pendingPoints() + expected.stream().mapToDouble(Finding::fixPoints).sum())
                .as("every point is either earned, pending or a fix").isCloseTo(405, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void a_dataset_the_audit_did_not_see_is_404_and_a_missing_iri_400() {
        assertThat(cat.get("/audit/dataset?iri=" + URLEncoder.encode(AuditCatalog.BASE + "dataset/city/nope", StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(404);
        assertThat(cat.get("/audit/dataset").statusCode()).isEqualTo(400);
        assertThat(cat.get("/audit/departments/nope/findings.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void hostile_titles_stay_text_on_every_page() {
        DatasetReport r = cat.report("hostile");
        assertThat(r.title()).contains(AuditCatalog.HOSTILE_TITLE);
        for (String path : List.of("/audit/dataset?iri=" + URLEncoder.encode(r.datasetIri(), StandardCharsets.UTF_8), "/audit/links",
                "/audit/departments")) {
            String body = cat.get(path).body();
            assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("=HYPERLINK(\"");
        }
        String body = cat.get("/audit/dataset?iri=" + URLEncoder.encode(r.datasetIri(), StandardCharsets.UTF_8)).body();
        assertThat(Jsoup.parse(body).select("h1").text()).isEqualTo("Quality of " + AuditCatalog.HOSTILE_TITLE);
        assertThat(body).contains("Parking &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;fees&quot;");
    }

    @Test
    void overdue_lists_the_overdue_datasets_most_days_first() {
        List<DatasetReport> expected = cat.reports.stream().filter(r -> r.freshness().daysOverdue().orElse(0L) > 0)
                .sorted(Comparator.comparingLong((DatasetReport r) -> r.freshness().daysOverdue().orElseThrow()).reversed()).toList();
        assertThat(expected).extracting(r -> r.title().orElseThrow()).containsExactly("Parking meters", "Street trees");
        List<List<String>> rows = rows(page("/audit/overdue"), "overdue");
        assertThat(rows).hasSize(2);
        for (int i = 0; i < 2; i++) {
            DatasetReport r = expected.get(i);
            assertThat(rows.get(i)).containsExactly(r.title().orElseThrow(), r.department(), r.sourceId().orElseThrow(), "MONTHLY",
                    i == 0 ? "2025-06-30" : "2026-01-01", String.valueOf(r.freshness().daysOverdue().orElseThrow()));
        }
    }

    @Test
    void broken_links_name_the_url_its_status_and_every_dataset_naming_it() {
        Document d = page("/audit/links");
        assertThat(d.select("#checked").text()).startsWith("3 URLs checked; 1 did not answer");
        List<List<String>> rows = rows(d, "broken");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).subList(0, 2)).containsExactly(AuditCatalog.DICTIONARY_URL, "404");
        List<String> titles = cat.reports.stream().map(r -> r.title().orElseThrow() + " (dcat-us:describedBy)").toList();
        assertThat(d.select("table#broken li").eachText()).containsExactlyInAnyOrderElementsOf(titles);
    }

    @Test
    void the_dataset_page_has_a_quality_section_linking_to_its_findings() {
        DatasetReport r = cat.report("potholes");
        HttpResponse<String> res = cat.get(r.datasetIri().substring(AuditCatalog.BASE.length()) + ".html");
        Document d = Jsoup.parse(res.body());
        assertThat(d.select("#quality p").text()).startsWith("Metadata quality score " + score(r.score()) + " of 405 (" + r.band().label() + ")");
        assertThat(d.select("#quality a").attr("href"))
                .isEqualTo(AuditCatalog.BASE + "audit/dataset?iri=" + URLEncoder.encode(r.datasetIri(), StandardCharsets.UTF_8));
        assertThat(res.headers().firstValue("ETag")).get().asString().contains("audit-" + cat.second.runId());
    }

    @Test
    void the_search_facets_and_sorts_by_the_latest_audits_bands() throws Exception {
        JsonNode all = awaitQuality();
        long excellent = cat.reports.stream().filter(r -> r.band() == Band.EXCELLENT).count();
        JsonNode band = null;
        for (JsonNode v : all.path("facets").path("quality").path("values"))
            if (v.path("value").asText().equals("Excellent")) band = v;
        assertThat(band).as(all.toString()).isNotNull();
        assertThat(band.path("count").asLong()).isEqualTo(excellent);
        JsonNode sorted = new ObjectMapper().readTree(cat.get("/search.json?sort=quality&pageSize=50").body());
        List<String> iris = new ArrayList<>();
        sorted.path("results").forEach(h -> iris.add(h.path("iri").asText()));
        List<Double> scores = iris.stream().map(i -> cat.reports.stream().filter(r -> r.datasetIri().equals(i)).findFirst().orElseThrow().score()).toList();
        assertThat(scores).hasSize(9).isSortedAccordingTo(Comparator.reverseOrder());
    }

    /** Polls /search.json until the index carries the latest audit's bands (it is rebuilt in the background). */
    static JsonNode awaitQuality() throws Exception {
        long end = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        ObjectMapper json = new ObjectMapper();
        while (System.nanoTime() < end) {
            JsonNode r = json.readTree(cat.get("/search.json?pageSize=50").body());
            if (r.path("index").path("current").asBoolean(false) && r.path("results").size() > 0
                    && !r.path("results").get(0).path("quality").isNull()) return r;
            Thread.sleep(50);
        }
        throw new AssertionError("the search index never carried the audit's scores");
    }

    static Optional<Aggregate> department(String name) {
        return cat.second.find(Aggregate.Kind.DEPARTMENT, name);
    }
}
