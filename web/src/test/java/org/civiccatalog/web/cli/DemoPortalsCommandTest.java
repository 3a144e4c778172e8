package org.civiccatalog.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.SourcesFile;
import org.civiccatalog.harvest.demo.DemoPortal;
import org.civiccatalog.harvest.demo.DemoRegion;
import org.civiccatalog.harvest.demo.Expectation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./catalog demo-portals} in process, harvested by {@code ./catalog harvest} through the sources file it writes. */
class DemoPortalsCommandTest {
    @TempDir Path tmp;

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @AfterEach
    void stop() {
        DemoPortalsCommand.stop();
    }

    @Test
    void the_portals_write_a_sources_file_that_harvest_harvests_completely() {
        Path sources = tmp.resolve("demo-sources.json");
        Result started = run("demo-portals", "--port", "0", "--datasets", "120", "--sources-out", sources.toString());
        assertThat(started.code()).as(started.err()).isZero();
        for (DemoPortal p : DemoPortal.values()) assertThat(started.out()).contains(p.sourceId());
        List<HarvestSource> listed = SourcesFile.read(sources);
        assertThat(listed).extracting(HarvestSource::id)
                .containsExactly(List.of(DemoPortal.values()).stream().map(DemoPortal::sourceId).toArray(String[]::new));

        Path data = tmp.resolve("data");
        Result harvest = run("harvest", "--data", data.toString(), "--sources", sources.toString());
        assertThat(harvest.code()).as(harvest.out() + harvest.err()).isZero();
        // the file names the demo's two standards views too: their four source tables are checked after the harvest
        assertThat(harvest.out()).contains("standards: 4 source datasets checked for conformance");
        DemoRegion region = DemoRegion.of(DemoRegion.DEFAULT_SEED, 120);
        try (TdbCatalogStore store = TdbCatalogStore.open(data, null)) {
            // every harvested dataset, and the two derived ones (the Open311 API, the LIVES feed)
            assertThat(store.countDatasets())
                    .isEqualTo(region.truth().expectations().stream().mapToInt(Expectation::harvested).sum() + 2);
        }
    }

    @Test
    void a_region_too_small_is_a_usage_error() {
        Result r = run("demo-portals", "--datasets", "10");
        assertThat(r.code()).isEqualTo(Main.USAGE_ERROR);
        assertThat(r.err()).contains("--datasets");
        assertThat(DemoPortalsCommand.serving()).isEmpty();
    }
}
