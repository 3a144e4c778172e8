package org.civiccatalog.harvest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.core.testing.Fixtures;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.SourceKind;
import org.civiccatalog.harvest.SourceLimits;
import org.civiccatalog.harvest.adapters.DataJsonHarvester;
import org.civiccatalog.harvest.http.HarvestHttpClient;
import org.civiccatalog.harvest.testing.PortalServer;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler over real HTTP into a real TDB2 store; periods are short because sources are built directly. */
class HarvestSchedulerTest {
    static final Path CFTC = Fixtures.fixture("datajson/gsa-datagov-harvester/cftc-dcatus.json");

    @TempDir Path dir;
    PortalServer portal;
    TdbCatalogStore store;
    HarvestScheduler scheduler;
    final List<SourceReport> done = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        portal = new PortalServer();
        portal.on("/cftc/data.json", Reply.file("application/json", CFTC));
        portal.on("/slow/data.json", Reply.file("application/json", CFTC).delayed(1500));
        store = TdbCatalogStore.open(dir, "http://catalog.test/");
    }

    @AfterEach
    void stop() {
        if (scheduler != null) scheduler.stop(Duration.ofSeconds(10));
        portal.close();
        store.close();
    }

    HarvestSource source(String id, String path, Optional<Duration> every) {
        return new HarvestSource(id, id, SourceKind.DATAJSON, URI.create(portal.url(path).toString()), id,
                HarvestSource.Jurisdiction.OTHER, every, SourceLimits.defaults());
    }

    HarvestScheduler scheduler(HarvestSource... sources) {
        var http = HarvestHttpClient.builder().readTimeout(Duration.ofSeconds(5)).maxRetries(0).build();
        HarvestRun run = new HarvestRun(store, http, k -> new DataJsonHarvester()).onSourceDone(done::add);
        scheduler = new HarvestScheduler(run, List.of(sources));
        return scheduler;
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    @Test
    void a_scheduled_source_runs_again_after_its_period_and_the_second_run_writes_nothing() throws Exception {
        scheduler(source("cftc", "/cftc/data.json", Optional.of(Duration.ofMillis(200)))).start(Duration.ZERO);
        await(() -> done.size() >= 2, "two scheduled runs");
        assertThat(done.get(0).created()).isEqualTo(7);
        assertThat(done.get(1).unchanged()).isEqualTo(7);
        assertThat(done.get(1).writes()).isZero();
        assertThat(store.countDatasets()).isEqualTo(7);
        assertThat(scheduler.lastReports()).containsKey("cftc");
    }

    @Test
    void a_source_without_schedule_runs_only_when_triggered_and_never_two_at_once() throws Exception {
        scheduler(source("slow", "/slow/data.json", Optional.empty()), source("cftc", "/cftc/data.json", Optional.empty()))
                .start(Duration.ZERO);
        Thread.sleep(300);
        assertThat(portal.requests()).isEmpty();
        HarvestScheduler.Trigger t = scheduler.trigger(Optional.of("slow"));
        assertThat(t.status()).isEqualTo(HarvestScheduler.Status.ACCEPTED);
        assertThat(t.runIri()).get().asString().startsWith("http://catalog.test/harvest/");
        HarvestScheduler.Trigger again = scheduler.trigger(Optional.empty());
        assertThat(again.status()).isEqualTo(HarvestScheduler.Status.BUSY);
        assertThat(again.runIri()).isEqualTo(t.runIri());
        assertThat(scheduler.trigger(Optional.of("nope")).status()).isEqualTo(HarvestScheduler.Status.UNKNOWN_SOURCE);
        await(() -> scheduler.runsDone() == 1, "the triggered run");
        assertThat(done).extracting(SourceReport::sourceId).containsExactly("slow");
        assertThat(scheduler.running()).isFalse();
        assertThat(scheduler.trigger(Optional.empty()).status()).isEqualTo(HarvestScheduler.Status.ACCEPTED);
    }

    @Test
    void stopping_drops_planned_runs_at_once() {
        scheduler(source("cftc", "/cftc/data.json", Optional.of(Duration.ofHours(24)))).start(Duration.ofHours(1));
        long t0 = System.nanoTime();
        scheduler.stop(Duration.ofSeconds(20));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(portal.requests()).isEmpty();
    }

    @Test
    void what_follows_a_run_sees_its_report_on_the_harvest_thread_and_its_failure_keeps_the_harvest() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        scheduler(source("cftc", "/cftc/data.json", Optional.empty())).afterEachRun(r -> {
            seen.add(r.runIri() + " " + Thread.currentThread().getName() + " " + store.countDatasets());
            throw new IllegalStateException("audit broke");
        }).start(Duration.ZERO);
        String run = scheduler.trigger(Optional.empty()).runIri().orElseThrow();
        await(() -> scheduler.runsDone() == 1, "the triggered run");

        assertThat(seen).singleElement().asString().startsWith(run + " catalog-harvest-").endsWith(" 7");
        assertThat(store.countDatasets()).as("the harvest stays").isEqualTo(7);
        assertThat(scheduler.lastReport()).get().extracting(HarvestReport::runIri).isEqualTo(run);
        assertThat(scheduler.running()).isFalse();
        assertThat(scheduler.trigger(Optional.empty()).status()).isEqualTo(HarvestScheduler.Status.ACCEPTED);
        await(() -> scheduler.runsDone() == 2, "the second run");
        assertThat(seen).hasSize(2);
    }
}
