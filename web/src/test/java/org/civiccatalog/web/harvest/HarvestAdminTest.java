package org.civiccatalog.web.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.core.testing.Fixtures;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.SourceKind;
import org.civiccatalog.harvest.SourceLimits;
import org.civiccatalog.harvest.adapters.Adapters;
import org.civiccatalog.harvest.http.HarvestHttpClient;
import org.civiccatalog.harvest.run.HarvestRun;
import org.civiccatalog.harvest.run.HarvestScheduler;
import org.civiccatalog.harvest.testing.PortalServer;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.civiccatalog.web.WebApp;
import org.civiccatalog.web.WebConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.Javalin;

/**
 * The admin trigger and the harvest reports over real HTTP: a real TDB2 store, the real data.json adapter and
 * HTTP client, and a loopback {@link PortalServer} as the portal.
 */
class HarvestAdminTest {
    static final String TOKEN = "s3cret-admin-token-0123456789";
    static final Path CFTC = Fixtures.fixture("datajson/gsa-datagov-harvester/cftc-dcatus.json");
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir Path dir;
    PortalServer portal;
    TdbCatalogStore store;
    HarvestScheduler scheduler;
    Javalin app;
    String root;

    @BeforeEach
    void portal() throws Exception {
        portal = new PortalServer();
        portal.on("/cftc/data.json", Reply.file("application/json", CFTC));
        portal.on("/slow/data.json", Reply.file("application/json", CFTC).delayed(2000));
        portal.on("/xss/data.json", Reply.ok("application/json", hostileFeed()));
        store = TdbCatalogStore.open(dir.resolve("data"), "http://catalog.test/");
    }

    @AfterEach
    void stop() {
        if (scheduler != null) scheduler.stop(Duration.ofSeconds(10));
        if (app != null) app.stop();
        portal.close();
        store.close();
    }

    /** Two records sharing an identifier that is markup: the duplicate becomes a finding quoting it. */
    static String hostileFeed() throws Exception {
        ObjectNode feed = (ObjectNode) JSON.readTree(Files.readAllBytes(CFTC));
        ArrayNode ds = (ArrayNode) feed.get("dataset");
        ObjectNode a = ((ObjectNode) ds.get(0)).deepCopy().put("identifier", "<script>alert(1)</script>")
                .put("title", "<img src=x onerror=alert(2)>");
        ds.removeAll();
        ds.add(a).add(a.deepCopy());
        return JSON.writeValueAsString(feed);
    }

    HarvestSource source(String id, Optional<Duration> every) {
        return new HarvestSource(id, id, SourceKind.DATAJSON, portal.url("/" + id + "/data.json"), id,
                HarvestSource.Jurisdiction.OTHER, every, SourceLimits.defaults());
    }

    void serve(Optional<String> token, HarvestSource... sources) {
        var http = HarvestHttpClient.builder().readTimeout(Duration.ofSeconds(10)).maxRetries(0).build();
        scheduler = new HarvestScheduler(new HarvestRun(store, http, Adapters::forKind), List.of(sources));
        WebConfig cfg = WebConfig.defaults().withHost("127.0.0.1").withPort(0).withContextPath("/");
        app = WebApp.create(cfg, store, h -> {}, new Harvesting(Optional.of(scheduler), token.map(AdminToken::of)));
        app.start();
        root = "http://127.0.0.1:" + app.port();
    }

