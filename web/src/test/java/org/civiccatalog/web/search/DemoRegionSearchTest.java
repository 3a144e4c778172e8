package org.civiccatalog.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.adapters.Adapters;
import org.civiccatalog.harvest.demo.Copy;
import org.civiccatalog.harvest.demo.DemoPortalServer;
import org.civiccatalog.harvest.demo.DemoRegion;
import org.civiccatalog.harvest.demo.Expectation;
import org.civiccatalog.harvest.http.HarvestHttpClient;
import org.civiccatalog.harvest.run.HarvestRun;
import org.civiccatalog.web.WebApp;
import org.civiccatalog.web.WebConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;

/**
 * Search over the simulated demo region, harvested with the real harvesters over real HTTP: the counts are the
 * generator's (each portal's harvested records less the copies it re-publishes), and the bounding boxes of all three
 * forms the portals write (POD strings, CKAN's GeoJSON extra, DCAT's WKT dcat:bbox) are found by area.
 */
class DemoRegionSearchTest {
    static final DemoRegion REGION = DemoRegion.of(DemoRegion.DEFAULT_SEED, 600);
    @TempDir static Path dir;
    static TdbCatalogStore store;
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = TdbCatalogStore.open(dir, "http://catalog.test/");
        try (DemoPortalServer portals = DemoPortalServer.start(REGION, 0)) {
            assertThat(new HarvestRun(store, HarvestHttpClient.builder().readTimeout(Duration.ofSeconds(20)).maxRetries(0).build(),
                    Adapters::forKind).run(portals.sources()).allComplete()).isTrue();
        }
        app = WebApp.create(WebConfig.defaults().withHost("127.0.0.1").withPort(0), store, h -> {}).start();
        long version = store.state().version(), end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (search("").at("/index/storeVersion").asLong(-1) != version) {
            assertThat(System.nanoTime()).as("index built").isLessThan(end);
            Thread.sleep(50);
        }
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
        if (store != null) store.close();
    }

    static JsonNode search(String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/search.json?" + query))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }

    static Map<String, Long> facet(JsonNode r, String name) {
        Map<String, Long> out = new TreeMap<>();
        r.path("facets").path(name).path("values").forEach(v -> out.put(v.path("value").asText(), v.path("count").asLong()));
        return out;
    }

    @Test
    void each_portal_counts_its_harvested_records_less_its_copies_of_other_portals() throws Exception {
        Set<String> harvested = store.read(ds -> {
            Set<String> out = new HashSet<>();
            store.forEachRecord(g -> RecordGraph.datasetOf(g).ifPresent(out::add));
            return out;
        });
        Map<String, Long> expected = new LinkedHashMap<>();
        for (Expectation e : REGION.truth().expectations()) expected.put(e.sourceId(), (long) e.harvested());
        int copies = 0;
        for (Copy c : REGION.truth().copies()) {
            if (!harvested.contains(c.copy().datasetIri(store.iris())) || !harvested.contains(c.origin().datasetIri(store.iris()))) continue;
            expected.merge(c.copy().sourceId(), -1L, Long::sum);
            copies++;
        }
        assertThat(copies).isGreaterThan(10);
        JsonNode all = search("pageSize=1");
        assertThat(all.path("total").asLong()).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
        assertThat(facet(all, "source")).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(facet(all, "jurisdiction")).containsOnlyKeys("city", "county", "state");
        assertThat(facet(all, "format")).containsKeys("CSV", "GeoJSON", "Shapefile", "KML", "XLSX", "JSON");
        // "also on N portals": every copy found is counted on its origin
        long alsoOn = 0;
        for (int page = 1; ; page++) {
            JsonNode p = search("pageSize=100&page=" + page);
            for (JsonNode h : p.path("results")) alsoOn += h.path("alsoOn").size();
            if (!p.path("links").has("next")) break;
        }
        assertThat(alsoOn).isEqualTo(copies);
    }

    @Test
    void areas_find_the_extents_of_every_form_and_nothing_outside_the_region() throws Exception {
        // inside the state, east of the county: only state datasets, from both state portals (CKAN GeoJSON, DCAT WKT)
        JsonNode stateOnly = search("bbox=-120.5,39.5,-120.0,40.0");
        assertThat(stateOnly.path("total").asLong()).isPositive();
        assertThat(facet(stateOnly, "jurisdiction")).containsOnlyKeys("state");
        assertThat(facet(stateOnly, "source")).containsKeys("demo-state", "demo-state-geo");
        // downtown: city, county and state extents all cover it; the city's from POD strings (Socrata, Hub)
        JsonNode downtown = search("bbox=-121.50,38.57,-121.49,38.58");
        assertThat(facet(downtown, "jurisdiction")).containsOnlyKeys("city", "county", "state");
        assertThat(facet(downtown, "source")).containsKeys("demo-city", "demo-city-geohub", "demo-county-gis");
        assertThat(downtown.path("total").asLong()).isGreaterThan(stateOnly.path("total").asLong());
        // the Pacific, west of the state
        assertThat(search("bbox=-130,30,-129,31").path("total").asLong()).isZero();
    }
}
