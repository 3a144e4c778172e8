package org.civiccatalog.web.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.standards.FeedCheckReport;
import org.civiccatalog.core.standards.LivesChecker;
import org.civiccatalog.core.standards.StandardsRegistry;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.demo.DemoPortalServer;
import org.civiccatalog.harvest.demo.DemoRegion;
import org.civiccatalog.harvest.demo.DemoStandards;
import org.civiccatalog.harvest.demo.DemoTable;
import org.civiccatalog.harvest.demo.ServiceRequestTable.ServiceRequest;
import org.civiccatalog.harvest.demo.StandardsTruth;
import org.civiccatalog.harvest.http.HarvestHttpClient;
import org.civiccatalog.harvest.standards.CsvCache;
import org.civiccatalog.web.WebApp;
import org.civiccatalog.web.WebConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.javalin.Javalin;

/**
 * The Open311 and LIVES endpoints over real HTTP: the demo region's portals on loopback serve the generated CSVs, the
 * fetcher caches them, the app serves them through the crosswalks. Expected numbers come from the demo's ground truth
 * (the rows generated again from the seed), never from the endpoints.
 */
class StandardsEndpointsTest {
    static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    /** Noon on the tables' as-of day: every request was made before it. */
    static final Instant NOW = AS_OF.atTime(12, 0).atZone(LA).toInstant();
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir static Path dir;
    static DemoRegion region;
    static StandardsTruth truth;
    static List<ServiceRequest> requests = new ArrayList<>();
    static DemoPortalServer portals;
    static TdbCatalogStore store;
    static CsvCache cache;
    static Javalin app;
    static String root;

