package org.civiccatalog.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.audit.dqv.StoredLinkResults;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.core.testing.LinkChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored link checks read back: which check decides a link, the broken list, uptime, counts. */
class LinkHealthTest {
    static final String A = "https://a.example.gov/a.csv", B = "https://b.example.gov/b.csv",
            C = "https://c.example.gov/c.csv", D = "https://d.example.gov/d.csv";
    static final Instant T1 = Instant.parse("2026-11-20T03:00:00Z"), T2 = Instant.parse("2026-11-21T03:00:00Z");

    @TempDir Path dir;
    TdbCatalogStore store;

    @BeforeEach
    void open() {
        store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/");
        Graph g = GraphFactory.createGraphMem();
        check(g, A, "ok", 200, T1);
        check(g, A, "pending", 202, T2);
        check(g, B, "broken", 404, T1);
        check(g, B, "refused", -1, T2);
        check(g, C, null, 500, T1);          // no outcome stated: the status decides
        check(g, D, "ok", 200, T1);
        check(g, D, "timeout", 0, T2);
        store.appendToLog(store.iris().linkCheckGraph(), g);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static void check(Graph g, String url, String outcome, int status, Instant at) {
        LinkChecks.add(g, url, outcome, status, at);
    }

    @Test
    void a_pending_check_leaves_a_working_link_working() {
        assertThat(StoredLinkResults.of(store).status(A)).contains(new LinkStatus(200, T1));
        assertThat(LinkHealth.of(store).latest(A).orElseThrow().outcome()).isEqualTo(LinkOutcome.PENDING);
    }

    @Test
    void twin_a_timeout_after_ok_makes_the_link_broken() {
        assertThat(StoredLinkResults.of(store).status(D)).contains(new LinkStatus(0, T2));
        assertThat(LinkHealth.of(store).uptime(D)).isEqualTo(new LinkHealth.Uptime(2, 1));
    }

    @Test
    void the_broken_list_goes_by_the_latest_deciding_check() {
        assertThat(LinkHealth.of(store).broken()).extracting(LinkCheck::url).containsExactly(B, C, D);
        assertThat(StoredLinkResults.of(store).status(B)).contains(new LinkStatus(404, T1));
        assertThat(StoredLinkResults.of(store).status(C)).contains(new LinkStatus(500, T1));
    }

    @Test
    void counts_go_by_the_latest_check_of_each_url() {
        assertThat(LinkHealth.of(store).counts()).containsEntry(LinkOutcome.PENDING, 1L).containsEntry(LinkOutcome.REFUSED, 1L)
                .containsEntry(LinkOutcome.BROKEN, 1L).containsEntry(LinkOutcome.TIMEOUT, 1L).containsEntry(LinkOutcome.OK, 0L);
        assertThat(LinkHealth.of(store).uptime(A)).isEqualTo(new LinkHealth.Uptime(1, 1));
        assertThat(LinkHealth.of(store).uptime("https://never.example.gov/")).isEqualTo(new LinkHealth.Uptime(0, 0));
    }

    @Test
    void the_audits_results_read_once_are_those_of_a_lookup_per_url() {
        LinkResults once = StoredLinkResults.preloaded(store), each = StoredLinkResults.of(store);
        // expected, from the checks above: A ok (the pending check does not decide), B 404 (refused does not decide),
        // C 500 (no outcome: its status), D 0 (timed out after ok), a URL never checked: nothing
        assertThat(once.status(A)).contains(new LinkStatus(200, T1));
        assertThat(once.status(B)).contains(new LinkStatus(404, T1));
        assertThat(once.status(C)).contains(new LinkStatus(500, T1));
        assertThat(once.status(D)).contains(new LinkStatus(0, T2));
        assertThat(once.status("https://never.example.gov/")).isEmpty();
        for (String url : List.of(A, B, C, D, "https://never.example.gov/")) assertThat(once.status(url)).as(url).isEqualTo(each.status(url));
    }
}
