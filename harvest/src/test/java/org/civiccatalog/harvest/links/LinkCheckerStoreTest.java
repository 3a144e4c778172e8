package org.civiccatalog.harvest.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.audit.Audit;
import org.civiccatalog.core.audit.AuditFixtureAccess;
import org.civiccatalog.core.audit.AuditOptions;
import org.civiccatalog.core.audit.DatasetReport;
import org.civiccatalog.core.audit.LinkCheck;
import org.civiccatalog.core.audit.LinkHealth;
import org.civiccatalog.core.audit.LinkOutcome;
import org.civiccatalog.core.audit.LinkStatus;
import org.civiccatalog.core.audit.dqv.StoredLinkResults;
import org.civiccatalog.core.imports.CatalogImporter;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.testing.PortalServer;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.civiccatalog.vocab.CIVIC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker over a real TDB2 store: the URLs of the imported datasets, checks stored in {@code graph/links} and read
 * back through {@link LinkHealth} and {@link StoredLinkResults}, the schedule, and the audit's link points.
 */
class LinkCheckerStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-22T03:00:00Z");

    @TempDir Path dir;
    TdbCatalogStore store;
    final PortalServer server = new PortalServer();
    final MovableClock clock = new MovableClock(T0);

    @BeforeEach
    void open() {
        store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/");
    }

    @AfterEach
    void close() {
        store.close();
        server.close();
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private LinkChecker checker() {
        return new LinkChecker(LinkProbeTest.fast().batchSize(2).build(), clock);
    }

    private String u(String path) {
        return server.url(path).toString();
    }

    /** Two datasets: trees (landing page, a CSV, an API that answers 404, a data dictionary) and parks (202 then 200). */
    private void importRegion() throws IOException {
        String json = """
                {"conformsTo": "https://project-open-data.cio.gov/v1.1/schema", "dataset": [
                 {"identifier": "trees", "title": "Street trees", "description": "Every street tree.", "keyword": ["trees"],
                  "modified": "2026-11-01", "accessLevel": "public", "publisher": {"name": "Urban Forestry"},
                  "contactPoint": {"fn": "Forestry", "hasEmail": "mailto:trees@example.gov"},
                  "landingPage": "PAGE",
                  "distribution": [
                    {"downloadURL": "CSV", "mediaType": "text/csv", "describedBy": "DICT", "describedByType": "text/csv"},
                    {"accessURL": "API", "format": "API"}]},
                 {"identifier": "parks", "title": "Parks", "description": "Every park.", "keyword": ["parks"],
                  "modified": "2026-11-01", "accessLevel": "public", "publisher": {"name": "Parks Department"},
                  "contactPoint": {"fn": "Parks", "hasEmail": "mailto:parks@example.gov"},
                  "landingPage": "PAGE",
                  "distribution": [{"downloadURL": "PARKS", "mediaType": "text/csv"}]}]}
                """.replace("PAGE", u("/trees")).replace("CSV\"", u("/trees.csv") + "\"").replace("DICT", u("/trees-dictionary.csv"))
                .replace("API\", \"format\": \"API", u("/trees-api") + "\", \"format\": \"API").replace("PARKS", u("/parks.csv"));
        Path f = dir.resolve("region.json");
        Files.writeString(f, json);
        new CatalogImporter(store).importFiles(new SourceInfo("city", "City", "datajson", Optional.empty(), Optional.empty(),
                Optional.of("city")), List.of(f));
        server.on("/trees", Reply.ok("text/html", "<html></html>"));
        server.on("/trees.csv", Reply.ok("text/csv", "a,b\n"));
        server.on("/trees-dictionary.csv", Reply.ok("text/csv", "field,meaning\n"));
        server.on("/trees-api", Reply.status(404, Map.of()));
        server.onSequence("/parks.csv", Reply.status(202, Map.of()), Reply.ok("text/csv", "a,b\n"));
    }

    @Test
    void collects_each_url_once_with_every_dataset_that_gives_it() throws IOException {
        importRegion();

        Map<String, List<LinkTarget>> urls = LinkTargets.collect(store);

        assertThat(urls.keySet()).containsExactlyInAnyOrder(u("/trees"), u("/trees.csv"), u("/trees-dictionary.csv"),
                u("/trees-api"), u("/parks.csv"));
        assertThat(urls.get(u("/trees"))).extracting(LinkTarget::role).containsOnly(LinkRole.LANDING_PAGE);
        assertThat(urls.get(u("/trees")).stream().map(LinkTarget::datasetIri).distinct()).hasSize(2);
        assertThat(urls.get(u("/trees.csv"))).singleElement().satisfies(t -> {
            assertThat(t.role()).isEqualTo(LinkRole.DOWNLOAD_URL);
            assertThat(t.mediaType()).contains("text/csv");
            assertThat(t.distribution()).isPresent();
        });
        assertThat(urls.get(u("/trees-dictionary.csv"))).singleElement()
                .satisfies(t -> assertThat(t.role()).isEqualTo(LinkRole.DESCRIBED_BY));
        assertThat(urls.get(u("/trees-api"))).singleElement()
                .satisfies(t -> assertThat(t.role()).isEqualTo(LinkRole.ACCESS_URL));
    }

    @Test
    void twin_withdrawn_datasets_give_no_urls() throws IOException {
        importRegion();
        store.withdraw(new SourceInfo("city", "City", "datajson", Optional.empty(), Optional.empty(), Optional.of("city")),
                List.of("parks"), T0);

        assertThat(LinkTargets.collect(store).keySet()).doesNotContain(u("/parks.csv")).contains(u("/trees.csv"));
    }

    @Test
    void a_run_stores_every_check_and_the_read_api_and_the_audit_see_them() throws IOException {
        importRegion();

        LinkRunReport r = checker().run(store);

        assertThat(r.urls()).isEqualTo(5);
        assertThat(r.due()).isEqualTo(5);
        assertThat(r.checked()).isEqualTo(5);
        assertThat(r.count(LinkOutcome.OK)).isEqualTo(3);
        assertThat(r.count(LinkOutcome.BROKEN)).isEqualTo(1);
        assertThat(r.count(LinkOutcome.PENDING)).isEqualTo(1);
        assertThat(r.problems()).extracting(LinkCheck::url).containsExactly(u("/trees-api"));

        LinkHealth health = LinkHealth.of(store);
        assertThat(checkNodes()).isEqualTo(5);   // three write transactions of at most 2 checks
        assertThat(health.latest()).hasSize(5);
        assertThat(health.broken()).singleElement().satisfies(c -> {
            assertThat(c.url()).isEqualTo(u("/trees-api"));
            assertThat(c.httpStatus()).contains(404);
            assertThat(c.datasets()).singleElement().asString().contains("trees");
            assertThat(c.checkedAt()).isEqualTo(T0);
        });
        LinkCheck csv = health.latest(u("/trees.csv")).orElseThrow();
        assertThat(csv.outcome()).isEqualTo(LinkOutcome.OK);
        assertThat(csv.contentType()).contains("text/csv");
        assertThat(csv.declaredType()).contains("text/csv");
        assertThat(csv.mismatch()).isFalse();
        assertThat(csv.method()).isEqualTo("HEAD");
        assertThat(health.latest(u("/trees")).orElseThrow().datasets()).hasSize(2);
        assertThat(health.counts()).containsEntry(LinkOutcome.OK, 3L).containsEntry(LinkOutcome.BROKEN, 1L)
                .containsEntry(LinkOutcome.PENDING, 1L).containsEntry(LinkOutcome.TIMEOUT, 0L);

        var audit = StoredLinkResults.of(store);
        assertThat(audit.status(u("/trees.csv"))).contains(new LinkStatus(200, T0));
        assertThat(audit.status(u("/trees-api"))).contains(new LinkStatus(404, T0));
        assertThat(audit.status(u("/parks.csv"))).as("pending: not checked yet, for the audit").isEmpty();
    }

    @Test
    void urls_are_rechecked_on_their_schedule_pending_ones_sooner_and_history_gives_uptime() throws IOException {
        importRegion();
        LinkChecker checker = checker();
        checker.run(store);

        clock.advance(Duration.ofMinutes(30));
        LinkRunReport soon = checker.run(store);
        assertThat(soon.due()).isZero();
        assertThat(soon.checked()).isZero();

        clock.advance(Duration.ofMinutes(31));
        LinkRunReport pendingAgain = checker.run(store);
        assertThat(pendingAgain.checked()).isEqualTo(1);
        assertThat(pendingAgain.count(LinkOutcome.OK)).isEqualTo(1);
        LinkHealth health = LinkHealth.of(store);
        assertThat(health.history(u("/parks.csv"))).extracting(LinkCheck::outcome)
                .containsExactly(LinkOutcome.PENDING, LinkOutcome.OK);
        assertThat(StoredLinkResults.of(store).status(u("/parks.csv")))
                .contains(new LinkStatus(200, T0.plus(Duration.ofMinutes(61))));

        clock.advance(Duration.ofHours(24));
        LinkRunReport daily = checker.run(store);
        assertThat(daily.checked()).isEqualTo(5);
        assertThat(checkNodes()).isEqualTo(11);
        assertThat(health.uptime(u("/trees.csv"))).isEqualTo(new LinkHealth.Uptime(2, 2));
        assertThat(health.uptime(u("/trees-api"))).isEqualTo(new LinkHealth.Uptime(2, 0));
        assertThat(health.uptime(u("/parks.csv"))).isEqualTo(new LinkHealth.Uptime(2, 2));
        assertThat(health.history(u("/trees.csv"))).hasSize(2);
    }

    @Test
    void max_limits_a_run_and_the_rest_stay_due() throws IOException {
        importRegion();
        LinkChecker checker = checker();

        LinkRunReport first = checker.run(store, 2);
        LinkRunReport second = checker.run(store, 10);

        assertThat(first.due()).isEqualTo(5);
        assertThat(first.checked()).isEqualTo(2);
        assertThat(second.due()).isEqualTo(3);
        assertThat(second.checked()).isEqualTo(3);
        assertThat(LinkHealth.of(store).latest()).hasSize(5);
    }

    @Test
    void the_audit_scores_the_link_points_from_the_stored_checks() throws IOException {
        String base = server.url("").toString();
        String turtle = AuditFixtureAccess.perfect().replace("<https://data.example.gov/street-trees", "<" + base + "/street-trees")
                .replace("<https://data.example.gov/d/street-trees>", "<" + base + "/d/street-trees>");
        Path f = dir.resolve("perfect.ttl");
        Files.writeString(f, turtle);
        new CatalogImporter(store).importFiles(new SourceInfo("city", "City", "dcat-rdf", Optional.empty(),
                Optional.of("City of Example"), Optional.of("city")), List.of(f));
        server.on("/street-trees", Reply.ok("text/html", "<html></html>"));
        server.on("/street-trees.csv", Reply.ok("text/csv", "a,b\n"));
        server.on("/street-trees/dictionary.csv", Reply.ok("text/csv", "a,b\n"));
        server.on("/d/street-trees", Reply.ok("text/html", "<html></html>"));
        AuditOptions at = AuditOptions.defaults().withClock(Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC));

        DatasetReport before = audit(at);
        checker().run(store);
        DatasetReport after = audit(at);

        // accessURL 50 and downloadURL 30 points wait for the link checker, then count
        assertThat(before.mqa().pendingPoints()).isEqualTo(80.0);
        assertThat(before.score()).isEqualTo(325.0);
        assertThat(after.mqa().pendingPoints()).isZero();
        assertThat(after.score()).isEqualTo(405.0);
    }

    @Test
    void twin_the_audit_takes_the_points_of_a_broken_access_url() throws IOException {
        String base = server.url("").toString();
        String turtle = AuditFixtureAccess.perfect().replace("<https://data.example.gov/street-trees", "<" + base + "/street-trees")
                .replace("<https://data.example.gov/d/street-trees>", "<" + base + "/d/street-trees>");
        Path f = dir.resolve("perfect.ttl");
        Files.writeString(f, turtle);
        new CatalogImporter(store).importFiles(new SourceInfo("city", "City", "dcat-rdf", Optional.empty(),
                Optional.of("City of Example"), Optional.of("city")), List.of(f));
        server.on("/street-trees", Reply.status(404, Map.of()));
        server.on("/street-trees.csv", Reply.ok("text/csv", "a,b\n"));
        AuditOptions at = AuditOptions.defaults().withClock(Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC));

        checker().run(store);
        DatasetReport after = audit(at);

        assertThat(after.mqa().pendingPoints()).isZero();
        assertThat(after.score()).isEqualTo(355.0);
        assertThat(after.fixes()).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("mqa.accessUrlStatusCode");
            assertThat(x.fixPoints()).isEqualTo(50.0);
        });
    }

    private DatasetReport audit(AuditOptions options) {
        List<DatasetReport> out = new ArrayList<>();
        Audit.run(store, options, out::add);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private long checkNodes() {
        Node g = NodeFactory.createURI(store.iris().linkCheckGraph());
        return store.read(ds -> {
            long n = 0;
            for (var it = ds.asDatasetGraph().find(g, Node.ANY, RDF.type.asNode(), CIVIC.LinkCheck.asNode()); it.hasNext(); it.next()) n++;
            return n;
        });
    }
}
