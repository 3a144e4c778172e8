package org.civiccatalog.harvest.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.jena.graph.Graph;
import org.civiccatalog.core.testing.Fixtures;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.SourceKind;
import org.civiccatalog.harvest.run.HarvestRun;
import org.civiccatalog.harvest.run.SourceReport;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.civiccatalog.harvest.testing.SimpleHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Socrata dataset whose data.json entry the store holds unchanged is not asked for its view, except on its refresh
 * day; a changed entry, a changed view on the refresh day, and a view that failed last time are read; a failing view
 * never replaces what the store holds. Real TDB2 store, real harvest run, a loopback portal answering recorded
 * responses (data.ny.gov's data.json, Chicago's view standing in for its dataset's view as in SocrataHarvesterTest).
 */
class SocrataViewRefreshTest extends PortalAdapterTest {
    static final String VIEW_PATH = "/api/views/22ew-dxez.json";
    static final String NY_ID = SocrataHarvesterTest.NY_ID;

    @TempDir Path dir;

    /** The first day from 2026-01-01 on which the NY dataset's view is (or is not) due again. */
    static LocalDate day(boolean due) {
        LocalDate d = LocalDate.of(2026, 1, 1);
        while (SocrataHarvester.viewRefreshDue(NY_ID, d) != due) d = d.plusDays(1);
        return d;
    }

    SourceReport harvest(TdbCatalogStore store, LocalDate on) {
        Clock clock = Clock.fixed(on.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        HarvestSource source = HarvestSource.of("ny", SourceKind.SOCRATA, portal.url("/"));
        return new HarvestRun(store, new SimpleHttp(), kind -> new SocrataHarvester(true, clock))
                .run(List.of(source), on.atStartOfDay().toInstant(ZoneOffset.UTC)).sources().get(0);
    }

    Graph stored(TdbCatalogStore store) {
        return store.recordGraphOfDataset(store.iris().dataset("ny", NY_ID)).orElseThrow();
    }

    static Reply view(String category) {
        String json = read(SocrataHarvesterTest.CHICAGO_VIEW);
        return Reply.ok("application/json", json.replace("\"Historic Preservation\"", "\"" + category + "\""));
    }

    static String read(String fixture) {
        try {
            return Files.readString(Fixtures.fixture(fixture), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Reply nyListing(String titleSuffix) {
        return Reply.ok("application/json", read(SocrataHarvesterTest.NY).replace("Beginning 2004\"", "Beginning 2004" + titleSuffix + "\""));
    }

    /** The dataset's themes in the stored record (the view's category is one). */
    static List<String> themes(Graph g) {
        return g.find(null, org.civiccatalog.vocab.DCAT.theme.asNode(), null).toList().stream()
                .flatMap(t -> g.find(t.getObject(), org.civiccatalog.vocab.SKOS.prefLabel.asNode(), null).toList().stream())
                .map(t -> t.getObject().getLiteralLexicalForm()).sorted().toList();
    }

    @Test
    void an_unchanged_entry_asks_for_no_view_until_its_refresh_day_and_then_writes_only_if_the_view_changed() {
        portal.on("/data.json", nyListing("")).on(VIEW_PATH, view("Historic Preservation"));
        try (var store = TdbCatalogStore.open(dir, "http://catalog.test/")) {
            assertThat(harvest(store, day(false)).created()).isEqualTo(1);
            assertThat(portal.count(VIEW_PATH)).isEqualTo(1);
            Graph first = stored(store);
            assertThat(themes(first)).contains("Historic Preservation");

            SourceReport quiet = harvest(store, day(false).plusDays(7));
            assertThat(portal.count(VIEW_PATH)).as("not due: no view asked for").isEqualTo(1);
            assertThat(quiet.unchanged()).isEqualTo(1);
            assertThat(quiet.writes()).isZero();
            assertThat(stored(store).isIsomorphicWith(first)).as("the enriched record is kept").isTrue();

            SourceReport dueSame = harvest(store, day(true));
            assertThat(portal.count(VIEW_PATH)).as("due: the view is read again").isEqualTo(2);
            assertThat(dueSame.unchanged()).isEqualTo(1);
            assertThat(dueSame.writes()).as("same view, same graph: no write").isZero();

            portal.on(VIEW_PATH, view("Housing"));
            SourceReport dueChanged = harvest(store, day(true).plusDays(SocrataHarvester.VIEWS_REFRESH_DAYS));
            assertThat(portal.count(VIEW_PATH)).isEqualTo(3);
            assertThat(dueChanged.changed()).as("the view changed on its own").isEqualTo(1);
            assertThat(themes(stored(store))).contains("Housing").doesNotContain("Historic Preservation");
        }
    }

    @Test
    void a_changed_entry_asks_for_its_view_on_any_day() {
        portal.on("/data.json", nyListing("")).on(VIEW_PATH, view("Historic Preservation"));
        try (var store = TdbCatalogStore.open(dir, "http://catalog.test/")) {
            harvest(store, day(false));
            portal.on("/data.json", nyListing(" (revised)"));
            SourceReport changed = harvest(store, day(false));
            assertThat(portal.count(VIEW_PATH)).isEqualTo(2);
            assertThat(changed.changed()).isEqualTo(1);
            assertThat(themes(stored(store))).as("still enriched").contains("Historic Preservation");
        }
    }

    @Test
    void a_failing_view_keeps_the_stored_record_and_a_new_record_without_its_view_asks_again_next_time() {
        Reply missing = new Reply(404, Map.of("Content-Type", "application/json"),
                read("socrata/views-api/api_views_missing-error.json").getBytes(StandardCharsets.UTF_8), 0, -1);
        portal.on("/data.json", nyListing("")).on(VIEW_PATH, missing);
        try (var store = TdbCatalogStore.open(dir, "http://catalog.test/")) {
            SourceReport first = harvest(store, day(false));
            assertThat(first.created()).isEqualTo(1);
            assertThat(themes(stored(store))).doesNotContain("Historic Preservation");
            assertThat(first.findings()).extracting(Finding::message)
                    .anyMatch(m -> m.endsWith("its view is asked for again in the next harvest"));

            portal.on(VIEW_PATH, view("Historic Preservation"));
            SourceReport second = harvest(store, day(false));
            assertThat(portal.count(VIEW_PATH)).as("asked again although not due").isEqualTo(2);
            assertThat(second.changed()).isEqualTo(1);
            Graph enriched = stored(store);
            assertThat(themes(enriched)).contains("Historic Preservation");

            portal.on(VIEW_PATH, missing);
            SourceReport third = harvest(store, day(true));
            assertThat(portal.count(VIEW_PATH)).isEqualTo(3);
            assertThat(third.writes()).as("a failing view replaces nothing").isZero();
            assertThat(third.unchanged()).isEqualTo(1);
            assertThat(stored(store).isIsomorphicWith(enriched)).isTrue();
            assertThat(third.findings()).extracting(Finding::message)
                    .anyMatch(m -> m.endsWith("the dataset is kept as the catalog holds it; its view is read again at its next refresh"));
        }
    }

    @Test
    void over_a_refresh_period_every_view_is_due_on_exactly_one_day() {
        List<String> ids = IntStream.range(0, 500).mapToObj(i -> "https://data.example.gov/api/views/a" + i).toList();
        LocalDate start = LocalDate.of(2026, 3, 1);
        for (String id : ids) {
            long days = IntStream.range(0, SocrataHarvester.VIEWS_REFRESH_DAYS)
                    .filter(i -> SocrataHarvester.viewRefreshDue(id, start.plusDays(i))).count();
            assertThat(days).as(id).isEqualTo(1);
        }
        long dueFirstDay = ids.stream().filter(id -> SocrataHarvester.viewRefreshDue(id, start)).count();
        assertThat(dueFirstDay).as("spread over the days, not all on one").isBetween(1L, (long) ids.size() / 2);
    }
}
