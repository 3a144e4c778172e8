package org.civiccatalog.harvest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.SourcesFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The simulated portals' HTTP: validators and 304s, the APIs' paging, errors, and the sources file. */
class DemoPortalServerTest {
    static final DemoRegion REGION = DemoRegion.of(DemoRegion.DEFAULT_SEED, 1200);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();
    static DemoPortalServer portals;

    @TempDir Path dir;

    @BeforeAll
    static void start() {
        portals = DemoPortalServer.start(REGION, 0);
    }

    @AfterAll
    static void stop() {
        portals.close();
    }

    static HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(portals.root().resolve(pathAndQuery)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_answer_carries_validators_and_a_matching_conditional_get_gets_304() throws Exception {
        HttpResponse<String> first = get("demo-county/data.json");
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(get("demo-county/data.json", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("demo-county/data.json", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(get("demo-county/data.json", "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
        assertThat(get("demo-county/data.json", "If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").statusCode())
                .as("changed since").isEqualTo(200);
        assertThat(get("demo-county-gis/data.json?page=2").headers().firstValue("ETag")).as("each page its own tag")
                .isPresent().get().isNotEqualTo(get("demo-county-gis/data.json?page=1").headers().firstValue("ETag").get());
        try (DemoPortalServer other = DemoPortalServer.start(REGION, 0)) {
            HttpResponse<Void> there = HTTP.send(HttpRequest.newBuilder(other.root().resolve("demo-county/data.json")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(there.headers().firstValue("ETag")).as("the same region on another port").contains(etag);
        }
        try (DemoPortalServer bigger = DemoPortalServer.start(DemoRegion.of(REGION.seed(), REGION.datasets() + 1), 0)) {
            HttpResponse<Void> there = HTTP.send(HttpRequest.newBuilder(bigger.root().resolve("demo-county/data.json")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(there.headers().firstValue("ETag")).as("another region").isPresent().get().isNotEqualTo(etag);
        }
    }

    @Test
    void ckan_pages_by_rows_and_start_and_says_the_count() throws Exception {
        int n = REGION.size(DemoPortal.STATE_CKAN);
        JsonNode page = JSON.readTree(get("demo-state/api/3/action/package_search?rows=100&start=200&sort=id+asc").body());
        assertThat(page.path("success").asBoolean()).isTrue();
        assertThat(page.at("/result/count").asInt()).isEqualTo(n);
        assertThat(page.at("/result/results").size()).isEqualTo(Math.min(100, n - 200));
        JsonNode last = JSON.readTree(get("demo-state/api/3/action/package_search?rows=100&start=" + n).body());
        assertThat(last.at("/result/results").size()).isZero();
        assertThat(get("demo-state/api/3/action/package_show?id=x").statusCode()).isEqualTo(404);
    }

    @Test
    void the_county_feed_pages_by_200_and_ends_with_an_empty_page() throws Exception {
        int n = REGION.size(DemoPortal.COUNTY_FEED);
        int pages = (n + DemoPortal.FEED_PAGE_SIZE - 1) / DemoPortal.FEED_PAGE_SIZE;
        assertThat(JSON.readTree(get("demo-county-gis/data.json?page=1").body()).get("dataset").size())
                .isEqualTo(Math.min(n, DemoPortal.FEED_PAGE_SIZE));
        assertThat(JSON.readTree(get("demo-county-gis/data.json?page=" + (pages + 1)).body()).get("dataset").size()).isZero();
        assertThat(JSON.readTree(get("demo-county-gis/data.json").body()).get("dataset").size()).as("unpaged").isEqualTo(n);
    }

    @Test
    void socrata_views_answer_for_listed_4x4s_only() throws Exception {
        String fxf = Ids.fourByFour(REGION.seed(), 5);
        JsonNode view = JSON.readTree(get("demo-city/api/views/" + fxf + ".json").body());
        assertThat(view.get("id").asText()).isEqualTo(fxf);
        assertThat(view.get("columns").size()).isPositive();
        String beyond = Ids.fourByFour(REGION.seed(), REGION.size(DemoPortal.CITY_SOCRATA));
        HttpResponse<String> missing = get("demo-city/api/views/" + beyond + ".json");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").asBoolean()).isTrue();
    }

    @Test
    void the_turtle_feed_links_its_pages_and_refuses_pages_past_the_end() throws Exception {
        int pages = (REGION.size(DemoPortal.STATE_RDF) + DemoPortal.RDF_PAGE_SIZE - 1) / DemoPortal.RDF_PAGE_SIZE;
        HttpResponse<String> first = get("demo-state-geo/catalog.ttl");
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        assertThat(first.body()).contains("hydra:nextPage").contains("catalog.ttl?page=2");
        assertThat(get("demo-state-geo/catalog.ttl?page=" + pages).body()).doesNotContain("hydra:nextPage");
        assertThat(get("demo-state-geo/catalog.ttl?page=" + (pages + 1)).statusCode()).isEqualTo(404);
    }

    @Test
    void unknown_paths_and_methods_are_refused() throws Exception {
        assertThat(get("nowhere/data.json").statusCode()).isEqualTo(404);
        assertThat(get("demo-city/unknown").statusCode()).isEqualTo(404);
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(portals.root().resolve("demo-city/data.json"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(get("").body()).contains("demo-state-geo").contains(String.valueOf(REGION.datasets()));
    }

    @Test
    void the_sources_file_reads_back_as_the_six_sources() throws Exception {
        Path file = dir.resolve("demo-sources.json");
        portals.writeSourcesFile(file, Optional.of(Duration.ofHours(1)));
        List<HarvestSource> read = SourcesFile.read(file);
        assertThat(read).isEqualTo(portals.sources(Optional.of(Duration.ofHours(1))));
        assertThat(read).extracting(HarvestSource::jurisdiction).containsExactly(HarvestSource.Jurisdiction.CITY,
                HarvestSource.Jurisdiction.CITY, HarvestSource.Jurisdiction.COUNTY, HarvestSource.Jurisdiction.COUNTY,
                HarvestSource.Jurisdiction.STATE, HarvestSource.Jurisdiction.STATE);
        assertThat(JSON.readTree(get("sources.json").body()).get("sources").size()).isEqualTo(6);
    }
}
