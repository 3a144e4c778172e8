package org.civiccatalog.harvest.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiccatalog.harvest.adapters.DcatRdfHarvesterTest.TURTLE;
import static org.civiccatalog.harvest.adapters.DcatRdfHarvesterTest.currentPage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.civiccatalog.core.store.RecordState;
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
 * A DCAT page that comes back byte for byte as in the last run, every record it gave held unchanged, is not parsed
 * again: its records count as seen and unchanged, its findings come back, its kept next link is followed. Anything
 * else (a changed page, a record the store no longer holds as remembered, a page that repeated an earlier page's
 * record, a damaged memo, other limits) is parsed. Real TDB2 store, real harvest run, a loopback portal.
 */
class DcatPageReplayTest extends PortalAdapterTest {
    @TempDir Path dir;

    Path memos() {
        return dir.resolve("pages");
    }

    SourceReport harvest(TdbCatalogStore store, SourceLimits limits, boolean withMemos) {
        HarvestSource source = HarvestSource.of("rdf", SourceKind.DCAT_RDF, portal.url("/catalog.ttl?page=1"))
                .withLimits(limits);
        HarvestRun run = new HarvestRun(store, new SimpleHttp(), kind -> new DcatRdfHarvester());
        if (withMemos) run.pageMemos(memos());
        return run.run(List.of(source)).sources().get(0);
    }

    SourceReport harvest(TdbCatalogStore store) {
        return harvest(store, SourceLimits.defaults(), true);
    }

    /** Three pages of five datasets; page 2 also lists a dataset it does not describe (a finding every run). */
    void threePages(String titleOf3) {
        String page2 = currentPage(2, 3, "3", "4").replace("\"Dataset 3\"", "\"" + titleOf3 + "\"")
                + "<https://p.example/catalog> dcat:dataset <https://p.example/ds/ghost> .\n";
        portal.on("/catalog.ttl?page=1", Reply.ok(TURTLE, currentPage(1, 2, "1", "2")))
                .on("/catalog.ttl?page=2", Reply.ok(TURTLE, page2))
                .on("/catalog.ttl?page=3", Reply.ok(TURTLE, currentPage(3, null, "5")));
    }

    static List<String> messages(SourceReport r) {
        return r.findings().stream().map(Finding::toString).toList();
    }

    String title(TdbCatalogStore store, String id) {
        var g = store.recordGraphOfDataset(store.iris().dataset("rdf", "https://p.example/ds/" + id)).orElseThrow();
        return g.find(null, org.civiccatalog.vocab.DCTERMS.title.asNode(), null).next().getObject().getLiteralLexicalForm();
    }

    @Test
    void unchanged_pages_are_not_parsed_and_their_records_findings_and_links_stay() {
        threePages("Dataset 3");
        try (var store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/")) {
            SourceReport first = harvest(store);
            assertThat(first.created()).isEqualTo(5);
            assertThat(first.failed()).as("the ghost").isEqualTo(1);
            assertThat(first.pagesReplayed()).isZero();
            var states = store.recordStates("rdf");

            SourceReport again = harvest(store);
            assertThat(again.pagesReplayed()).as("all three pages as before").isEqualTo(3);
            assertThat(portal.requests()).as("each page still asked for, the kept next links followed").hasSize(6);
            assertThat(again.outcome()).isEqualTo(SourceReport.Outcome.COMPLETE);
            assertThat(again.unchanged()).isEqualTo(5);
            assertThat(again.writes()).as("nothing written, nothing withdrawn").isZero();
            assertThat(again.failed()).isEqualTo(1);
            assertThat(messages(again)).isEqualTo(messages(first));
            assertThat(store.recordStates("rdf")).isEqualTo(states);

            SourceReport third = harvest(store);
            assertThat(third.pagesReplayed()).as("the memo carried forward").isEqualTo(3);
            assertThat(third.unchanged()).isEqualTo(5);
        }
    }

    @Test
    void without_memos_every_page_is_parsed() {
        threePages("Dataset 3");
        try (var store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/")) {
            harvest(store, SourceLimits.defaults(), false);
            SourceReport again = harvest(store, SourceLimits.defaults(), false);
            assertThat(again.pagesReplayed()).isZero();
            assertThat(again.unchanged()).isEqualTo(5);
        }
    }

