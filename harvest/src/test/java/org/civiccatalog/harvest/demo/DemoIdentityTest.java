package org.civiccatalog.harvest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.civiccatalog.core.identity.CopyLink;
import org.civiccatalog.core.identity.CrossPortalIdentity;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.adapters.Adapters;
import org.civiccatalog.harvest.http.HarvestHttpClient;
import org.civiccatalog.harvest.run.HarvestReport;
import org.civiccatalog.harvest.run.HarvestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-portal identity over the whole simulated region, harvested by the real run: the copies found are exactly
 * the generator's ground truth (none missed, none invented), each linked to the origin the generator re-published.
 */
class DemoIdentityTest {
    static final DemoRegion REGION = DemoRegion.of(DemoRegion.DEFAULT_SEED, Integer.getInteger("demo.identity.datasets", 600));

    @TempDir Path dir;

    @Test
    void the_copies_found_are_the_ground_truth() {
        try (TdbCatalogStore store = TdbCatalogStore.open(dir, "http://catalog.test/");
             DemoPortalServer portals = DemoPortalServer.start(REGION, 0)) {
            HarvestReport report = new HarvestRun(store, HarvestHttpClient.builder().readTimeout(Duration.ofSeconds(20))
                    .maxRetries(0).build(), Adapters::forKind).run(portals.sources());
            assertThat(report.allComplete()).isTrue();

            Map<String, String> expected = new TreeMap<>();
            for (Copy c : REGION.truth().copies())
                expected.put(c.copy().datasetIri(store.iris()), c.origin().datasetIri(store.iris()));
            Set<String> harvested = store.read(ds -> {
                java.util.Set<String> out = new java.util.HashSet<>();
                store.forEachRecord(g -> org.civiccatalog.core.store.RecordGraph.datasetOf(g).ifPresent(out::add));
                return out;
            });
            // Copies whose origin is not in the region (a resource on a portal we do not harvest) have nothing to link to.
            expected.entrySet().removeIf(e -> !harvested.contains(e.getKey()) || !harvested.contains(e.getValue()));
            assertThat(expected).as("the region has copies of every kind to find").hasSizeGreaterThan(10);

            List<CopyLink> links = CrossPortalIdentity.links(store);
            Map<String, String> found = links.stream().collect(Collectors.toMap(CopyLink::copy, CopyLink::origin,
                    (a, b) -> a, TreeMap::new));
            assertThat(found.entrySet()).containsExactlyInAnyOrderElementsOf(expected.entrySet());
            assertThat(report.identity()).hasValueSatisfying(i -> assertThat(i.copies()).isEqualTo(expected.size()));
            assertThat(store.countListedDatasets()).isEqualTo(store.countDatasets() - expected.size());
        }
    }
}
