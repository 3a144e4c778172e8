package org.civiccatalog.harvest.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiccatalog.harvest.adapters.CkanHarvesterTest.JSON_MAPPER;
import static org.civiccatalog.harvest.adapters.CkanHarvesterTest.PAGE1;
import static org.civiccatalog.harvest.adapters.CkanHarvesterTest.PAGE2;
import static org.civiccatalog.harvest.adapters.CkanHarvesterTest.page;
import static org.civiccatalog.harvest.adapters.CkanHarvesterTest.read;
import static org.civiccatalog.harvest.adapters.CkanHarvesterTest.searchAnswer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.SourceKind;
import org.civiccatalog.harvest.SourceLimits;
import org.civiccatalog.harvest.run.HarvestRun;
import org.civiccatalog.harvest.run.SourceReport;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.civiccatalog.harvest.testing.SimpleHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package_search page that comes back byte for byte as in the last run, its packages held unchanged, is not
 * parsed again: the count, the package ids (page size, repeat check) and the links to other CKAN portals kept with
 * it give the same paging and the same findings. A changed page, and a page that repeated an earlier page's package,
 * are parsed. Real TDB2 store, real harvest run, recorded catalog.data.gov answers on a loopback portal.
 */
class CkanPageReplayTest extends PortalAdapterTest {
    static final String JSON = "application/json";

    @TempDir Path dir;

    SourceReport harvest(TdbCatalogStore store, int pageSize) {
        SourceLimits d = SourceLimits.defaults();
        HarvestSource s = HarvestSource.of("ckan", SourceKind.CKAN, portal.url("/")).withLimits(new SourceLimits(pageSize,
                d.maxPages(), d.maxResponseBytes(), d.maxDistributions(), d.maxKeywords(), d.maxTextLength(),
                d.maxVanishedShare()));
        return new HarvestRun(store, new SimpleHttp(), kind -> new CkanHarvester()).pageMemos(dir.resolve("pages"))
                .run(List.of(s)).sources().get(0);
    }

    TdbCatalogStore open() {
        return TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/");
    }

    static List<String> messages(SourceReport r) {
        return r.findings().stream().map(Finding::toString).toList();
    }

    @Test
    void unchanged_pages_are_not_parsed_and_give_the_same_paging_counts_and_findings() {
        portal.on(page(100, 0), jsonFile(PAGE1)).on(page(100, 100), jsonFile(PAGE2));
        try (var store = open()) {
            SourceReport first = harvest(store, 100);
            assertThat(first.created()).isEqualTo(152);
            assertThat(first.pagesReplayed()).isZero();
            var states = store.recordStates("ckan");

            SourceReport again = harvest(store, 100);
            assertThat(again.pagesReplayed()).isEqualTo(2);
            assertThat(again.unchanged()).isEqualTo(152);
            assertThat(again.writes()).isZero();
            assertThat(messages(again)).as("the count warning again").isEqualTo(messages(first)).hasSize(1);
            assertThat(portal.requests()).containsExactly(page(100, 0), page(100, 100), page(100, 0), page(100, 100));
            assertThat(store.recordStates("ckan")).isEqualTo(states);
        }
    }

    @Test
    void a_portal_that_caps_rows_is_paged_the_same_way_from_a_replayed_first_page() {
        portal.on(page(1000, 0), jsonFile(PAGE1)).on(page(100, 100), jsonFile(PAGE2));
        try (var store = open()) {
            SourceReport first = harvest(store, 1000);
            SourceReport again = harvest(store, 1000);
            assertThat(again.pagesReplayed()).isEqualTo(2);
            assertThat(portal.requests()).containsExactly(page(1000, 0), page(100, 100), page(1000, 0), page(100, 100));
            assertThat(messages(again)).isEqualTo(messages(first)).anyMatch(m -> m.contains("paging by 100"));
            assertThat(again.unchanged()).isEqualTo(152);
        }
    }

    @Test
    void links_to_other_portals_are_counted_from_a_replayed_page() throws IOException {
        ObjectNode pkg = (ObjectNode) JSON_MAPPER.readTree("""
                {"id": "1330bea9-153b-4328-85f8-c218603efb41", "name": "state-water-project-dcr-2015",
                 "title": "State Water Project Delivery Capability Report 2015",
                 "resources": [
                   {"url": "https://data.cnra.ca.gov/dataset/62eae4eb-2e98-41f6-8cdd-e78fedb24558/resource/fe29da65/download/a.pdf", "format": "PDF"},
                   {"url": "https://data.chhs.ca.gov/dataset/cbbfb307-ac91-47ec-95c0-f05684e06065/resource/ef6675e7/download/b.csv", "format": "CSV"}]}""");
        portal.on(page(1000, 0), Reply.ok(JSON, searchAnswer(pkg)));
        try (var store = open()) {
            SourceReport first = harvest(store, 1000);
            assertThat(first.findings()).filteredOn(f -> f.message().contains("keep their resources")).hasSize(2);
            SourceReport again = harvest(store, 1000);
            assertThat(again.pagesReplayed()).isEqualTo(1);
            assertThat(messages(again)).isEqualTo(messages(first));
        }
    }

    @Test
    void a_changed_page_is_parsed_and_the_unchanged_one_replayed() throws IOException {
        portal.on(page(100, 0), jsonFile(PAGE1)).on(page(100, 100), jsonFile(PAGE2));
        try (var store = open()) {
            harvest(store, 100);
            ObjectNode p2 = read(PAGE2);
            ObjectNode pkg = (ObjectNode) p2.path("result").path("results").get(0);
            pkg.put("title", pkg.path("title").asText() + " (revised)");
            portal.on(page(100, 100), Reply.ok(JSON, p2.toString()));
            SourceReport again = harvest(store, 100);
            assertThat(again.pagesReplayed()).isEqualTo(1);
            assertThat(again.changed()).isEqualTo(1);
            assertThat(again.unchanged()).isEqualTo(151);
        }
    }

    @Test
    void a_page_that_repeated_a_package_of_the_page_before_is_parsed_every_time() throws IOException {
        ObjectNode answer = CkanHarvesterTest.shiftedPage2();
        portal.on(page(100, 0), jsonFile(PAGE1)).on(page(100, 100), Reply.ok(JSON, answer.toString()));
        try (var store = open()) {
            SourceReport first = harvest(store, 100);
            SourceReport again = harvest(store, 100);
            assertThat(again.pagesReplayed()).as("page 1 only").isEqualTo(1);
            assertThat(again.unchanged()).isEqualTo(152);
            assertThat(messages(again)).isEqualTo(messages(first));
        }
    }
}