    @BeforeAll
    static void serve() {
        // 5,000 requests over a year: some 1,230 in the last 90 days, past the 1,000 limit.
        region = DemoRegion.of(DemoRegion.DEFAULT_SEED, 120).withStandards(new DemoStandards(5000, 900, AS_OF));
        truth = region.standardsTruth();
        truth.forEachServiceRequest(requests::add);
        portals = DemoPortalServer.start(region, 0);
        store = TdbCatalogStore.open(dir.resolve("data"), "http://catalog.test/");
        cache = new CsvCache(dir.resolve("standards"), HarvestHttpClient.builder().maxRetries(0).build().settings(),
                1L << 30, Duration.ofDays(1), Clock.fixed(NOW, ZoneOffset.UTC));
        StandardsViews views = StandardsViews.demo(region, portals, store, cache);
        WebConfig cfg = WebConfig.defaults().withHost("127.0.0.1").withPort(0).withContextPath("/");
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            WebApp.routes(c, cfg, store);
            StandardsRoutes.register(c, views, "http://catalog.test/", Clock.fixed(NOW, ZoneOffset.UTC),
                    dir.resolve("index"), Duration.ZERO);
        }).start("127.0.0.1", 0);
        root = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
        if (portals != null) portals.close();
        if (store != null) store.close();
    }

    static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(String path, int status) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + new String(r.body())).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(r.body());
    }

    /** The crosswalk's slug, written out again: lower case, runs of anything else one hyphen. */
    static String code(String requestType) {
        return requestType.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static String status(ServiceRequest r) {
        return r.status().equals("Closed") || r.status().equals("Cancelled") ? "closed" : "open";
    }

    static Instant created(ServiceRequest r) {
        return r.created().atZone(LA).toInstant();
    }

    /** The truth's requests in [from, to], newest first. */
    static List<ServiceRequest> expected(Instant from, Instant to, Predicate<ServiceRequest> filter) {
        return requests.stream().filter(r -> !created(r).isBefore(from) && !created(r).isAfter(to)).filter(filter)
                .sorted(Comparator.comparing(StandardsEndpointsTest::created).reversed()).toList();
    }

    static List<Instant> times(JsonNode array) {
        List<Instant> out = new ArrayList<>();
        array.forEach(n -> out.add(java.time.OffsetDateTime.parse(n.get("requested_datetime").asText()).toInstant()));
        return out;
    }

    @Test
    void the_default_window_is_the_last_90_days_cut_at_1000_newest_first() throws Exception {
        JsonNode all = json("/open311/demo-city/v2/requests.json", 200);
        List<ServiceRequest> inWindow = expected(NOW.minus(Duration.ofDays(90)), NOW, r -> true);
        assertThat(inWindow.size()).as("the fixture must exceed the limit").isGreaterThan(1000);
        assertThat(all).hasSize(1000);
        assertThat(times(all)).isEqualTo(inWindow.subList(0, 1000).stream().map(StandardsEndpointsTest::created).toList());
        assertThat(Open311Schemas.errors(Open311Schemas.REQUESTS, all)).isEmpty();
    }

    @Test
    void requests_json_fails_the_schema_when_broken() throws Exception {
        ArrayNode all = (ArrayNode) json("/open311/demo-city/v2/requests.json?service_code=graffiti-removal", 200);
        assertThat(all.size()).isPositive();
        ObjectNode broken = ((ObjectNode) all.get(0)).deepCopy();
        broken.remove("service_request_id");
        broken.put("status", "pending");
        ArrayNode twin = JSON.createArrayNode().add(broken);
        assertThat(Open311Schemas.errors(Open311Schemas.REQUESTS, twin)).isNotEmpty();
    }

    @Test
    void service_code_status_and_dates_filter_exactly() throws Exception {
        Instant from = AS_OF.minusDays(60).atStartOfDay(LA).toInstant();
        Instant to = AS_OF.minusDays(30).atStartOfDay(LA).toInstant();
        String window = "&start_date=" + AS_OF.minusDays(60) + "T00:00:00" + offset(from) + "&end_date=" + AS_OF.minusDays(30)
                + "T00:00:00" + offset(to);
        JsonNode bulkyOpen = json("/open311/demo-city/v2/requests.json?service_code=bulky-items&status=open" + window.replace("+", "%2B"), 200);
        List<ServiceRequest> exp = expected(from, to, r -> code(r.requestType()).equals("bulky-items") && status(r).equals("open"));
        assertThat(exp).isNotEmpty();
        assertThat(bulkyOpen).hasSize(exp.size());
        bulkyOpen.forEach(n -> {
            assertThat(n.get("service_code").asText()).isEqualTo("bulky-items");
            assertThat(n.get("status").asText()).isEqualTo("open");
        });
        JsonNode two = json("/open311/demo-city/v2/requests.json?service_code=graffiti-removal,dead-animal-removal&status=closed"
                + window.replace("+", "%2B"), 200);
        assertThat(two).hasSize(expected(from, to, r -> Set.of("graffiti-removal", "dead-animal-removal")
                .contains(code(r.requestType())) && status(r).equals("closed")).size());
        // start_date alone: the 90 days after it; a local time without offset is the city's time.
        Instant start = AS_OF.minusDays(200).atStartOfDay(LA).toInstant();
        JsonNode after = json("/open311/demo-city/v2/requests.json?status=open&start_date=" + AS_OF.minusDays(200), 200);
        assertThat(after).hasSize(Math.min(1000, expected(start, start.plus(Duration.ofDays(90)), r -> status(r).equals("open")).size()));
        JsonNode none = json("/open311/demo-city/v2/requests.json?service_code=no-such-service", 200);
        assertThat(none).isEmpty();
    }

    static String offset(Instant t) {
        return t.atZone(LA).getOffset().getId();
    }

    @Test
    void bad_filters_are_refused_in_the_spec_error_format() throws Exception {
        JsonNode tooLong = json("/open311/demo-city/v2/requests.json?start_date=2025-01-01&end_date=2025-06-01", 400);
        assertThat(tooLong.get(0).get("code").asInt()).isEqualTo(400);
        assertThat(tooLong.get(0).get("description").asText()).contains("90 days");
        JsonNode status = json("/open311/demo-city/v2/requests.json?status=pending", 400);
        assertThat(status.get(0).get("description").asText()).contains("pending");
        JsonNode date = json("/open311/demo-city/v2/requests.json?start_date=yesterday", 400);
        assertThat(date).hasSize(1);
    }

    @Test
    void one_request_by_id_and_a_404_in_the_spec_format() throws Exception {
        ServiceRequest r = requests.get(1234);
        JsonNode one = json("/open311/demo-city/v2/requests/" + r.srNumber() + ".json", 200);
        assertThat(one).hasSize(1);
        assertThat(one.get(0).get("service_request_id").asText()).isEqualTo(r.srNumber());
        assertThat(one.get(0).get("service_name").asText()).isEqualTo(r.requestType());
        assertThat(Open311Schemas.errors(Open311Schemas.REQUESTS, one)).isEmpty();

        JsonNode missing = json("/open311/demo-city/v2/requests/1-0000000000.json", 404);
        assertThat(missing.get(0).get("code").asInt()).isEqualTo(404);
        assertThat(missing.get(0).get("description").asText()).contains("1-0000000000");

        HttpResponse<byte[]> xml = get("/open311/demo-city/v2/requests/1-0000000000.xml");
        assertThat(xml.statusCode()).isEqualTo(404);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.body()));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("errors");
        assertThat(doc.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("404");

        JsonNode nowhere = json("/open311/atlantis/v2/services.json", 404);
        assertThat(nowhere.get(0).get("description").asText()).contains("atlantis");
    }

    @Test
    void services_list_every_request_type_once_and_validate() throws Exception {
        JsonNode services = json("/open311/demo-city/v2/services.json", 200);
        Set<String> exp = new TreeSet<>();
        requests.forEach(r -> exp.add(code(r.requestType())));
        Set<String> got = new TreeSet<>();
        services.forEach(s -> got.add(s.get("service_code").asText()));
        assertThat(services).hasSize(exp.size());
        assertThat(got).isEqualTo(exp);
        assertThat(Open311Schemas.errors(Open311Schemas.SERVICES, services)).isEmpty();
        ObjectNode twin = ((ObjectNode) services.get(0)).deepCopy();
        twin.put("type", "sometimes");
        assertThat(Open311Schemas.errors(Open311Schemas.SERVICES, JSON.createArrayNode().add(twin))).isNotEmpty();
    }

    @Test
    void xml_carries_the_same_requests_as_json() throws Exception {
        String q = "?service_code=electronic-waste";
        JsonNode j = json("/open311/demo-city/v2/requests.json" + q, 200);
        HttpResponse<byte[]> x = get("/open311/demo-city/v2/requests.xml" + q);
        assertThat(x.statusCode()).isEqualTo(200);
        assertThat(x.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(x.body()));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("service_requests");
        var ids = doc.getElementsByTagName("service_request_id");
        assertThat(ids.getLength()).isEqualTo(j.size()).isPositive();
        for (int i = 0; i < ids.getLength(); i++)
            assertThat(ids.item(i).getTextContent()).isEqualTo(j.get(i).get("service_request_id").asText());
        JsonNode discovery = json("/open311/demo-city/v2/discovery.json", 200);
        assertThat(discovery.get("endpoints").get(0).get("url").asText()).isEqualTo("http://catalog.test/open311/demo-city/v2");
    }

    @Test
    void the_lives_zip_passes_the_checker_with_the_ground_truths_counts() throws Exception {
        HttpResponse<byte[]> r = get("/lives/demo-county/lives.zip");
        assertThat(r.statusCode()).isEqualTo(200);
        Path zip = dir.resolve("feed.zip");
        Files.write(zip, r.body());
        LivesChecker checker = LivesChecker.of(StandardsRegistry.bundled(CatalogIris.of("http://catalog.test/")));
        FeedCheckReport report = checker.check(zip);
        assertThat(report.errors()).isEmpty();
        assertThat(report.passes()).isTrue();
        StandardsTruth.RestaurantCounts c = truth.restaurantCounts();
        assertThat(c.inspections()).as("some inspections are of closed facilities").isGreaterThan(c.inspectionsOfListed());
        assertThat(report.rowCounts()).containsEntry("businesses.csv", (long) c.facilities())
                .containsEntry("inspections.csv", (long) c.inspectionsOfListed())
                .containsEntry("violations.csv", (long) c.violationsOfListed())
                .containsEntry("feed_info.csv", 1L).containsEntry("legend.csv", 4L);

        // The must-fail twin: the same feed without its businesses fails the checker.
        Path broken = dir.resolve("broken.zip");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(r.body()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(broken))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("businesses.csv")) continue;
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        assertThat(checker.check(broken).passes()).isFalse();
    }

    @Test
    void each_lives_file_is_served_alone() throws Exception {
        HttpResponse<byte[]> b = get("/lives/demo-county/businesses.csv");
        assertThat(b.statusCode()).isEqualTo(200);
        assertThat(b.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        long lines = new String(b.body()).lines().count();
        assertThat(lines).isEqualTo(1 + truth.restaurantCounts().facilities());
        HttpResponse<byte[]> legend = get("/lives/demo-county/legend.csv");
        assertThat(new String(legend.body())).contains("90,100,A").contains("80,89,B").contains("70,79,C");
        assertThat(get("/lives/demo-county/menus.csv").statusCode()).isEqualTo(404);
        assertThat(get("/lives/demo-city/businesses.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void the_csv_is_fetched_again_only_when_the_dataset_changes() throws Exception {
        URI url = portals.local(region.standardsCsv(DemoTable.FACILITIES));
        CsvCache.Cached first = cache.get(url, "2025-06-01");
        long before = portals.stats().requests();
        CsvCache.Cached same = cache.get(url, "2025-06-01");
        assertThat(portals.stats().requests()).isEqualTo(before);
        assertThat(same.version()).isEqualTo(first.version());
        CsvCache.Cached changed = cache.get(url, "2025-06-02");
        assertThat(portals.stats().requests()).isEqualTo(before + 1);
        assertThat(changed.modified()).isEqualTo("2025-06-02");
        assertThat(Files.size(changed.file())).isEqualTo(changed.bytes()).isPositive();
    }
}
