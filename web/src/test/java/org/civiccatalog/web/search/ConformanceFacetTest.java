package org.civiccatalog.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civiccatalog.core.imports.CatalogImporter;
import org.civiccatalog.core.standards.Conformance;
import org.civiccatalog.core.standards.CsvRows;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.web.TestHttp;
import org.civiccatalog.web.WebApp;
import org.civiccatalog.web.WebConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;

/**
 * The verified conformance level as a search facet, over real HTTP: six restaurant-inspection datasets that declare
 * LIVES (one does not), with right, wrong and missing columns, checked as the conformance checks record them; one
 * with right columns is never checked and is not counted. The conformance graphs change without the store's state
 * version, and the index follows them.
 */
class ConformanceFacetTest {
    static final String LIVES = "LIVES 2.0 (Local Inspector Value-Entry Specification)";
    static final String RIGHT_COLUMNS = """
            [{"name":"Business","fieldName":"business_id","dataTypeName":"text"},
             {"name":"Score","fieldName":"score","dataTypeName":"number"},
             {"name":"Date","fieldName":"date","dataTypeName":"calendar_date"}]""";
    static final String WRONG_COLUMNS = """
            [{"name":"Facility","fieldName":"facility","dataTypeName":"text"},
             {"name":"Grade","fieldName":"grade","dataTypeName":"text"}]""";

    @TempDir Path dir;
    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void each_checked_dataset_counts_under_the_level_it_reached_and_an_unchecked_one_does_not() throws Exception {
        Path file = dir.resolve("data.json");
        Files.writeString(file, "{\"conformsTo\":\"https://project-open-data.cio.gov/v1.1/schema\",\"dataset\":["
                + String.join(",", dataset("valid", RIGHT_COLUMNS, true), dataset("headers", RIGHT_COLUMNS, true),
                dataset("wrong", WRONG_COLUMNS, true), dataset("missing", null, true), dataset("unchecked", RIGHT_COLUMNS, true),
                dataset("undeclared", null, false)) + "]}");
        try (TdbCatalogStore store = TdbCatalogStore.open(dir.resolve("data"), SearchCatalog.BASE)) {
            new CatalogImporter(store).importFiles(SourceInfo.imported("county", "datajson"), List.of(file));
            Javalin app = WebApp.create(WebConfig.defaults().withHost("127.0.0.1").withPort(0), store, h -> {}).start();
            try {
                String root = "http://127.0.0.1:" + app.port() + "/";
                JsonNode before = awaitSearch(root, "search.json", r -> r.path("total").asLong() == 6);
                assertThat(before.path("facets").has("conformance")).as("nothing verified yet: no facet").isFalse();

                long version = store.state().version();
                Conformance c = Conformance.defaults(store);
                c.check(store, store.iris().dataset("county", "valid"), List.of(),
                        () -> CsvRows.open("inspections.csv", new StringReader("business_id,score,date\nB1,92,20261101\nB2,85,20261015\n")));
                c.check(store, store.iris().dataset("county", "headers"), List.of(), null);
                c.check(store, store.iris().dataset("county", "wrong"), List.of(), null);
                c.check(store, store.iris().dataset("county", "missing"), List.of(), null);
                c.check(store, store.iris().dataset("county", "undeclared"), List.of(), null);
                assertThat(store.state().version()).as("conformance graphs are no feed change").isEqualTo(version);

                JsonNode all = awaitSearch(root, "search.json", r -> r.path("facets").has("conformance"));
                assertThat(all.path("total").asLong()).isEqualTo(6);
                assertThat(all.at("/facets/conformance/label").asText()).isEqualTo("Verified standard");
                assertThat(facet(all, "conformance")).containsExactly(Map.entry(LIVES + ": declared", 2L),
                        Map.entry(LIVES + ": headers match", 1L), Map.entry(LIVES + ": sample valid", 1L));

                JsonNode headers = get(root, "search.json?conformance=" + enc(LIVES + ": headers match"));
                assertThat(keys(headers)).as("the twin with the same columns, never checked, is not counted")
                        .containsExactly("headers");
                assertThat(facet(headers, "conformance")).as("its own filter left out of its counts")
                        .containsEntry(LIVES + ": declared", 2L).containsEntry(LIVES + ": sample valid", 1L);
                JsonNode declared = get(root, "search.json?conformance=" + enc(LIVES + ": declared") + "&sort=title");
                assertThat(keys(declared)).containsExactly("missing", "wrong");
                JsonNode either = get(root, "search.json?conformance=" + enc(LIVES + ": declared")
                        + "&conformance=" + enc(LIVES + ": sample valid") + "&sort=title");
                assertThat(either.path("total").asLong()).isEqualTo(3);

                HttpResponse<String> page = TestHttp.get(http, root + "search?conformance=" + enc(LIVES + ": sample valid"));
                Document html = Jsoup.parse(page.body());
                assertThat(html.text()).contains("Verified standard").contains(LIVES + ": sample valid");
                assertThat(html.select("a[aria-current=true]").text()).contains(LIVES + ": sample valid");
            } finally {
                app.stop();
            }
        }
    }

    static String dataset(String id, String columns, boolean declaresLives) {
        return "{\"identifier\":\"" + id + "\",\"title\":\"Restaurant inspections " + id + "\",\"description\":\"scores\","
                + "\"keyword\":[\"food\"],\"modified\":\"2026-11-01\",\"accessLevel\":\"public\","
                + "\"publisher\":{\"name\":\"County\"},\"contactPoint\":{\"fn\":\"Open data\",\"hasEmail\":\"mailto:data@county.example.gov\"},"
                + (columns == null ? "" : "\"socrata.columns\":" + columns + ",")
                + "\"distribution\":[{\"downloadURL\":\"https://data.county.example.gov/" + id + ".csv\",\"mediaType\":\"text/csv\""
                + (declaresLives ? ",\"conformsTo\":\"https://www.yelp.com/healthscores/\"" : "") + "}]}";
    }

    /** Asks until {@code done} holds: the server rebuilds its index in the background. */
    JsonNode awaitSearch(String root, String path, java.util.function.Predicate<JsonNode> done) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode r = null;
        while (System.nanoTime() < end) {
            r = get(root, path);
            if (r.path("index").path("current").asBoolean(false) && done.test(r)) return r;
            Thread.sleep(50);
        }
        throw new AssertionError("the search index never got there: " + r);
    }

    JsonNode get(String root, String path) {
        HttpResponse<String> r = TestHttp.get(http, root + path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        try {
            return json.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Long> facet(JsonNode r, String name) {
        Map<String, Long> out = new LinkedHashMap<>();
        r.path("facets").path(name).path("values").forEach(v -> out.put(v.path("value").asText(), v.path("count").asLong()));
        return out;
    }

    static List<String> keys(JsonNode r) {
        List<String> out = new java.util.ArrayList<>();
        r.path("results").forEach(h -> out.add(h.path("iri").asText().replaceFirst(".*/", "")));
        return out;
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
