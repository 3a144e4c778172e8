package org.civiccatalog.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.civiccatalog.core.identity.CrossPortalIdentity;
import org.civiccatalog.core.search.SearchRecord;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.web.WebApp;
import org.civiccatalog.web.WebConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;

/**
 * A known catalog for search tests: eight hand-made datasets on a city and a county portal (one of them re-published
 * by the county), in a real TDB2 store, served by the web application on a free port. The base IRI is not the
 * server's address: {@link #url} maps links onto the server.
 */
public final class SearchCatalog implements AutoCloseable {
    public static final String BASE = "http://catalog.test/";
    public static final SourceInfo CITY = new SourceInfo("city", "Demo City Open Data", "socrata", Optional.empty(), Optional.empty(), Optional.of("city"));
    public static final SourceInfo COUNTY = new SourceInfo("county", "County Data <Portal>", "dkan", Optional.empty(), Optional.empty(), Optional.of("county"));
    public static final String HOSTILE = "Parks <img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> & <b>trees</b>";
    public static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";
    public static final String OPEN311 = "https://open311.org/v2";

    public final TdbCatalogStore store;
    public final Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchCatalog(TdbCatalogStore store, Javalin app) {
        this.store = store;
        this.app = app;
    }

    public static SearchCatalog start(Path dir) throws InterruptedException {
        TdbCatalogStore store = TdbCatalogStore.open(dir, BASE);
        var i = store.iris();
        store.replaceRecords(CITY, SearchRecord.records(
                SearchRecord.of(i, "city", "crimes").title("Crime incidents").description("Every reported crime, updated daily.")
                        .publisher("Police Department").theme("Public Safety").keywords("crime", "police")
                        .distribution("CSV", "text/csv").distribution(null, "application/json").license(CC_BY)
                        .modified("2025-06-01").bbox(-121.563, 38.437, -121.362, 38.685),
                SearchRecord.of(i, "city", "arrests").title("Arrests").description("Arrests by the police, by crime and district.")
                        .publisher("Police Department").theme("Public Safety").keywords("crime")
                        .distribution("csv", null).license(CC_BY).modified("2024-02-01"),
                SearchRecord.of(i, "city", "311").title("Service requests (311)").description("Potholes, graffiti and streetlights.")
                        .publisher("311 Customer Service").theme("Service Requests").keywords("311")
                        .distribution(null, "application/json").conformsTo(OPEN311).modified("2025-01-15"),
                SearchRecord.of(i, "city", "trees").title(HOSTILE).description("Street trees <script>alert(1)</script> of the city.")
                        .publisher("Public Works").theme("Environment").keywords("trees").landing("https://data.city.gov/d/trees")
                        .distribution("GeoJSON", null).bbox(-121.52, 38.55, -121.47, 38.60),
                SearchRecord.of(i, "city", "budget").title("Budget").description("The adopted budget; crime prevention is one line.")
                        .publisher("Finance").theme("Finance").keywords("budget").distribution("XLSX", null)));
        store.replaceRecords(COUNTY, SearchRecord.records(
                SearchRecord.of(i, "county", "clinics").title("Clinics").description("Public health clinics of the county.")
                        .publisher("Public Health").theme("Health").keywords("health").distribution("CSV", null)
                        .license("http://opendefinition.org/licenses/odc-odbl/").bbox(-121.862, 38.019, -121.027, 38.736),
                SearchRecord.of(i, "county", "wells").title("Groundwater wells").description("Wells and their depth.")
                        .publisher("Water Resources").theme("Environment").keywords("water").distribution("Shapefile", null)
                        .bbox(-121.862, 38.019, -121.027, 38.736),
                SearchRecord.of(i, "county", "trees-copy").title("Street trees (from the city)").description("Republished.")
                        .publisher("Public Works").landing("https://data.city.gov/d/trees")));
        store.withdraw(COUNTY, java.util.List.of("wells"), java.time.Instant.parse("2025-05-01T00:00:00Z"));
        CrossPortalIdentity.refresh(store);
        Javalin app = WebApp.create(WebConfig.defaults().withHost("127.0.0.1").withPort(0), store, h -> {}).start();
        SearchCatalog c = new SearchCatalog(store, app);
        c.awaitIndexOf(store.state().version());
        return c;
    }

    /** Waits until /search.json answers from an index of this store state (the server builds it in the background). */
    public void awaitIndexOf(long version) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            JsonNode index = json("search.json").path("index");
            if (index.path("storeVersion").asLong(-1) == version) return;
            Thread.sleep(50);
        }
        throw new AssertionError("the search index did not reach store state " + version);
    }

    public String url(String iriOrPath) {
        String rest = iriOrPath.startsWith(BASE) ? iriOrPath.substring(BASE.length()) : iriOrPath.replaceFirst("^/", "");
        return "http://127.0.0.1:" + app.port() + "/" + rest;
    }

    public HttpResponse<String> get(String iriOrPath) {
        return org.civiccatalog.web.TestHttp.get(http, url(iriOrPath));
    }

    public JsonNode json(String iriOrPath) {
        HttpResponse<String> r = get(iriOrPath);
        if (r.statusCode() != 200) throw new AssertionError(iriOrPath + ": " + r.statusCode() + " " + r.body());
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        store.close();
    }
}
