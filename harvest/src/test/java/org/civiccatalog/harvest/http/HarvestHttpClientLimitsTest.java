package org.civiccatalog.harvest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.HttpResult;
import org.civiccatalog.harvest.testing.PortalServer;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Size limits (plain and gzip), redirects, the request timeout and per-host connections, over real HTTP. */
class HarvestHttpClientLimitsTest {
    private static final String PATH = "/data.json";

    private final PortalServer portal = new PortalServer();
    private final URI url = portal.url(PATH);

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void a_body_of_exactly_the_limit_is_accepted_and_one_byte_more_is_refused_without_retry() {
        HarvestHttpClient client = FastClients.builder().maxResponseBytes(4096).build();
        portal.on("/fits", Reply.ok("application/octet-stream", new byte[4096]));
        portal.on("/over", Reply.ok("application/octet-stream", new byte[4097]));

        assertThat(client.get(portal.url("/fits")).body()).hasSize(4096);
        assertThatThrownBy(() -> client.get(portal.url("/over")))
                .isInstanceOf(HarvestException.class)
                .hasMessage("GET " + portal.url("/over") + ": response exceeds the 4 KiB limit (Content-Length is 4,097 bytes)");
        assertThat(portal.count("/over")).isEqualTo(1);
    }

    @Test
    void an_endless_body_without_content_length_is_cut_off_at_the_limit_not_read_to_the_end() throws Exception {
        long endless = 1L << 30; // 1 GiB: were it read to the end, the test would take many seconds and the heap
        AtomicLong sent = new AtomicLong();
        CountDownLatch serverDone = new CountDownLatch(1);
        portal.onExchange(PATH, x -> {
            try {
                x.sendResponseHeaders(200, 0); // chunked: the client cannot know the size in advance
                byte[] chunk = new byte[64 * 1024];
                OutputStream out = x.getResponseBody();
                while (sent.get() < endless) {
                    out.write(chunk);
                    sent.addAndGet(chunk.length);
                }
                out.close();
            } finally {
                serverDone.countDown();
            }
        });
        HarvestHttpClient client = FastClients.builder().maxResponseBytes(256 * 1024).build();

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.get(url))
                .isInstanceOf(HarvestException.class)
                .hasMessage("GET " + url + ": response exceeds the 256 KiB limit");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(serverDone.await(10, TimeUnit.SECONDS)).as("the server's writes failed once the client hung up").isTrue();
        // what the server got out is the limit plus socket buffers: a small fraction of the body
        assertThat(sent.get()).isLessThan(16L << 20);
        assertThat(portal.count(PATH)).isEqualTo(1);
    }

    @Test
    void a_gzip_body_is_decoded_and_its_encoding_headers_dropped() {
        String json = "{\"dataset\":[" + "{\"title\":\"Street trees\"},".repeat(200) + "{}]}";
        byte[] compressed = FastClients.gzip(FastClients.utf8(json));
        portal.on(PATH, Reply.ok("application/json", compressed).withHeader("Content-Encoding", "gzip"));

        HttpResult r = FastClients.client().get(url);

        assertThat(portal.lastHeader(PATH, "Accept-Encoding")).isEqualTo("gzip");
        assertThat(r.text()).isEqualTo(json);
        assertThat(r.header("Content-Encoding")).isEmpty();
        assertThat(r.header("Content-Length")).isEmpty();
        assertThat(r.header("Content-Type")).contains("application/json");
    }

    @Test
    void a_gzip_bomb_is_refused_once_it_inflates_past_the_limit() throws IOException {
        var bomb = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) gz.write(zeros); // 64 MiB of zeros
        }
        assertThat(bomb.size()).as("the compressed body alone is well within the limit").isLessThan(1 << 20);
        portal.on(PATH, Reply.ok("application/json", bomb.toByteArray()).withHeader("Content-Encoding", "gzip"));
        HarvestHttpClient client = FastClients.builder().maxResponseBytes(1 << 20).build();

        assertThatThrownBy(() -> client.get(url))
                .isInstanceOf(HarvestException.class)
                .hasMessage("GET " + url + ": response exceeds the 1 MiB limit (after gzip decompression)");
        assertThat(portal.count(PATH)).isEqualTo(1);
    }

    @Test
    void a_truncated_gzip_body_is_an_error() {
        byte[] compressed = FastClients.gzip(new byte[100_000]);
        portal.on(PATH, Reply.ok("application/json", compressed).withHeader("Content-Encoding", "gzip").truncatedAt(compressed.length / 2));

        assertThatThrownBy(() -> FastClients.builder().maxRetries(1).build().get(url))
                .isInstanceOf(HarvestException.class)
                .hasMessageContaining("the body was cut short (got " + compressed.length / 2 + " of " + compressed.length + " bytes")
                .hasMessageEndingWith("2 times; gave up after 1 retry");
    }

    @Test
    void an_encoding_the_client_did_not_ask_for_is_refused() {
        portal.on(PATH, Reply.ok("application/json", new byte[10]).withHeader("Content-Encoding", "br"));

        assertThatThrownBy(() -> FastClients.client().get(url))
                .hasMessage("GET " + url + ": the body is encoded as 'br', which this client does not decode (it asks for gzip only)");
        assertThat(portal.count(PATH)).isEqualTo(1);
    }

    @Test
    void redirects_are_followed_to_the_final_url_relative_locations_included() {
        portal.on("/old", Reply.status(301, Map.of("Location", portal.url("/moved").toString())));
        portal.on("/moved", Reply.status(302, Map.of("Location", "/api/data.json?page=1")));
        portal.on("/api/data.json?page=1", Reply.ok("application/json", "{}"));

        HttpResult r = FastClients.client().get(portal.url("/old"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.url()).isEqualTo(portal.url("/api/data.json?page=1"));
        assertThat(portal.requests()).containsExactly("/old", "/moved", "/api/data.json?page=1");
    }

    @Test
    void a_redirect_chain_longer_than_the_limit_is_refused() {
        for (int i = 0; i < 7; i++) portal.on("/r" + i, Reply.status(307, Map.of("Location", "/r" + (i + 1))));
        portal.on("/r7", Reply.ok("application/json", "{}"));
        HarvestHttpClient client = FastClients.builder().maxRedirects(5).build();

        assertThatThrownBy(() -> client.get(portal.url("/r0")))
                .isInstanceOf(HarvestException.class)
                .hasMessage("GET " + portal.url("/r0") + ": more than 5 redirects (the last to " + portal.url("/r6") + ")");
        assertThat(portal.requests()).containsExactly("/r0", "/r1", "/r2", "/r3", "/r4", "/r5");
    }

    @Test
    void a_redirect_to_another_scheme_is_refused() {
        portal.on(PATH, Reply.status(302, Map.of("Location", "file:///etc/passwd")));

        assertThatThrownBy(() -> FastClients.client().get(url))
                .isInstanceOf(HarvestException.class)
                .hasMessage("GET " + url + ": redirect to file:///etc/passwd refused: only http and https redirects are followed");
        assertThat(portal.count(PATH)).isEqualTo(1);
    }

    @Test
    void a_body_that_stalls_midway_times_out_on_the_read_timeout() {
        portal.onExchange(PATH, x -> {
            x.sendResponseHeaders(200, 0);
            x.getResponseBody().write(new byte[100]);
            x.getResponseBody().flush();
            sleep(1500);
            throw new IOException("gave up stalling");
        });
        HarvestHttpClient client = FastClients.builder().readTimeout(Duration.ofMillis(200)).maxRetries(1).build();

        assertThatThrownBy(() -> client.get(url))
                .hasMessage("GET " + url + ": the body stalled: no data for the 200 ms read timeout 2 times; gave up after 1 retry");
    }

    @Test
    void a_body_trickled_slower_than_the_request_timeout_is_cut_off() {
        portal.onExchange(PATH, x -> {
            x.sendResponseHeaders(200, 0);
            for (int i = 0; i < 100; i++) { // one byte every 50 ms: never idle long enough for the read timeout
                x.getResponseBody().write('x');
                x.getResponseBody().flush();
                sleep(50);
            }
            x.getResponseBody().close();
        });
        HarvestHttpClient client = FastClients.builder().readTimeout(Duration.ofMillis(300))
                .requestTimeout(Duration.ofMillis(600)).maxRetries(0).build();

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.get(url))
                .hasMessageStartingWith("GET " + url + ": the response took longer than the 600 ms request timeout (")
                .hasMessageEndingWith(" read); retries are off");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void no_more_than_the_per_host_limit_of_requests_run_at_once() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        portal.onExchange(PATH, x -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            sleep(250);
            inFlight.decrementAndGet();
            byte[] body = FastClients.utf8("{}");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
        });
        HarvestHttpClient client = FastClients.builder().maxConnectionsPerHost(2).build();

        ExecutorService pool = Executors.newFixedThreadPool(4); // the portal serves up to 4 at once
        try {
            List<Future<HttpResult>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) results.add(pool.submit(() -> client.get(url)));
            for (Future<HttpResult> f : results) assertThat(f.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
        assertThat(portal.count(PATH)).isEqualTo(4);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