    HttpResponse<String> post(String path, String authorization) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) b.header("Authorization", authorization);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String pathOrUrl) throws Exception {
        String url = pathOrUrl.startsWith("http://catalog.test/") ? root + pathOrUrl.substring("http://catalog.test".length())
                : root + pathOrUrl;
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(25);
        }
    }

    JsonNode pollReport(String location) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> r = get(location);
            if (r.statusCode() == 200) {
                JsonNode n = JSON.readTree(r.body());
                if (n.path("status").asText().equals("ended")) return n;
            }
            if (System.nanoTime() > end) throw new AssertionError("the run did not end: " + r.statusCode() + " " + r.body());
            Thread.sleep(50);
        }
    }

    @Test
    void without_a_token_configured_the_admin_api_is_disabled() throws Exception {
        serve(Optional.empty(), source("cftc", Optional.empty()));
        HttpResponse<String> r = post("/admin/harvest", "Bearer " + TOKEN);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("disabled");
        Thread.sleep(200);
        assertThat(portal.requests()).isEmpty();
        assertThat(store.countDatasets()).isZero();
    }

    @Test
    void a_missing_or_wrong_token_is_401_and_nothing_is_harvested() throws Exception {
        serve(Optional.of(TOKEN), source("cftc", Optional.empty()));
        for (String auth : new String[] {null, "Bearer wrong-token-wrong-token", "Bearer " + TOKEN + "x", "Basic " + TOKEN, "Bearer "}) {
            HttpResponse<String> r = post("/admin/harvest", auth);
            assertThat(r.statusCode()).as(String.valueOf(auth)).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
        }
        Thread.sleep(200);
        assertThat(portal.requests()).isEmpty();
        assertThat(store.countDatasets()).isZero();
        assertThat(scheduler.runsDone()).isZero();
    }

    @Test
    void the_right_token_starts_a_harvest_whose_report_the_location_gives() throws Exception {
        serve(Optional.of(TOKEN), source("cftc", Optional.empty()));
        HttpResponse<String> r = post("/admin/harvest?source=cftc", "Bearer " + TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("http://catalog.test/harvest.json?run=");
        JsonNode report = pollReport(location);
        assertThat(store.countDatasets()).isEqualTo(7);
        JsonNode run = report.at("/sources/0/runs/0");
        assertThat(report.at("/sources/0/source").asText()).isEqualTo("cftc");
        assertThat(run.path("outcome").asText()).isEqualTo("COMPLETE");
        assertThat(run.path("created").asInt()).isEqualTo(7);
        assertThat(run.path("unchanged").asInt()).isZero();
        assertThat(run.path("run").asText()).isEqualTo(JSON.readTree(r.body()).path("run").asText());

        JsonNode all = JSON.readTree(get("/harvest.json").body());
        assertThat(all.at("/sources/0/runs/0/created").asInt()).isEqualTo(7);
        assertThat(post("/admin/harvest?source=nope", "Bearer " + TOKEN).statusCode()).isEqualTo(404);
        assertThat(get("/harvest.json?run=http://catalog.test/harvest/19990101T000000.000Z").statusCode()).isEqualTo(404);
    }

    @Test
    void a_second_trigger_while_one_runs_is_409() throws Exception {
        serve(Optional.of(TOKEN), source("slow", Optional.empty()), source("cftc", Optional.empty()));
        HttpResponse<String> first = post("/admin/harvest", "Bearer " + TOKEN);
        assertThat(first.statusCode()).isEqualTo(202);
        HttpResponse<String> second = post("/admin/harvest?source=cftc", "Bearer " + TOKEN);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(get("/harvest.json").body()).path("running").asText())
                .isEqualTo(JSON.readTree(first.body()).path("run").asText());
        pollReport(first.headers().firstValue("Location").orElseThrow());
        assertThat(scheduler.runsDone()).isEqualTo(1);
        assertThat(post("/admin/harvest?source=cftc", "Bearer " + TOKEN).statusCode()).isEqualTo(202);
    }

    @Test
    void other_methods_on_admin_are_405() throws Exception {
        serve(Optional.of(TOKEN), source("cftc", Optional.empty()));
        for (String method : new String[] {"GET", "PUT", "DELETE"}) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/admin/harvest"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(method).isEqualTo(405);
        }
        assertThat(get("/admin/anything").statusCode()).isEqualTo(405);
        Thread.sleep(200);
        assertThat(portal.requests()).isEmpty();
    }

    @Test
    void the_report_page_escapes_markup_from_findings() throws Exception {
        serve(Optional.of(TOKEN), source("xss", Optional.empty()));
        HttpResponse<String> r = post("/admin/harvest", "Bearer " + TOKEN);
        JsonNode report = pollReport(r.headers().firstValue("Location").orElseThrow());
        assertThat(report.at("/sources/0/runs/0/findings/0").asText()).contains("<script>alert(1)</script>");

        HttpResponse<String> page = get("/harvest");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.body()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document doc = Jsoup.parse(page.body());
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.text()).contains("xss").contains("COMPLETE").contains("<script>alert(1)</script>");
        assertThat(get("/").body()).contains("href=\"http://catalog.test/harvest\"");
    }

    @Test
    void a_scheduled_source_runs_twice_the_second_run_writes_nothing_and_reports_survive_a_restart() throws Exception {
        serve(Optional.empty(), source("cftc", Optional.of(Duration.ofMillis(300))));
        scheduler.start(Duration.ZERO);
        await(() -> scheduler.runsDone() >= 2, "two scheduled runs");
        scheduler.stop(Duration.ofSeconds(10));
        JsonNode runs = JSON.readTree(get("/harvest.json").body()).at("/sources/0/runs");
        assertThat(runs.size()).isGreaterThanOrEqualTo(2);
        JsonNode oldest = runs.get(runs.size() - 1), next = runs.get(runs.size() - 2);
        assertThat(oldest.path("created").asInt()).isEqualTo(7);
        assertThat(next.path("created").asInt() + next.path("changed").asInt() + next.path("withdrawn").asInt()
                + next.path("returned").asInt()).isZero();
        assertThat(next.path("unchanged").asInt()).isEqualTo(7);

        app.stop();
        store.close();
        store = TdbCatalogStore.open(dir.resolve("data"), null);
        WebConfig cfg = WebConfig.defaults().withHost("127.0.0.1").withPort(0).withContextPath("/");
        app = WebApp.create(cfg, store, h -> {});
        app.start();
        root = "http://127.0.0.1:" + app.port();
        assertThat(JSON.readTree(get("/harvest.json").body()).at("/sources/0/runs").size()).isEqualTo(runs.size());
        assertThat(post("/admin/harvest", "Bearer " + TOKEN).statusCode()).isEqualTo(403);
    }
}
