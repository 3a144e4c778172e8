package org.civiccatalog.harvest.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.civiccatalog.core.audit.LinkHealth;
import org.civiccatalog.core.imports.CatalogImporter;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.testing.PortalServer;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background link checks of {@code serve}: a run on the scheduler's thread, then the hook with its report. */
class LinkCheckSchedulerTest {
    @TempDir Path dir;

    @Test
    void a_scheduled_run_stores_its_checks_and_then_calls_the_hook() throws Exception {
        try (PortalServer server = new PortalServer();
             TdbCatalogStore store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/")) {
            Path f = dir.resolve("d.json");
            Files.writeString(f, """
                    {"conformsTo": "https://project-open-data.cio.gov/v1.1/schema", "dataset": [
                     {"identifier": "trees", "title": "Street trees", "description": "d", "keyword": ["t"],
                      "modified": "2026-11-01", "accessLevel": "public", "publisher": {"name": "P"},
                      "contactPoint": {"fn": "C", "hasEmail": "mailto:c@example.gov"},
                      "distribution": [{"downloadURL": "THEFILE", "mediaType": "text/csv"}]}]}
                    """.replace("THEFILE", server.url("/trees.csv").toString()));
            new CatalogImporter(store).importFiles(new SourceInfo("city", "City", "datajson", Optional.empty(),
                    Optional.empty(), Optional.empty()), List.of(f));
            server.on("/trees.csv", Reply.ok("text/csv", "a\n"));
            BlockingQueue<LinkRunReport> reports = new ArrayBlockingQueue<>(4);

            try (LinkCheckScheduler s = new LinkCheckScheduler(new LinkChecker(LinkProbeTest.fast().build()), store)
                    .afterEachRun(reports::add).start(Duration.ZERO, Duration.ofHours(1))) {
                LinkRunReport r = reports.poll(60, TimeUnit.SECONDS);

                assertThat(r).isNotNull();
                assertThat(r.checked()).isEqualTo(1);
                assertThat(s.last()).contains(r);
                assertThat(LinkHealth.of(store).latest(server.url("/trees.csv").toString())).isPresent();
            }
        }
    }
}
