package org.civiccatalog.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.civiccatalog.core.search.QualityScores.DatasetQuality;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search's quality scores read back from the latest stored audit run, in a real TDB2 store. */
class AuditQualityScoresTest {
    @TempDir Path dir;
    TdbCatalogStore store;

    @BeforeEach
    void open() {
        store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/");
        AuditFixture.importTurtle(store, dir, AuditFixture.source("city", "city"), AuditFixture.perfect());
        AuditFixture.importTurtle(store, dir, AuditFixture.source("county", "county"), AuditFixture.perfect()
                .replace("dataset/street-trees", "dataset/parks").replace("\"street-trees\"", "\"parks\"")
                .replace("    dcat:keyword \"trees\" ;\n", "").replace("    dcat:keyword \"urban forest\" ;\n", ""));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static AuditOptions at(String instant, Map<String, LinkStatus> links) {
        return AuditOptions.defaults().withClock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).withLinks(LinkResults.of(links));
    }

    @Test
    void before_any_audit_there_are_no_scores_and_the_version_is_empty() {
        AuditQualityScores q = new AuditQualityScores(store);
        assertThat(q.version()).isEmpty();
        assertThat(q.scores()).isEmpty();
        assertThat(LatestAudit.of(store)).isEmpty();
    }

    @Test
    void scores_and_bands_come_from_the_latest_run_and_a_new_run_changes_the_version() {
        AuditQualityScores q = new AuditQualityScores(store);
        Map<String, DatasetQuality> expected = new HashMap<>();
        AuditSummary first = Audit.run(store, at("2026-11-20T08:00:00Z", AuditFixture.linksOk()),
                r -> expected.put(r.datasetIri(), new DatasetQuality(r.score(), r.band().label())));

        assertThat(q.version()).isEqualTo(first.runIri());
        assertThat(q.scores()).isEqualTo(expected).hasSize(2);
        assertThat(expected.values()).extracting(DatasetQuality::score).containsExactlyInAnyOrder(405.0, 375.0);
        assertThat(LatestAudit.of(store)).get().extracting(LatestAudit::graphIri).isEqualTo(first.graphIri());

        // No link results now: the 80 link points are pending, the scores drop; the latest run counts.
        Map<String, DatasetQuality> second = new HashMap<>();
        AuditSummary next = Audit.run(store, at("2026-11-21T08:00:00Z", Map.of()),
                r -> second.put(r.datasetIri(), new DatasetQuality(r.score(), r.band().label())));
        assertThat(q.version()).isEqualTo(next.runIri()).isNotEqualTo(first.runIri());
        assertThat(q.scores()).isEqualTo(second).isNotEqualTo(expected);
    }
}
