package org.civiccatalog.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.SourceKind;
import org.civiccatalog.harvest.adapters.DataJsonHarvester;
import org.civiccatalog.harvest.http.HarvestHttpClient;
import org.civiccatalog.harvest.run.HarvestRun;
import org.civiccatalog.harvest.testing.PortalServer;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.civiccatalog.web.WebApp;
import org.civiccatalog.web.WebConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;

/**
 * The running server's search follows real harvests: a portal's data.json harvested over HTTP is found by its words
 * and its POD bounding box, and after the portal renames a dataset and it is harvested again, the new title is found
 * and the old one no longer is, without anything but the server's own watch of the store.
 */
class SearchFollowsHarvestTest {
    @TempDir Path dir;
    PortalServer portal;
    TdbCatalogStore store;
    Javalin app;
    final AtomicReference<String> feed = new AtomicReference<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        portal = new PortalServer();
        portal.on("/data.json", x -> Reply.ok("application/json", feed.get()));
        store = TdbCatalogStore.open(dir, "http://catalog.test/");
        app = WebApp.create(WebConfig.defaults().withHost("127.0.0.1").withPort(0), store, h -> {}).start();
    }

    @AfterEach
    void stop() {
        app.stop();
        portal.close();
        store.close();
    }

    static String dataJson(String firstTitle) {
        return """
            {"conformsTo": "https://project-open-data.cio.gov/v1.1/schema", "dataset": [
             {"title": "%s", "description": "Counted at every intersection downtown.", "identifier": "counts-1",
              "modified": "2025-04-01", "keyword": ["mobility"], "accessLevel": "public", "spatial": "-121.52,38.55,-121.47,38.60",
              "publisher": {"@type": "org:Organization", "name": "Transportation Department"},
              "contactPoint": {"@type": "vcard:Contact", "fn": "Data Team", "hasEmail": "mailto:data@city.example.gov"},
              "distribution": [{"@type": "dcat:Distribution", "downloadURL": "https://city.example.gov/counts.csv", "mediaType": "text/csv"}]},
             {"title": "Library visits", "description": "Visits per branch and month.", "identifier": "visits-2",
              "modified": "2025-03-01", "keyword": ["libraries"], "accessLevel": "public",
              "publisher": {"@type": "org:Organization", "name": "Public Library"},
              "contactPoint": {"@type": "vcard:Contact", "fn": "Data Team", "hasEmail": "mailto:data@city.example.gov"}}]}
            """.formatted(firstTitle);
    }

    void harvest() {
        var client = HarvestHttpClient.builder().readTimeout(Duration.ofSeconds(5)).maxRetries(0).build();
        new HarvestRun(store, client, k -> new DataJsonHarvester())
                .run(List.of(HarvestSource.of("city", SourceKind.DATAJSON, portal.url("/data.json"))));
    }

    JsonNode search(String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/search.json?" + query))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }

    /** Searches until the answer comes from an index of the store as it is now. */
    JsonNode searchCurrent(String query) throws Exception {
        long version = store.state().version();
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode r = search(query);
            if (r.at("/index/storeVersion").asLong(-1) == version) return r;
            assertThat(System.nanoTime()).as("the index reached store state " + version).isLessThan(end);
            Thread.sleep(50);
        }
    }

    static List<String> titles(JsonNode r) {
        List<String> out = new ArrayList<>();
        r.path("results").forEach(h -> out.add(h.path("title").asText()));
        return out;
    }

    @Test
    void a_changed_title_is_found_after_the_harvest_that_changed_it() throws Exception {
        feed.set(dataJson("Bicycle counts"));
        harvest();
        assertThat(titles(searchCurrent("q=bicycle"))).containsExactly("Bicycle counts");
        assertThat(titles(search("bbox=-121.5,38.56,-121.48,38.58"))).as("the POD box was indexed").containsExactly("Bicycle counts");
        assertThat(search("bbox=-120,38,-119,39").path("total").asLong()).isZero();
        assertThat(search("").at("/facets/publisher/values").size()).isEqualTo(2);

        feed.set(dataJson("Scooter counts"));
        harvest();
        JsonNode scooter = searchCurrent("q=scooter");
        assertThat(titles(scooter)).containsExactly("Scooter counts");
        assertThat(scooter.at("/index/current").asBoolean()).isTrue();
        assertThat(search("q=bicycle").path("total").asLong()).as("the old title is gone").isZero();
        assertThat(search("").path("total").asLong()).isEqualTo(2);
    }
}
