package org.civiccatalog.web.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiccatalog.web.workbench.WorkbenchCatalog.SPECS;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.civiccatalog.core.audit.DatasetReport;
import org.civiccatalog.web.workbench.WorkbenchCatalog.Spec;
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
 * Every example query of the workbench, run over real HTTP at {@code /sparql} (JSON), and through the page's own
 * links (HTML table, CSV), against {@link WorkbenchCatalog}: each answer is compared with what the catalog's specs
 * say it must be, computed here in Java.
 */
class WorkbenchExamplesTest {
    @TempDir static Path dir;
    static WorkbenchCatalog cat;
    static final ObjectMapper JSON = new ObjectMapper();

    /** The standard each declared IRI of the specs stands for; others are none. */
    static final Map<String, String> STANDARD = Map.of(WorkbenchCatalog.OPEN311, "Open311", WorkbenchCatalog.OPEN311_BULK, "Open311",
            WorkbenchCatalog.LIVES, "LIVES", "http://yelp.com/healthscores/", "LIVES");

    @BeforeAll
    static void start() {
        cat = WorkbenchCatalog.start(dir);
    }

    @AfterAll
    static void stop() {
        if (cat != null) cat.close();
    }

    static List<Spec> active() {
        return SPECS.stream().filter(s -> !s.withdrawn()).toList();
    }

    /** The example's rows from /sparql as JSON, each row a map of variable to value (absent when unbound). */
    static List<Map<String, String>> rows(String id) throws Exception {
        ExampleQuery e = ExampleQuery.byId(id).orElseThrow();
        var r = cat.get("sparql?format=json&query=" + URLEncoder.encode(e.text(), StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonNode b : JSON.readTree(r.body()).path("results").path("bindings")) {
            Map<String, String> row = new HashMap<>();
            b.fields().forEachRemaining(f -> row.put(f.getKey(), f.getValue().path("value").asText()));
            out.add(row);
        }
        return out;
    }

    @Test
    void datasets_per_department_per_jurisdiction() throws Exception {
        Map<String, Long> expected = active().stream().collect(Collectors.groupingBy(
                s -> WorkbenchCatalog.JURISDICTION.get(s.source()) + " | " + s.department(), TreeMap::new, Collectors.counting()));
        Map<String, Long> got = new TreeMap<>();
        for (var row : rows("datasets-per-department"))
            got.put(row.get("jurisdiction") + " | " + row.get("department"), Long.parseLong(row.get("datasets")));
        assertThat(got).isEqualTo(expected);
        assertThat(expected).containsEntry("county | Public Health", 2L).hasSize(10);
    }

    @Test
    void overdue_for_refresh_lists_what_the_audit_measured() throws Exception {
        Map<String, Long> expected = new TreeMap<>();
        for (DatasetReport r : cat.reports)
            r.freshness().daysOverdue().filter(d -> d > 0).ifPresent(d -> expected.put(r.datasetIri(), d));
        assertThat(expected.keySet()).as("the specs' overdue datasets: monthly since January, daily since November 1")
                .containsExactly(WorkbenchCatalog.BASE + "dataset/city/street-trees", WorkbenchCatalog.BASE + "dataset/county/clinics");
        List<Map<String, String>> rows = rows("overdue-for-refresh");
        Map<String, Long> got = new TreeMap<>();
        for (var row : rows) got.put(row.get("dataset"), Long.parseLong(row.get("daysOverdue")));
        assertThat(got).isEqualTo(expected);
        assertThat(rows.get(0).get("dataset")).as("most overdue first").isEqualTo(WorkbenchCatalog.BASE + "dataset/city/street-trees");
        assertThat(rows.get(0)).containsEntry("title", "Street trees").containsEntry("department", "Public Works")
                .containsEntry("modified", "2026-01-01");
    }

    @Test
    void license_mix_counts_each_dataset_once_at_its_origin() throws Exception {
        Map<String, Long> expected = new TreeMap<>();
        for (Spec s : active()) {
            if (WorkbenchCatalog.COPY_OF.containsKey(s.iri())) continue;
            Set<String> licences = new TreeSet<>();
            if (s.license() != null) licences.add(s.license());
            if (s.distLicense() != null) licences.add(s.distLicense());
            if (licences.isEmpty()) licences.add("(no licence)");
            for (String l : licences) expected.merge(l, 1L, Long::sum);
        }
        Map<String, Long> got = new TreeMap<>();
        for (var row : rows("license-mix")) got.put(row.get("license"), Long.parseLong(row.get("datasets")));
        assertThat(got).isEqualTo(expected);
        assertThat(expected).containsEntry(WorkbenchCatalog.CC_BY, 4L).containsEntry("(no licence)", 2L);
    }

    @Test
    void open311_and_lives_declarations_on_datasets_and_distributions() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (Spec s : active()) {
            if (s.conformsTo() != null && STANDARD.containsKey(s.conformsTo())) expected.add(STANDARD.get(s.conformsTo()) + " " + s.iri() + " " + s.conformsTo() + " dataset");
            if (s.distConformsTo() != null && STANDARD.containsKey(s.distConformsTo()))
                expected.add(STANDARD.get(s.distConformsTo()) + " " + s.iri() + " " + s.distConformsTo() + " distribution");
        }
        List<Map<String, String>> rows = rows("open311-and-lives");
        Set<String> got = new TreeSet<>();
        for (var row : rows) got.add(row.get("standard") + " " + row.get("dataset") + " " + row.get("conformsTo") + " " + row.get("declaredOn"));
        assertThat(got).isEqualTo(expected).hasSize(4);
        assertThat(rows).hasSize(4);
    }