    @Test
    void a_changed_page_is_parsed_and_its_change_stored_while_the_others_are_replayed() {
        threePages("Dataset 3");
        try (var store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/")) {
            harvest(store);
            threePages("Dataset 3 (revised)");
            SourceReport again = harvest(store);
            assertThat(again.pagesReplayed()).isEqualTo(2);
            assertThat(again.changed()).isEqualTo(1);
            assertThat(again.unchanged()).isEqualTo(4);
            assertThat(title(store, "3")).isEqualTo("Dataset 3 (revised)");
            assertThat(harvest(store).pagesReplayed()).as("the parsed page remembered anew").isEqualTo(3);
        }
    }

    @Test
    void a_page_whose_record_the_store_no_longer_holds_as_remembered_is_parsed() {
        threePages("Dataset 3");
        try (var store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/")) {
            HarvestSource info = HarvestSource.of("rdf", SourceKind.DCAT_RDF, portal.url("/catalog.ttl?page=1"));
            harvest(store);
            assertThat(store.withdraw(info.info(), List.of("https://p.example/ds/1"), Instant.now())).isEqualTo(1);
            SourceReport again = harvest(store);
            assertThat(again.pagesReplayed()).as("page 1 parsed, pages 2 and 3 replayed").isEqualTo(2);
            assertThat(again.returned()).as("the withdrawn record is back").isEqualTo(1);
            assertThat(store.recordStates("rdf").values()).noneMatch(RecordState::withdrawn);
        }
    }

    @Test
    void a_page_that_repeated_an_earlier_pages_record_is_parsed_every_time() {
        SourceLimits anyShare = new SourceLimits(SourceLimits.defaults().pageSize(), SourceLimits.defaults().maxPages(),
                SourceLimits.defaults().maxResponseBytes(), SourceLimits.defaults().maxDistributions(),
                SourceLimits.defaults().maxKeywords(), SourceLimits.defaults().maxTextLength(), 1.0);
        portal.on("/catalog.ttl?page=1", Reply.ok(TURTLE, currentPage(1, 2, "1", "2")))
                .on("/catalog.ttl?page=2", Reply.ok(TURTLE, currentPage(2, null, "2", "3")));
        try (var store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/")) {
            SourceReport first = harvest(store, anyShare, true);
            assertThat(first.created()).isEqualTo(3);
            assertThat(first.failed()).as("dataset 2 again on page 2").isEqualTo(1);
            // page 1 drops dataset 2: page 2, unchanged, now gives it; a replay of page 2 would lose it
            portal.on("/catalog.ttl?page=1", Reply.ok(TURTLE, currentPage(1, 2, "1")));
            SourceReport again = harvest(store, anyShare, true);
            assertThat(again.pagesReplayed()).isZero();
            assertThat(again.withdrawn()).isZero();
            assertThat(again.unchanged()).isEqualTo(3);
            assertThat(again.failed()).isZero();
            assertThat(store.recordStates("rdf").values()).noneMatch(RecordState::withdrawn);
        }
    }

    @Test
    void a_damaged_memo_or_other_limits_cost_a_parse_and_nothing_else() throws Exception {
        threePages("Dataset 3");
        try (var store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/")) {
            harvest(store);
            List<Path> files;
            try (Stream<Path> s = Files.list(memos())) {
                files = s.toList();
            }
            assertThat(files).hasSize(1);
            Files.writeString(files.get(0), "{\"context\": [not json");
            SourceReport damaged = harvest(store);
            assertThat(damaged.pagesReplayed()).isZero();
            assertThat(damaged.unchanged()).isEqualTo(5);
            assertThat(damaged.writes()).isZero();
            assertThat(harvest(store).pagesReplayed()).as("written again whole").isEqualTo(3);

            SourceLimits fewerKeywords = new SourceLimits(SourceLimits.defaults().pageSize(),
                    SourceLimits.defaults().maxPages(), SourceLimits.defaults().maxResponseBytes(),
                    SourceLimits.defaults().maxDistributions(), 7, SourceLimits.defaults().maxTextLength(),
                    SourceLimits.defaults().maxVanishedShare());
            SourceReport other = harvest(store, fewerKeywords, true);
            assertThat(other.pagesReplayed()).as("limits change what a page maps to").isZero();
            assertThat(other.unchanged()).isEqualTo(5);
        }
    }
}
