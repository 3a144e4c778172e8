package org.civiccatalog.harvest.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civiccatalog.harvest.adapters.DataJsonHarvesterTest.catalog;
import static org.civiccatalog.harvest.adapters.DataJsonHarvesterTest.cftcDatasets;
import static org.civiccatalog.harvest.adapters.DataJsonHarvesterTest.dataset;
import static org.civiccatalog.harvest.adapters.DataJsonHarvesterTest.json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.core.store.RecordState;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.Harvester;
import org.civiccatalog.harvest.SourceKind;
import org.civiccatalog.harvest.SourceLimits;
import org.civiccatalog.harvest.run.HarvestRun;
import org.civiccatalog.harvest.run.SourceReport;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.civiccatalog.harvest.testing.SimpleHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * data.json listings (paged, unpaged) and the ArcGIS Hub feed that come back byte for byte as in the last run, their
 * records held unchanged, are not parsed again; the paged walk's end and repeat checks work from what was kept.
 * Real TDB2 store, real harvest runs, a loopback portal with recorded (CFTC data.json) and hand-made feeds.
 */
class FeedPageReplayTest extends PortalAdapterTest {
    @TempDir Path dir;

    SourceReport harvest(TdbCatalogStore store, SourceKind kind, String path, Harvester harvester, double maxVanished) {
        SourceLimits d = SourceLimits.defaults();
        HarvestSource s = HarvestSource.of("feed", kind, portal.url(path)).withLimits(new SourceLimits(d.pageSize(),
                d.maxPages(), d.maxResponseBytes(), d.maxDistributions(), d.maxKeywords(), d.maxTextLength(), maxVanished));
        return new HarvestRun(store, new SimpleHttp(), k -> harvester).pageMemos(dir.resolve("pages"))
                .run(List.of(s)).sources().get(0);
    }

    SourceReport paged(TdbCatalogStore store) {
        return harvest(store, SourceKind.DATAJSON, "/data.json?page=1", new DataJsonHarvester(), 0.2);
    }

    TdbCatalogStore open() {
        return TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/");
    }

    static List<String> messages(SourceReport r) {
        return r.findings().stream().map(Finding::toString).toList();
    }

    @Test
    void a_paged_data_json_whose_pages_are_unchanged_is_walked_without_parsing_to_its_empty_page() throws IOException {
        List<ObjectNode> all = cftcDatasets();
        portal.on("/data.json?page=1", json(catalog(all.subList(0, 3))))
                .on("/data.json?page=2", json(catalog(all.subList(3, 6))))
                .on("/data.json?page=3", json(catalog(all.subList(6, 7))))
                .on("/data.json?page=4", json(catalog(List.of())));
        try (var store = open()) {
            assertThat(paged(store).created()).isEqualTo(7);
            SourceReport again = paged(store);
            assertThat(again.pagesReplayed()).as("three pages and the empty end").isEqualTo(4);
            assertThat(again.unchanged()).isEqualTo(7);
            assertThat(again.writes()).isZero();
            assertThat(portal.requests()).hasSize(8).endsWith("/data.json?page=1", "/data.json?page=2",
                    "/data.json?page=3", "/data.json?page=4");

            portal.on("/data.json?page=2", json(catalog(List.of(all.get(3), all.get(4)))));   // one gone
            SourceReport third = paged(store);   // 1 of 7 gone: within the default 20 %
            assertThat(third.pagesReplayed()).isEqualTo(3);
            assertThat(third.withdrawn()).isEqualTo(1);
            assertThat(third.unchanged()).isEqualTo(6);
        }
    }

    @Test
    void a_replayed_page_still_trips_the_repeat_check_of_the_page_after_it() throws IOException {
        List<ObjectNode> all = cftcDatasets();
        portal.on("/data.json?page=1", json(catalog(all.subList(0, 3))))
                .on("/data.json?page=2", json(catalog(all.subList(3, 6))))
                .on("/data.json?page=3", json(catalog(List.of())));
        try (var store = open()) {
            paged(store);
            // page 3 now repeats page 2's identifiers in another order: the portal loops
            portal.on("/data.json?page=3", json(catalog(List.of(all.get(5), all.get(3), all.get(4)))));
            SourceReport looped = paged(store);
            assertThat(looped.outcome()).isEqualTo(SourceReport.Outcome.PARTIAL);
            assertThat(looped.pagesReplayed()).isEqualTo(2);
            assertThat(looped.problem()).contains("page 3 repeats page 2");
            assertThat(looped.withdrawn()).isZero();
        }
    }