    @Test
    void datasets_on_several_portals_from_the_identity_links() throws Exception {
        Map<String, List<String>> copiesByOrigin = new TreeMap<>();
        WorkbenchCatalog.COPY_OF.forEach((copy, origin) -> copiesByOrigin.computeIfAbsent(origin, k -> new ArrayList<>()).add(copy));
        Map<String, String> expected = new TreeMap<>();
        copiesByOrigin.forEach((origin, copies) -> {
            Set<String> portals = copies.stream().map(c -> c.substring(WorkbenchCatalog.BASE.length()).split("/")[1])
                    .collect(Collectors.toCollection(TreeSet::new));
            expected.put(origin, (portals.size() + 1) + " " + portals);
        });
        Map<String, String> got = new TreeMap<>();
        for (var row : rows("published-on-several-portals"))
            got.put(row.get("origin"), row.get("portals") + " " + new TreeSet<>(List.of(row.get("alsoOn").split(", "))));
        assertThat(got).isEqualTo(expected);
        assertThat(expected).containsEntry(WorkbenchCatalog.BASE + "dataset/city/service-requests", "3 [county, state]");
    }

    @Test
    void the_page_lists_every_example_with_links_that_run_it_as_a_table_and_as_csv() throws Exception {
        var page = cat.get("workbench");
        assertThat(page.statusCode()).isEqualTo(200);
        Document d = Jsoup.parse(page.body());
        assertThat(d.select("form#plain-form").attr("action")).isEqualTo(WorkbenchCatalog.BASE + "sparql");
        assertThat(d.select("form#plain-form label[for=query]")).hasSize(1);
        assertThat(d.select("ol.examples > li").eachAttr("data-example")).containsExactlyElementsOf(ExampleQuery.IDS);
        for (String id : ExampleQuery.IDS) {
            Element item = d.selectFirst("li[data-example=" + id + "]");
            int expectedRows = rows(id).size();
            assertThat(expectedRows).as(id + " answers something").isPositive();

            Element table = item.selectFirst("a:contains(results as a table)");
            var html = cat.get(table.attr("href"));
            assertThat(html.statusCode()).isEqualTo(200);
            Document t = Jsoup.parse(html.body());
            assertThat(t.select("table#results tr:has(td)")).as(id + " table rows").hasSize(expectedRows);
            assertThat(t.select("#row-count").text()).startsWith(expectedRows + (expectedRows == 1 ? " row" : " rows"));

            var csv = cat.get(item.selectFirst("a:containsOwn(CSV)").attr("href"));
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            // GROUP_CONCAT and titles hold no line breaks here: one line per row, plus the header.
            assertThat(csv.body().strip().split("\r?\n")).as(id + " CSV lines").hasSize(expectedRows + 1);
        }
    }

    @Test
    void harvested_text_in_a_result_table_is_escaped() {
        Document t = Jsoup.parse(cat.get("workbench/examples/datasets-per-department").body());
        assertThat(t.select("table#results td").eachText()).contains(WorkbenchCatalog.HOSTILE_DEPARTMENT);
        assertThat(t.select("table#results b")).as("no element built from a department's name").isEmpty();
    }

    @Test
    void an_unknown_example_is_404_and_the_assets_are_served_locally() {
        assertThat(cat.get("workbench/examples/no-such-example").statusCode()).isEqualTo(404);
        assertThat(cat.get("assets/nothing.js").statusCode()).isEqualTo(404);
        var js = cat.get("assets/yasgui/yasgui.min.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(js.body()).contains("Yasgui");
        assertThat(cat.get("assets/yasgui/yasgui.min.css").statusCode()).isEqualTo(200);
        assertThat(cat.get("assets/workbench.js").body()).contains("data-endpoint");
        Document d = Jsoup.parse(cat.get("workbench").body());
        for (Element e : d.select("script[src], link[href]"))
            assertThat(e.attr(e.hasAttr("src") ? "src" : "href")).as("served by the catalog itself").startsWith(WorkbenchCatalog.BASE);
    }
}
