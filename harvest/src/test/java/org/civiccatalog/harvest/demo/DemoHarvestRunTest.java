package org.civiccatalog.harvest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.civiccatalog.core.store.StoreState;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.adapters.Adapters;
import org.civiccatalog.harvest.http.HarvestHttpClient;
import org.civiccatalog.harvest.http.RevalidatingHttp;
import org.civiccatalog.harvest.run.HarvestReport;
import org.civiccatalog.harvest.run.HarvestRun;
import org.civiccatalog.harvest.run.SourceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole demo region through the real harvest run (adapters, conditional HTTP, TDB2 store): every source
 * COMPLETE with the ground truth's counts; a second run over the unchanged portals is answered by 304s and writes
 * nothing; and the same region served on another port changes no record, because no record names the port.
 */
class DemoHarvestRunTest {
    static final DemoRegion REGION = DemoRegion.of(DemoRegion.DEFAULT_SEED, 300);

    @TempDir Path dir;

    HarvestRun run(TdbCatalogStore store, Path cache) {
        return new HarvestRun(store, RevalidatingHttp.create(HarvestHttpClient.builder().readTimeout(Duration.ofSeconds(20))
                .maxRetries(0), cache), Adapters::forKind);
    }

    @Test
    void the_region_harvests_complete_then_unchanged_then_unchanged_on_another_port() {
        try (TdbCatalogStore store = TdbCatalogStore.open(dir.resolve("data"), "http://catalog.test/")) {
            HarvestReport first;
            try (DemoPortalServer portals = DemoPortalServer.start(REGION, 0)) {
                first = run(store, dir.resolve("cache")).run(portals.sources());
                for (SourceReport r : first.sources()) {
                    Expectation e = REGION.truth().expectation(r.sourceId());
                    assertThat(r.outcome()).as(r.sourceId() + ": " + r.problem()).isEqualTo(SourceReport.Outcome.COMPLETE);
                    assertThat(r.created()).as(r.sourceId()).isEqualTo(e.harvested());
                    assertThat(r.failed()).as(r.sourceId()).isEqualTo(e.errors());
                    assertThat(r.findings()).as(r.sourceId()).hasSize(e.errors() + e.warnings() + e.infos());
                }
                int harvested = REGION.truth().expectations().stream().mapToInt(Expectation::harvested).sum();
                assertThat(store.countDatasets()).isEqualTo(harvested);

                StoreState before = store.state();
                DemoPortalServer.Stats stats = portals.stats();
                HarvestReport second = run(store, dir.resolve("cache")).run(portals.sources());
                assertThat(second.allComplete()).isTrue();
                for (SourceReport r : second.sources()) {
                    assertThat(r.writes()).as(r.sourceId()).isZero();
                    assertThat(r.unchanged()).as(r.sourceId()).isEqualTo(REGION.truth().expectation(r.sourceId()).harvested());
                }
                long asked = portals.stats().requests() - stats.requests();
                assertThat(portals.stats().notModified() - stats.notModified()).as("every page and view of the second"
                        + " run was a 304").isEqualTo(asked).isPositive();
                assertThat(store.state()).as("no write: the feeds' state did not move").isEqualTo(before);
            }
            StoreState before = store.state();
            try (DemoPortalServer elsewhere = DemoPortalServer.start(REGION, 0)) {
                HarvestReport third = run(store, dir.resolve("cache-2")).run(elsewhere.sources());
                // Nothing is kept for these URLs: everything is downloaded again (a record repeating an identifier,
                // which is skipped, asks for no Socrata view: no second request that could be answered 304)
                assertThat(REGION.truth().broken("demo-city")).anyMatch(b -> b.kind() == BrokenKind.DUPLICATE_IDENTIFIER);
                assertThat(elsewhere.stats().requests()).isPositive();
                assertThat(elsewhere.stats().notModified()).isZero();
                for (SourceReport r : third.sources())
                    assertThat(r.writes()).as(r.sourceId() + " on port " + elsewhere.port()).isZero();
                assertThat(store.state()).isEqualTo(before);
            }
        }
    }
}