    @Test
    void an_unpaged_data_json_and_a_hub_feed_are_replayed_whole_and_parsed_again_once_changed() {
        String feed = catalog(List.of(dataset("a", "Parcels"), dataset("b", "Zoning"), dataset("b", "Zoning (copy)")));
        portal.on("/data.json", json(feed)).on("/api/feed/dcat-us/1.1.json", json(feed));
        try (var store = open()) {
            SourceReport first = harvest(store, SourceKind.DATAJSON, "/data.json", new DataJsonHarvester(), 0.2);
            assertThat(first.created()).isEqualTo(2);
            assertThat(first.failed()).as("the repeated identifier, within the one document").isEqualTo(1);
            SourceReport again = harvest(store, SourceKind.DATAJSON, "/data.json", new DataJsonHarvester(), 0.2);
            assertThat(again.pagesReplayed()).isEqualTo(1);
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(messages(again)).isEqualTo(messages(first));

            portal.on("/data.json", json(catalog(List.of(dataset("a", "Parcels (2025)"), dataset("b", "Zoning")))));
            SourceReport changed = harvest(store, SourceKind.DATAJSON, "/data.json", new DataJsonHarvester(), 0.2);
            assertThat(changed.pagesReplayed()).isZero();
            assertThat(changed.changed()).isEqualTo(1);
            assertThat(changed.unchanged()).isEqualTo(1);
            assertThat(changed.failed()).isZero();
        }
        try (var store = TdbCatalogStore.open(dir.resolve("hub-store"), "http://catalog.test/")) {
            SourceReport first = harvest(store, SourceKind.ARCGIS_HUB, "/", new ArcGisHubHarvester(), 0.2);
            assertThat(first.created()).isEqualTo(2);
            SourceReport again = harvest(store, SourceKind.ARCGIS_HUB, "/", new ArcGisHubHarvester(), 0.2);
            assertThat(again.pagesReplayed()).isEqualTo(1);
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(messages(again)).isEqualTo(messages(first));
            assertThat(store.recordStates("feed").values()).noneMatch(RecordState::withdrawn);
        }
    }

    @Test
    void a_page_that_repeated_a_record_of_an_earlier_page_is_parsed_every_time() throws IOException {
        List<ObjectNode> all = cftcDatasets();
        portal.on("/data.json?page=1", json(catalog(all.subList(0, 3))))
                .on("/data.json?page=2", json(catalog(List.of(all.get(2), all.get(3)))))
                .on("/data.json?page=3", json(catalog(List.of())));
        try (var store = open()) {
            assertThat(paged(store).created()).isEqualTo(4);
            // page 1 drops the record page 2 repeated: replaying page 2 would lose it
            portal.on("/data.json?page=1", json(catalog(all.subList(0, 2))));
            SourceReport again = paged(store);
            assertThat(again.pagesReplayed()).as("the empty end only").isEqualTo(1);
            assertThat(again.withdrawn()).isZero();
            assertThat(again.unchanged()).isEqualTo(4);
        }
    }

    @Test
    void a_failing_listing_is_never_replayed() {
        portal.on("/data.json", json(catalog(List.of(dataset("a", "Parcels")))));
        try (var store = open()) {
            harvest(store, SourceKind.DATAJSON, "/data.json", new DataJsonHarvester(), 0.2);
            portal.on("/data.json", Reply.status(500, java.util.Map.of()));
            SourceReport failed = harvest(store, SourceKind.DATAJSON, "/data.json", new DataJsonHarvester(), 0.2);
            assertThat(failed.outcome()).isEqualTo(SourceReport.Outcome.FAILED);
            assertThat(failed.pagesReplayed()).isZero();
            assertThat(failed.withdrawn()).isZero();
            assertThatThrownBy(() -> store.recordStates("feed").values().stream().filter(RecordState::withdrawn)
                    .findAny().orElseThrow()).isInstanceOf(java.util.NoSuchElementException.class);
        }
    }
}
