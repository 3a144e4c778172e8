package org.civiccatalog.harvest.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.audit.LinkCheck;
import org.civiccatalog.core.audit.LinkHealth;
import org.civiccatalog.core.audit.LinkResults;
import org.civiccatalog.core.audit.dqv.StoredLinkResults;
import org.civiccatalog.core.store.StoreState;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.core.testing.LinkChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kept link checks: older than keepChecksFor are deleted, but each URL's latest and latest deciding check stay. */
class LinkRetentionTest {
    static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    static final String A = "https://a.example.gov/a.csv", B = "https://b.example.gov/b.csv", C = "https://c.example.gov/c.csv";

    @TempDir Path dir;
    TdbCatalogStore store;

    static Instant daysAgo(int d) {
        return NOW.minus(Duration.ofDays(d));
    }

    @BeforeEach
    void open() {
        store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/");
        Graph g = GraphFactory.createGraphMem();
        check(g, A, "ok", 200, daysAgo(200));
        check(g, A, "broken", 404, daysAgo(100));
        check(g, A, "ok", 200, daysAgo(1));
        check(g, B, "ok", 200, daysAgo(200));        // B's latest deciding check: kept, however old
        check(g, B, "pending", 202, daysAgo(150));   // B's latest check: kept
        check(g, C, "broken", 500, daysAgo(120));
        check(g, C, "broken", 500, daysAgo(95));
        check(g, C, "ok", 200, daysAgo(10));
        check(g, C, "pending", 202, daysAgo(2));
        store.appendToLog(store.iris().linkCheckGraph(), g);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static void check(Graph g, String url, String outcome, int status, Instant at) {
        LinkChecks.add(g, url, outcome, status, at);
    }

    List<Instant> history(String url) {
        return LinkHealth.of(store).history(url).stream().map(LinkCheck::checkedAt).toList();
    }

    @Test
    void checks_older_than_90_days_go_but_each_urls_latest_and_latest_deciding_stay() {
        StoreState before = store.state();
        LinkResults audit = StoredLinkResults.preloaded(store);

        int dropped = LinkRetention.prune(store, NOW.minus(LinkSettings.defaults().keepChecksFor()));

        assertThat(dropped).isEqualTo(4);   // A's two old checks, C's two old broken ones
        assertThat(history(A)).containsExactly(daysAgo(1));
        assertThat(history(B)).containsExactly(daysAgo(200), daysAgo(150));
        assertThat(history(C)).containsExactly(daysAgo(10), daysAgo(2));
        for (String url : List.of(A, B, C))
            assertThat(StoredLinkResults.preloaded(store).status(url)).as("what the audit reads: " + url).isEqualTo(audit.status(url));
        assertThat(store.state()).as("a log: the feeds' state does not move").isEqualTo(before);
        long triples = store.read(ds -> ds.asDatasetGraph().getGraph(NodeFactory.createURI(store.iris().linkCheckGraph())).size());
        assertThat(triples).as("no triple of a deleted check is left").isEqualTo(5 * 5);
    }

    @Test
    void twin_kept_for_a_year_nothing_goes() {
        int dropped = LinkRetention.prune(store, NOW.minus(Duration.ofDays(365)));

        assertThat(dropped).isZero();
        assertThat(history(A)).hasSize(3);
        assertThat(history(C)).hasSize(4);
    }

    @Test
    void keep_checks_for_is_90_days_by_default_and_not_shorter_than_the_recheck_interval() {
        assertThat(LinkSettings.defaults().keepChecksFor()).isEqualTo(Duration.ofDays(90));
        assertThatThrownBy(() -> LinkSettings.builder().keepChecksFor(Duration.ofHours(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recheckAfter");
        assertThatThrownBy(() -> LinkSettings.builder().keepChecksFor(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
