package org.civiccatalog.harvest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.civiccatalog.core.audit.LinkCheck;
import org.civiccatalog.core.audit.LinkHealth;
import org.civiccatalog.core.audit.LinkOutcome;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.http.HarvestHttpClient;
import org.civiccatalog.harvest.http.RevalidatingHttp;
import org.civiccatalog.harvest.adapters.Adapters;
import org.civiccatalog.harvest.links.LinkChecker;
import org.civiccatalog.harvest.links.LinkRunReport;
import org.civiccatalog.harvest.links.LinkSettings;
import org.civiccatalog.harvest.links.LinkTarget;
import org.civiccatalog.harvest.links.LinkTargets;
import org.civiccatalog.harvest.run.HarvestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo region's links, checked: the harvested records name the portals' public hosts, the checker's routes send
 * those requests to the demo server, and each URL comes out as the kind of answer the server plans for it.
 */
class DemoLinksTest {
    static final DemoRegion REGION = DemoRegion.of(DemoRegion.DEFAULT_SEED, 300);

    @TempDir Path dir;

    static LinkOutcome expected(DemoLinks.Kind k) {
        return switch (k) {
            case OK, MOVED, WRONG_TYPE, NO_HEAD -> LinkOutcome.OK;
            case NOT_FOUND, GONE, LOOP -> LinkOutcome.BROKEN;
            case PROCESSING -> LinkOutcome.PENDING;
        };
    }

    @Test
    void every_link_of_the_demo_region_answers_as_planned() {
        try (TdbCatalogStore store = TdbCatalogStore.open(dir.resolve("data"), "http://catalog.test/");
             DemoPortalServer portals = DemoPortalServer.start(REGION, 0)) {
            new HarvestRun(store, RevalidatingHttp.create(HarvestHttpClient.builder().maxRetries(0), dir.resolve("cache")),
                    Adapters::forKind).run(portals.sources());
            Map<String, List<LinkTarget>> urls = LinkTargets.collect(store);
            Map<DemoLinks.Kind, Integer> planned = new EnumMap<>(DemoLinks.Kind.class);
            Map<LinkOutcome, Integer> outcomes = new EnumMap<>(LinkOutcome.class);
            for (String u : urls.keySet()) {
                planned.merge(DemoLinks.kind(u), 1, Integer::sum);
                outcomes.merge(expected(DemoLinks.kind(u)), 1, Integer::sum);
            }
            LinkSettings settings = LinkSettings.builder().allowPrivate(true).routes(portals.linkRoutes())
                    .politenessOff().globalConcurrency(8).readTimeout(Duration.ofSeconds(20)).build();

            LinkRunReport r = new LinkChecker(settings).run(store);

            assertThat(planned.keySet()).as("the demo shows every kind of answer").containsAll(List.of(DemoLinks.Kind.values()));
            assertThat(r.checked()).isEqualTo(urls.size());
            for (LinkOutcome o : LinkOutcome.values())
                assertThat(r.count(o)).as(o.label()).isEqualTo(outcomes.getOrDefault(o, 0));
            LinkHealth health = LinkHealth.of(store);
            for (String u : urls.keySet()) {
                LinkCheck c = health.latest(u).orElseThrow();
                assertThat(c.outcome()).as(u).isEqualTo(expected(DemoLinks.kind(u)));
                if (DemoLinks.kind(u) == DemoLinks.Kind.LOOP) assertThat(c.reason()).as(u).startsWith("redirect loop: ");
            }
            assertThat(r.mismatches()).as("files served as HTML").isPositive();
            assertThat(urls.keySet()).as("no URL of the catalog's own").noneMatch(u -> u.startsWith("http://catalog.test/"));
            assertThat(urls.keySet()).as("the DCAT feed's landing pages, under their upstream IRIs")
                    .anyMatch(u -> u.startsWith("https://geodata.demo-state.example.gov/"));
        }
    }
}
