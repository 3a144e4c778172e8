package org.civiccatalog.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.civiccatalog.core.audit.checklist.LaArea;
import org.civiccatalog.core.audit.mqa.Dimension;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset that deserves all 405 points gets them, with nothing to fix; its twins without link checks do not. */
class PerfectDatasetTest {
    @TempDir Path dir;

    private DatasetReport audit(Map<String, LinkStatus> links) {
        try (TdbCatalogStore store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/")) {
            AuditFixture.importTurtle(store, dir, AuditFixture.source("city", "city"), AuditFixture.perfect());
            List<DatasetReport> reports = AuditFixture.audit(store, links, AuditOptions.Compliance.DCAT_US);
            assertThat(reports).hasSize(1);
            return reports.get(0);
        }
    }

    @Test
    void the_perfect_dataset_gets_405_points_and_nothing_to_fix() {
        DatasetReport r = audit(AuditFixture.linksOk());

        assertThat(r.findings()).filteredOn(f -> f.severity() != Severity.INFO)
                .as("errors and warnings").isEmpty();
        assertThat(r.score()).isEqualTo(405.0);
        assertThat(r.band()).isEqualTo(Band.EXCELLENT);
        assertThat(r.mqa().pendingPoints()).isZero();
        for (Dimension d : Dimension.values()) assertThat(r.mqa().dimension(d)).as(d.name()).isEqualTo(d.max());
        assertThat(r.fixes()).isEmpty();
        for (LaArea a : LaArea.values())
            assertThat(r.checklist().areas().get(a).score()).as(a.name()).contains(1.0);
        assertThat(r.freshness().daysOverdue()).contains(0L);
        assertThat(r.department()).isEqualTo("Urban Forestry Division");
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder(
                "la.consistency.parent", "la.comprehensiveness.fieldNames", "la.comprehensiveness.units",
                "la.interest.visualization");
    }

    @Test
    void without_link_checks_the_80_link_points_are_pending_not_fixes() {
        DatasetReport r = audit(Map.of());

        assertThat(r.score()).isEqualTo(325.0);
        assertThat(r.mqa().pendingPoints()).isEqualTo(80.0);
        assertThat(r.fixes()).isEmpty();
        assertThat(r.findings()).extracting(Finding::ruleId).contains(
                "mqa.accessUrlStatusCode.notChecked", "mqa.downloadUrlStatusCode.notChecked", "la.accessibility.reachable");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().endsWith(".notChecked"))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO))
                .anySatisfy(f -> assertThat(f.message()).contains(AuditFixture.CSV).contains("30 points"));
    }
}
