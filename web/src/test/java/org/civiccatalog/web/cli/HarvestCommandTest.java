package org.civiccatalog.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.civiccatalog.core.audit.AuditHistory;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.core.testing.Fixtures;
import org.civiccatalog.harvest.testing.PortalServer;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./catalog harvest} over real HTTP to a loopback portal. */
class HarvestCommandTest {
    @TempDir Path tmp;
    PortalServer portal;

    @BeforeEach
    void start() {
        portal = new PortalServer();
        Reply cftc = Reply.file("application/json", Fixtures.fixture("datajson/gsa-datagov-harvester/cftc-dcatus.json"))
                .withHeader("ETag", "\"cftc-1\"");
        portal.on("/cftc/data.json", x -> "\"cftc-1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))
                ? Reply.status(304, Map.of("ETag", "\"cftc-1\"")) : cftc);
        portal.on("/down/data.json", Reply.status(404, Map.of()));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    record Result(int code, String out, String err) {}

    Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    Path sources(boolean withBrokenSource) throws Exception {
        String cftc = "{\"id\":\"cftc\",\"kind\":\"datajson\",\"url\":\"" + portal.url("/cftc/data.json") + "\",\"owner\":\"CFTC\"}";
        String down = "{\"id\":\"down\",\"kind\":\"datajson\",\"url\":\"" + portal.url("/down/data.json") + "\"}";
        Path p = tmp.resolve("sources.json");
        Files.writeString(p, "{\"sources\":[" + (withBrokenSource ? down + "," : "") + cftc + "]}");
        return p;
    }

    @Test
    void a_harvest_fills_the_store_and_a_second_one_finds_nothing_changed() throws Exception {
        Path data = tmp.resolve("data");
        Result r = run("harvest", "--data", data.toString(), "--sources", sources(false).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("cftc").contains("COMPLETE");
        try (var store = TdbCatalogStore.open(data, null)) {
            assertThat(store.countDatasets()).isEqualTo(7);
        }
        Result again = run("harvest", "--data", data.toString(), "--sources", sources(false).toString());
        assertThat(again.code()).isZero();
        assertThat(portal.lastHeader("/cftc/data.json", "If-None-Match")).as("the second GET is conditional").isEqualTo("\"cftc-1\"");
        assertThat(again.out()).containsPattern("cftc\\s+COMPLETE\\s+0\\s+0\\s+7");
    }

    @Test
    void a_failing_source_is_reported_exit_1_and_the_others_are_harvested() throws Exception {
        Path data = tmp.resolve("data");
        Result r = run("harvest", "--data", data.toString(), "--sources", sources(true).toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("down").contains("FAILED").contains("404");
        try (var store = TdbCatalogStore.open(data, null)) {
            assertThat(store.countDatasets()).isEqualTo(7);
        }
    }

    @Test
    void one_source_can_be_chosen_and_an_unknown_one_is_a_usage_error() throws Exception {
        Path data = tmp.resolve("data");
        assertThat(run("harvest", "--data", data.toString(), "--sources", sources(true).toString(), "--source", "cftc").code()).isZero();
        assertThat(run("harvest", "--data", data.toString(), "--sources", sources(true).toString(), "--source", "nope").code()).isEqualTo(2);
    }

    @Test
    void a_harvest_is_followed_by_an_audit_run_unless_no_audit() throws Exception {
        Path data = tmp.resolve("data");
        Result skipped = run("harvest", "--no-audit", "--data", data.toString(), "--sources", sources(false).toString());
        assertThat(skipped.code()).as(skipped.err()).isZero();
        assertThat(skipped.out()).doesNotContain("audit ");
        try (var store = TdbCatalogStore.open(data, null)) {
            assertThat(AuditHistory.runs(store)).as("--no-audit: no audit run").isEmpty();
        }

        Result r = run("harvest", "--data", data.toString(), "--sources", sources(false).toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (var store = TdbCatalogStore.open(data, null)) {
            var runs = AuditHistory.runs(store);
            assertThat(runs).as("one audit run, after the harvest").hasSize(1);
            assertThat(runs.get(0).datasets()).isEqualTo(7);
            assertThat(r.out()).contains("audit " + runs.get(0).runIri().substring(runs.get(0).runIri().lastIndexOf('/') + 1)
                    + ": 7 datasets, region mean score " + AuditCommand.Summary.points(runs.get(0).meanScore()) + " of 405");
        }
    }

    @Test
    void a_small_harvest_is_not_compacted_and_the_compact_command_compacts_keeping_every_dataset() throws Exception {
        Path data = tmp.resolve("data");
        Result r = run("harvest", "--no-audit", "--data", data.toString(), "--sources", sources(false).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).as("7 writes: not worth compacting").doesNotContain("store compacted");
        Result c = run("compact", "--data", data.toString());
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).containsPattern("store compacted from \\d+ MB to \\d+ MB in [0-9.]+ s");
        try (var store = TdbCatalogStore.open(data, null)) {
            assertThat(store.countDatasets()).isEqualTo(7);
        }
    }
}
