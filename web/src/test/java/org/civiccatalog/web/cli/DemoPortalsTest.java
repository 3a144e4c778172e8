package org.civiccatalog.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.civiccatalog.harvest.demo.DemoPortalServer;
import org.civiccatalog.harvest.demo.DemoRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve --demo's portals come back on the port they had, so the sources' URLs (and the kept validators) stay valid. */
class DemoPortalsTest {
    static final DemoRegion REGION = DemoRegion.of(1, DemoRegion.MIN_DATASETS);

    @TempDir Path data;

    @Test
    void a_restart_reuses_the_port_and_a_taken_port_is_replaced() throws Exception {
        int first;
        try (DemoPortalServer portals = DemoPortals.start(REGION, data)) {
            first = portals.port();
            assertThat(Files.readString(data.resolve(DemoPortals.PORT_FILE)).strip()).isEqualTo(String.valueOf(first));
        }
        try (DemoPortalServer again = DemoPortals.start(REGION, data)) {
            assertThat(again.port()).isEqualTo(first);
            try (DemoPortalServer third = DemoPortals.start(REGION, data)) {
                assertThat(third.port()).as("the remembered port is taken").isNotEqualTo(first);
                assertThat(Files.readString(data.resolve(DemoPortals.PORT_FILE)).strip()).isEqualTo(String.valueOf(third.port()));
            }
        }
    }
}
