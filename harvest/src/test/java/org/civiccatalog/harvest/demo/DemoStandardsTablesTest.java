package org.civiccatalog.harvest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.standards.Crosswalk;
import org.civiccatalog.core.standards.CrosswalkRun;
import org.civiccatalog.core.standards.CsvRows;
import org.civiccatalog.core.standards.StandardsRegistry;
import org.junit.jupiter.api.Test;

/** The demo's standards tables over real HTTP: the columns the crosswalks need, and as many rows as the truth says. */
class DemoStandardsTablesTest {
    static final StandardsRegistry REGISTRY = StandardsRegistry.bundled(CatalogIris.of("http://catalog.test/"));
    static final Crosswalk MYLA311 = Crosswalk.bundled("crosswalks/myla311-open311.json", REGISTRY);
    static final Crosswalk LIVES = Crosswalk.bundled("crosswalks/lacounty-restaurants-lives.json", REGISTRY);
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<byte[]> get(URI url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_service_requests_view_lists_the_crosswalk_columns_and_the_csv_maps_row_for_row() throws Exception {
        DemoRegion region = DemoRegion.of(DemoRegion.DEFAULT_SEED, 300).withStandards(new DemoStandards(700, 30, LocalDate.of(2025, 6, 30)));
        try (DemoPortalServer portals = DemoPortalServer.start(region, 0)) {
            String id = region.standardsDataset(DemoTable.SERVICE_REQUESTS).identifier();
            String fxf = id.substring(id.lastIndexOf('/') + 1);
            JsonNode view = new ObjectMapper().readTree(get(URI.create(portals.root() + "demo-city/api/views/" + fxf + ".json")).body());
            assertThat(view.get("name").asText()).isEqualTo("MyLA311 Service Request Data");
            List<String> fields = new ArrayList<>();
            view.get("columns").forEach(c -> fields.add(c.get("fieldName").asText()));
            assertThat(fields).containsAll(MYLA311.inputs().get("requests").columns());

            // The twin: an ordinary city dataset has neither those columns nor rows.
            String other = Ids.fourByFour(region.seed(), region.records().layout().position(DemoTable.SERVICE_REQUESTS) + 1);
            JsonNode plain = new ObjectMapper().readTree(get(URI.create(portals.root() + "demo-city/api/views/" + other + ".json")).body());
            List<String> plainFields = new ArrayList<>();
            plain.get("columns").forEach(c -> plainFields.add(c.get("fieldName").asText()));
            assertThat(plainFields).doesNotContain("srnumber");
            assertThat(get(URI.create(portals.root() + "demo-city/api/views/" + other + "/rows.csv?accessType=DOWNLOAD")).statusCode()).isEqualTo(404);

            HttpResponse<byte[]> csv = get(portals.local(region.standardsCsv(DemoTable.SERVICE_REQUESTS)));
            assertThat(csv.statusCode()).isEqualTo(200);
            Map<String, Integer> byStatus = new TreeMap<>();
            long[] n = {0};
            new CrosswalkRun(MYLA311, in -> CsvRows.open("sr.csv", new ByteArrayInputStream(csv.body())),
                    Clock.fixed(Instant.parse("2025-06-30T19:00:00Z"), ZoneOffset.UTC)).run("requests", r -> {
                n[0]++;
                byStatus.merge((String) r.get("status"), 1, Integer::sum);
            });
            Map<String, Integer> expected = new TreeMap<>();
            region.standardsTruth().forEachServiceRequest(r -> expected.merge(
                    r.status().equals("Closed") || r.status().equals("Cancelled") ? "closed" : "open", 1, Integer::sum));
            assertThat(n[0]).isEqualTo(700);
            assertThat(byStatus).isEqualTo(expected);
        }
    }

    @Test
    void the_county_tables_have_the_lives_crosswalk_columns() throws Exception {
        DemoRegion region = DemoRegion.of(DemoRegion.DEFAULT_SEED, 300).withStandards(new DemoStandards(10, 90, LocalDate.of(2025, 6, 30)));
        try (DemoPortalServer portals = DemoPortalServer.start(region, 0)) {
            for (DemoTable t : List.of(DemoTable.INSPECTIONS, DemoTable.VIOLATIONS, DemoTable.FACILITIES)) {
                HttpResponse<byte[]> csv = get(portals.local(region.standardsCsv(t)));
                assertThat(csv.statusCode()).as(t.toString()).isEqualTo(200);
                try (CsvRows rows = CsvRows.open(t.input(), new ByteArrayInputStream(csv.body()))) {
                    assertThat(rows.header()).containsAll(LIVES.inputs().get(t.input()).columns());
                    long count = 0;
                    while (rows.hasNext()) {
                        rows.next();
                        count++;
                    }
                    StandardsTruth.RestaurantCounts c = region.standardsTruth().restaurantCounts();
                    long expected = switch (t) {
                        case INSPECTIONS -> c.inspections();
                        case VIOLATIONS -> c.violations();
                        default -> c.facilities();
                    };
                    assertThat(count).as(t.toString()).isEqualTo(expected);
                }
            }
            assertThat(get(URI.create(portals.root() + "demo-county/sites/default/files/restaurants/menus.csv")).statusCode()).isEqualTo(404);
        }
    }
}
