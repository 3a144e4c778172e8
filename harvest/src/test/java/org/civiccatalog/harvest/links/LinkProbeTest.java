package org.civiccatalog.harvest.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.civiccatalog.core.audit.LinkCheck;
import org.civiccatalog.core.audit.LinkOutcome;
import org.civiccatalog.harvest.testing.PortalServer;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each way a link can answer, over real HTTP to a scripted loopback server: the outcome, the status, the reason and
 * the requests the checker sent. Every classification has a twin that must come out the other way.
 */
class LinkProbeTest {
    private static final String DATASET = "http://catalog.test/dataset/city/trees";
    private final PortalServer server = new PortalServer();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    static LinkSettings.Builder fast() {
        return LinkSettings.builder().allowLoopback(true).perHostInterval(Duration.ZERO).perHostConcurrency(4)
                .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofMillis(500)).defaultRetryWait(Duration.ZERO)
                .maxRetryAfter(Duration.ofSeconds(5));
    }

    private LinkCheck check(LinkSettings settings, LinkTarget target) {
        Map<String, List<LinkTarget>> urls = new LinkedHashMap<>();
        urls.put(target.url().toString(), List.of(target));
        return new LinkChecker(settings).check(urls).get(0);
    }

    private LinkCheck check(String path) {
        return check(fast().build(), LinkTarget.of(server.url(path), LinkRole.DOWNLOAD_URL, DATASET));
    }

    /** The requests for {@code path} (robots.txt left out), as "METHOD path". */
    private List<String> sent() {
        return server.exchanges().stream().filter(e -> !e.endsWith("/robots.txt")).toList();
    }

    private static Reply ok(String type) {
        return Reply.ok(type, "a,b\n1,2\n");
    }

    @Test
    void a_200_is_ok_after_one_head() {
        server.on("/trees.csv", ok("text/csv"));

        LinkCheck c = check("/trees.csv");

        assertThat(c.outcome()).isEqualTo(LinkOutcome.OK);
        assertThat(c.httpStatus()).contains(200);
        assertThat(c.method()).isEqualTo("HEAD");
        assertThat(c.contentType()).contains("text/csv");
        assertThat(c.datasets()).containsExactly(DATASET);
        assertThat(sent()).containsExactly("HEAD /trees.csv");
    }

    @Test
    void a_404_is_broken_after_get_confirms_it() {
        server.on("/gone.csv", Reply.status(404, Map.of()));

        LinkCheck c = check("/gone.csv");

        assertThat(c.outcome()).isEqualTo(LinkOutcome.BROKEN);
        assertThat(c.httpStatus()).contains(404);
        assertThat(c.reason()).isEqualTo("HEAD answered 404 Not Found; 404 Not Found");
        assertThat(c.status().orElseThrow().answers()).isFalse();
        assertThat(sent()).containsExactly("HEAD /gone.csv", "GET /gone.csv");
    }

    @Test
    void a_301_loop_is_broken_with_the_loop_named() {
        server.on("/a", Reply.status(301, Map.of("Location", "/b")));
        server.on("/b", Reply.status(301, Map.of("Location", server.url("/a").toString())));

        LinkCheck c = check("/a");

        assertThat(c.outcome()).isEqualTo(LinkOutcome.BROKEN);
        assertThat(c.reason()).isEqualTo("redirect loop: " + server.url("/a") + " -> " + server.url("/b") + " -> " + server.url("/a"));
        assertThat(c.redirects()).isEqualTo(1);
        // a loop is no answer, though its last status was a 301
        assertThat(c.status().orElseThrow().answers()).isFalse();
        assertThat(sent()).containsExactly("HEAD /a", "HEAD /b");
    }

    @Test
    void twin_a_redirect_that_arrives_is_ok_with_the_final_url_and_the_count() {
        server.on("/old", Reply.status(301, Map.of("Location", "/mid")));
        server.on("/mid", Reply.status(302, Map.of("Location", "/new.csv")));
        server.on("/new.csv", ok("text/csv"));

        LinkCheck c = check("/old");

        assertThat(c.outcome()).isEqualTo(LinkOutcome.OK);
        assertThat(c.finalUrl()).isEqualTo(server.url("/new.csv").toString());
        assertThat(c.redirects()).isEqualTo(2);
        assertThat(c.url()).isEqualTo(server.url("/old").toString());
    }

    @Test
    void more_redirects_than_the_limit_are_broken() {
        server.on("/r1", Reply.status(302, Map.of("Location", "/r2")));
        server.on("/r2", Reply.status(302, Map.of("Location", "/r3")));
        server.on("/r3", Reply.status(302, Map.of("Location", "/end")));
        server.on("/end", ok("text/csv"));

        LinkCheck c = check(fast().maxRedirects(2).build(), LinkTarget.of(server.url("/r1"), LinkRole.DOWNLOAD_URL, DATASET));

        assertThat(c.outcome()).isEqualTo(LinkOutcome.BROKEN);
        assertThat(c.reason()).isEqualTo("more than 2 redirects (the last to " + server.url("/end") + ")");
        assertThat(server.count("/end")).isZero();
    }

    @Test
    void a_403_on_head_and_200_on_get_is_ok_by_get() {
        server.on("/head-forbidden.csv", x -> x.getRequestMethod().equals("HEAD") ? Reply.status(403, Map.of()) : ok("text/csv"));

        LinkCheck c = check("/head-forbidden.csv");

        assertThat(c.outcome()).isEqualTo(LinkOutcome.OK);
        assertThat(c.method()).isEqualTo("GET");
        assertThat(c.reason()).isEqualTo("HEAD answered 403 Forbidden; 200 OK");
        assertThat(sent()).containsExactly("HEAD /head-forbidden.csv", "GET /head-forbidden.csv");
    }

    @Test
    void twin_a_403_on_head_and_on_get_is_broken() {
        server.on("/forbidden.csv", Reply.status(403, Map.of()));

        LinkCheck c = check("/forbidden.csv");

        assertThat(c.outcome()).isEqualTo(LinkOutcome.BROKEN);
        assertThat(c.httpStatus()).contains(403);
        assertThat(c.method()).isEqualTo("GET");
    }

    @Test
    void a_405_on_head_falls_back_to_get() {
        server.on("/no-head.csv", x -> x.getRequestMethod().equals("HEAD")
                ? Reply.status(405, Map.of("Allow", "GET")) : ok("text/csv"));

        LinkCheck c = check("/no-head.csv");

        assertThat(c.outcome()).isEqualTo(LinkOutcome.OK);
        assertThat(c.httpStatus()).contains(200);
        assertThat(sent()).containsExactly("HEAD /no-head.csv", "GET /no-head.csv");
    }

    @Test
    void hosts_known_to_lie_on_head_get_a_get_only() {
        server.on("/liar.csv", x -> x.getRequestMethod().equals("HEAD") ? Reply.status(404, Map.of()) : ok("text/csv"));

        LinkCheck c = check(fast().getOnlyHosts(java.util.Set.of("127.0.0.1")).build(),
                LinkTarget.of(server.url("/liar.csv"), LinkRole.DOWNLOAD_URL, DATASET));

        assertThat(c.outcome()).isEqualTo(LinkOutcome.OK);
        assertThat(sent()).containsExactly("GET /liar.csv");
    }

    @Test
    void a_get_reads_only_the_first_bytes_of_a_large_body() {
        byte[] big = new byte[4 * 1024 * 1024];
        server.on("/big.bin", x -> x.getRequestMethod().equals("HEAD") ? Reply.status(405, Map.of())
                : Reply.ok("application/octet-stream", big));

        LinkCheck c = check("/big.bin");

        assertThat(c.outcome()).isEqualTo(LinkOutcome.OK);
        assertThat(c.method()).isEqualTo("GET");
    }

    @Test
    void a_429_with_retry_after_is_retried_after_the_wait_and_then_ok() {
        server.onSequence("/busy.csv", Reply.status(429, Map.of("Retry-After", "1")), ok("text/csv"));

        LinkCheck c = check("/busy.csv");

        assertThat(c.outcome()).isEqualTo(LinkOutcome.OK);
        assertThat(c.reason()).isEqualTo("429 Too Many Requests, retried after 1 s; 200 OK");
        assertThat(sent()).containsExactly("HEAD /busy.csv", "HEAD /busy.csv");
    }

    @Test
    void twin_a_429_asking_for_longer_than_we_wait_is_pending_not_broken_and_not_retried() {
        server.on("/throttled.csv", Reply.status(429, Map.of("Retry-After", "3600")));

        LinkCheck c = check("/throttled.csv");

        assertThat(c.outcome()).isEqualTo(LinkOutcome.PENDING);
        assertThat(c.httpStatus()).contains(429);
        assertThat(c.reason()).isEqualTo("429 Too Many Requests, asking to retry after 60 min, longer than the 5 s this"
                + " checker waits; checked again later");
        assertThat(c.status()).isEmpty();
        assertThat(sent()).containsExactly("HEAD /throttled.csv");
    }

    @Test
    void a_503_that_persists_is_broken_after_the_retries() {
        server.on("/down.csv", Reply.status(503, Map.of()));

        LinkCheck c = check("/down.csv");

        assertThat(c.outcome()).isEqualTo(LinkOutcome.BROKEN);
        assertThat(c.httpStatus()).contains(503);
        assertThat(sent()).hasSize(3);   // the first try and 2 retries
    }

    @Test
    void a_202_processing_is_pending_not_broken() {
        server.on("/export.csv", Reply.status(202, Map.of()).withHeader("Content-Type", "application/json"));

        LinkCheck c = check("/export.csv");

        assertThat(c.outcome()).isEqualTo(LinkOutcome.PENDING);
        assertThat(c.httpStatus()).contains(202);
        assertThat(c.reason()).startsWith("202 Accepted: the server is still preparing it");
        assertThat(c.status()).as("a pending check does not decide the audit's link status").isEmpty();
    }

    @Test
    void a_wrong_content_type_is_a_finding_on_a_working_link() {
        server.on("/trees.csv", ok("text/html; charset=utf-8"));

        LinkCheck c = check(fast().build(), LinkTarget.of(server.url("/trees.csv"), LinkRole.DOWNLOAD_URL, DATASET)
                .declaring("text/csv"));

        assertThat(c.outcome()).isEqualTo(LinkOutcome.OK);
        assertThat(c.mismatch()).isTrue();
        assertThat(c.contentType()).contains("text/html");
        assertThat(c.declaredType()).contains("text/csv");
        assertThat(c.reason()).isEqualTo("200 OK; served as text/html, declared text/csv");
    }

    @Test
    void twin_the_declared_content_type_with_parameters_is_no_finding() {
        server.on("/trees.csv", ok("Text/CSV; charset=utf-8"));

        LinkCheck c = check(fast().build(), LinkTarget.of(server.url("/trees.csv"), LinkRole.DOWNLOAD_URL, DATASET)
                .declaring("text/csv"));

        assertThat(c.outcome()).isEqualTo(LinkOutcome.OK);
        assertThat(c.mismatch()).isFalse();
        assertThat(c.declaredType()).contains("text/csv");
    }

    @Test
    void a_server_that_never_answers_times_out_with_status_0() {
        server.onExchange("/slow.csv", x -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            x.sendResponseHeaders(200, -1);
        });

        LinkCheck c = check("/slow.csv");

        assertThat(c.outcome()).isEqualTo(LinkOutcome.TIMEOUT);
        assertThat(c.httpStatus()).contains(0);
        assertThat(c.reason()).isEqualTo("no response from 127.0.0.1:" + server.url("/").getPort() + " within the 500 ms read timeout");
        assertThat(c.status().orElseThrow().answers()).isFalse();
    }

    @Test
    void robots_txt_is_read_once_per_host_and_what_it_disallows_is_not_requested() {
        server.on("/robots.txt", Reply.ok("text/plain", "User-agent: *\nDisallow: /private/\n"));
        server.on("/private/staff.csv", ok("text/csv"));
        server.on("/public/trees.csv", ok("text/csv"));
        server.on("/public/parks.csv", ok("text/csv"));
        Map<String, List<LinkTarget>> urls = new LinkedHashMap<>();
        for (String p : List.of("/private/staff.csv", "/public/trees.csv", "/public/parks.csv"))
            urls.put(server.url(p).toString(), List.of(LinkTarget.of(server.url(p), LinkRole.DOWNLOAD_URL, DATASET)));

        List<LinkCheck> checks = new LinkChecker(fast().build()).check(urls);

        assertThat(checks.get(0).outcome()).isEqualTo(LinkOutcome.REFUSED);
        assertThat(checks.get(0).reason()).isEqualTo("robots.txt of 127.0.0.1 disallows /private/staff.csv for civic-catalog");
        assertThat(checks.get(0).httpStatus()).isEmpty();
        assertThat(checks.get(1).outcome()).isEqualTo(LinkOutcome.OK);
        assertThat(checks.get(2).outcome()).isEqualTo(LinkOutcome.OK);
        assertThat(server.count("/private/staff.csv")).isZero();
        assertThat(server.count("/robots.txt")).isEqualTo(1);
        assertThat(server.lastHeader("/robots.txt", "User-Agent")).startsWith("civic-catalog-linkchecker");
    }

    @Test
    void twin_robots_txt_for_another_agent_does_not_stop_us() {
        server.on("/robots.txt", Reply.ok("text/plain", "User-agent: otherbot\nDisallow: /\n\nUser-agent: civic-catalog\nAllow: /\n"));
        server.on("/private/staff.csv", ok("text/csv"));

        assertThat(check("/private/staff.csv").outcome()).isEqualTo(LinkOutcome.OK);
    }

    @Test
    void a_redirect_to_a_private_address_is_refused_without_a_request() {
        server.on("/go", Reply.status(302, Map.of("Location", "http://10.20.30.40/data.csv")));

        LinkCheck c = check("/go");

        assertThat(c.outcome()).isEqualTo(LinkOutcome.REFUSED);
        assertThat(c.reason()).isEqualTo("redirected to http://10.20.30.40/data.csv: 10.20.30.40 resolves to 10.20.30.40,"
                + " a private address, which the link checker does not reach (allow it with the private-address setting,"
                + " --allow-private)");
        assertThat(c.finalUrl()).isEqualTo("http://10.20.30.40/data.csv");
        assertThat(c.status()).isEmpty();
    }

    @Test
    void a_redirect_to_the_cloud_metadata_address_is_refused() {
        server.on("/meta", Reply.status(302, Map.of("Location", "http://169.254.169.254/latest/meta-data/")));

        LinkCheck c = check("/meta");

        assertThat(c.outcome()).isEqualTo(LinkOutcome.REFUSED);
        assertThat(c.reason()).contains("a link-local address");
    }

    @Test
    void twin_with_private_addresses_allowed_the_redirect_is_followed() {
        server.on("/go", Reply.status(302, Map.of("Location", "http://10.20.30.40/data.csv")));

        LinkCheck c = check(fast().allowPrivate(true).connectTimeout(Duration.ofMillis(300)).build(),
                LinkTarget.of(server.url("/go"), LinkRole.DOWNLOAD_URL, DATASET));

        // the request was sent (what answers, if anything, depends on the network the test runs in): no refusal
        assertThat(c.outcome()).isNotEqualTo(LinkOutcome.REFUSED);
        assertThat(c.httpStatus()).isPresent();
        assertThat(c.finalUrl()).isEqualTo("http://10.20.30.40/data.csv");
    }

    @Test
    void loopback_is_refused_unless_allowed() {
        server.on("/trees.csv", ok("text/csv"));

        LinkCheck c = check(fast().allowLoopback(false).build(), LinkTarget.of(server.url("/trees.csv"), LinkRole.DOWNLOAD_URL, DATASET));

        assertThat(c.outcome()).isEqualTo(LinkOutcome.REFUSED);
        assertThat(c.reason()).contains("a loopback address");
        assertThat(server.exchanges()).isEmpty();
    }

    @Test
    void other_schemes_are_refused() {
        LinkCheck c = check(fast().build(), LinkTarget.of(URI.create("ftp://ftp.example.gov/trees.csv"), LinkRole.DOWNLOAD_URL, DATASET));

        assertThat(c.outcome()).isEqualTo(LinkOutcome.REFUSED);
        assertThat(c.reason()).isEqualTo("only http and https links are checked");
    }

    @Test
    void one_request_at_a_time_per_host_when_the_limit_is_one() {
        AtomicInteger inFlight = new AtomicInteger(), most = new AtomicInteger();
        Map<String, List<LinkTarget>> urls = scripted(6, inFlight, most, null);

        new LinkChecker(fast().perHostConcurrency(1).globalConcurrency(6).build()).check(urls);

        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void twin_three_at_a_time_per_host_when_the_limit_is_three() {
        AtomicInteger inFlight = new AtomicInteger(), most = new AtomicInteger();
        // each request waits until three are in flight together (or gives up after 10 s and the count stays lower)
        Map<String, List<LinkTarget>> urls = scripted(3, inFlight, most, new CyclicBarrier(3));

        List<LinkCheck> checks = new LinkChecker(fast().perHostConcurrency(3).globalConcurrency(6)
                .readTimeout(Duration.ofSeconds(20)).build()).check(urls);

        assertThat(most.get()).isEqualTo(3);
        assertThat(checks).extracting(LinkCheck::outcome).containsOnly(LinkOutcome.OK);
    }

    private Map<String, List<LinkTarget>> scripted(int n, AtomicInteger inFlight, AtomicInteger most, CyclicBarrier together) {
        Map<String, List<LinkTarget>> urls = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String p = "/f" + i + ".csv";
            server.onExchange(p, x -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    if (together != null) together.await(10, TimeUnit.SECONDS);
                    else Thread.sleep(20);
                } catch (Exception e) {
                    // the count tells
                } finally {
                    inFlight.decrementAndGet();
                }
                x.getResponseHeaders().add("Content-Type", "text/csv");
                x.sendResponseHeaders(200, -1);
            });
            urls.put(server.url(p).toString(), List.of(LinkTarget.of(server.url(p), LinkRole.DOWNLOAD_URL, DATASET)));
        }
        return urls;
    }
}
