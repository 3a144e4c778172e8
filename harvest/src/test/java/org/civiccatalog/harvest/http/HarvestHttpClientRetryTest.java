package org.civiccatalog.harvest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.HttpResult;
import org.civiccatalog.harvest.testing.PortalServer;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Retries, backoff and Retry-After, over real HTTP to a scripted loopback portal. */
class HarvestHttpClientRetryTest {
    private static final String PATH = "/data.json";
    private static final Reply OK = Reply.ok("application/json", "{\"dataset\":[]}");

    private final PortalServer portal = new PortalServer();
    private final URI url = portal.url(PATH);

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void a_200_comes_back_with_body_headers_and_url_and_the_request_names_civic_catalog() {
        portal.on(PATH, OK.withHeader("X-Portal", "test"));

        HttpResult r = FastClients.client().get(url);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).isEqualTo("{\"dataset\":[]}");
        assertThat(r.url()).isEqualTo(url);
        assertThat(r.header("x-portal")).contains("test");
        assertThat(portal.lastHeader(PATH, "User-Agent")).contains("civic-catalog");
        assertThat(portal.lastHeader(PATH, "Accept-Encoding")).isEqualTo("gzip");
        assertThat(portal.requests()).containsExactly(PATH);
    }

    @Test
    void a_500_then_a_200_is_retried_once() {
        portal.onSequence(PATH, Reply.status(500, Map.of()), OK);

        HttpResult r = FastClients.client().get(url);

        assertThat(r.status()).isEqualTo(200);
        assertThat(portal.count(PATH)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {502, 504})
    void gateway_errors_are_retried(int status) {
        portal.onSequence(PATH, Reply.status(status, Map.of()), OK);

        assertThat(FastClients.client().get(url).status()).isEqualTo(200);
        assertThat(portal.count(PATH)).isEqualTo(2);
    }

    @Test
    void a_503_that_persists_is_tried_once_and_retried_three_times_then_reported() {
        portal.on(PATH, Reply.status(503, Map.of()));

        assertThatThrownBy(() -> FastClients.client().get(url))
                .isInstanceOf(HarvestException.class)
                .hasMessage("GET " + url + ": 503 Service Unavailable 4 times; gave up after 3 retries");
        assertThat(portal.count(PATH)).isEqualTo(4);
    }

    @Test
    void a_429_with_retry_after_1_waits_a_second_then_succeeds() {
        portal.onSequence(PATH, Reply.status(429, Map.of("Retry-After", "1")), OK);

        long start = System.nanoTime();
        HttpResult r = FastClients.client().get(url);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(r.status()).isEqualTo(200);
        assertThat(portal.count(PATH)).isEqualTo(2);
        assertThat(elapsedMs).as("waited for Retry-After, not the 5 ms backoff").isGreaterThanOrEqualTo(900);
    }

    @Test
    void a_retry_after_longer_than_the_maximum_wait_fails_at_once() {
        portal.onSequence(PATH, Reply.status(429, Map.of("Retry-After", "30")), OK);
        HarvestHttpClient client = FastClients.builder().maxRetryAfter(Duration.ofSeconds(5)).build();

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.get(url))
                .isInstanceOf(HarvestException.class)
                .hasMessage("GET " + url + ": 429 Too Many Requests asking to retry after 30 s (Retry-After),"
                        + " longer than the 5 s this client waits; not retried");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(portal.count(PATH)).isEqualTo(1);
    }

    @Test
    void a_retry_after_given_as_an_http_date_is_understood() {
        String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
        // had the date not been read, the client would back off briefly and get the 200
        portal.onSequence(PATH, Reply.status(503, Map.of("Retry-After", inAnHour)), OK);

        assertThatThrownBy(() -> FastClients.client().get(url))
                .isInstanceOf(HarvestException.class)
                .hasMessageStartingWith("GET " + url + ": 503 Service Unavailable asking to retry after ")
                .hasMessageContaining("60 min (Retry-After), longer than the 2 min this client waits; not retried");
        assertThat(portal.count(PATH)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {400, 401, 403, 404, 410})
    void other_client_errors_are_answers_returned_without_retry(int status) {
        portal.onSequence(PATH, new Reply(status, Map.of("Content-Type", "text/plain"), FastClients.utf8("no such thing"), 0, -1), OK);

        HttpResult r = FastClients.client().get(url);

        assertThat(r.status()).isEqualTo(status);
        assertThat(r.text()).isEqualTo("no such thing");
        assertThat(portal.count(PATH)).isEqualTo(1);
    }

    @Test
    void a_reply_slower_than_the_read_timeout_is_retried_then_reported() {
        portal.on(PATH, OK.delayed(1500));
        HarvestHttpClient client = FastClients.builder().readTimeout(Duration.ofMillis(200)).maxRetries(2).build();

        assertThatThrownBy(() -> client.get(url))
                .isInstanceOf(HarvestException.class)
                .hasMessage("GET " + url + ": no response within the 200 ms read timeout 3 times; gave up after 2 retries");
        assertThat(portal.count(PATH)).isEqualTo(3);
    }

    @Test
    void one_timeout_then_a_prompt_reply_succeeds() {
        portal.onSequence(PATH, OK.delayed(1500), OK);
        HarvestHttpClient client = FastClients.builder().readTimeout(Duration.ofMillis(200)).build();

        assertThat(client.get(url).status()).isEqualTo(200);
        assertThat(portal.count(PATH)).isEqualTo(2);
    }

    @Test
    void a_refused_connection_is_retried_then_reported() throws Exception {
        int port;
        try (var s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + port + "/data.json");

        assertThatThrownBy(() -> FastClients.builder().maxRetries(2).build().get(nowhere))
                .isInstanceOf(HarvestException.class)
                .hasMessageStartingWith("GET " + nowhere + ": could not connect to 127.0.0.1:" + port)
                .hasMessageEndingWith(" 3 times; gave up after 2 retries");
    }

    @Test
    void a_truncated_body_is_retried_and_a_complete_one_accepted() {
        byte[] body = new byte[10_000];
        portal.onSequence(PATH, Reply.ok("application/json", body).truncatedAt(100), Reply.ok("application/json", body));

        HttpResult r = FastClients.client().get(url);

        assertThat(r.body()).hasSize(10_000);
        assertThat(portal.count(PATH)).isEqualTo(2);
    }

    @Test
    void a_body_that_is_always_truncated_is_an_error() {
        portal.on(PATH, Reply.ok("application/json", new byte[10_000]).truncatedAt(100));

        assertThatThrownBy(() -> FastClients.client().get(url))
                .isInstanceOf(HarvestException.class)
                .hasMessage("GET " + url + ": the body was cut short (got 100 of 10000 bytes) 4 times; gave up after 3 retries");
        assertThat(portal.count(PATH)).isEqualTo(4);
    }

    @Test
    void mixed_failures_are_each_named_in_the_report() {
        portal.onSequence(PATH, Reply.status(500, Map.of()), Reply.status(502, Map.of()), Reply.status(502, Map.of()));

        assertThatThrownBy(() -> FastClients.builder().maxRetries(2).build().get(url))
                .hasMessage("GET " + url + ": 500 Internal Server Error, 502 Bad Gateway 2 times; gave up after 2 retries");
    }

    @Test
    void with_retries_off_the_first_failure_is_final() {
        portal.onSequence(PATH, Reply.status(503, Map.of()), OK);

        assertThatThrownBy(() -> FastClients.builder().maxRetries(0).build().get(url))
                .hasMessage("GET " + url + ": 503 Service Unavailable; retries are off");
        assertThat(portal.count(PATH)).isEqualTo(1);
    }

    @Test
    void backoff_doubles_from_the_base_with_jitter_and_stops_at_the_cap() {
        HarvestHttpClient client = HarvestHttpClient.builder()
                .backoffBase(Duration.ofMillis(100)).backoffCap(Duration.ofMillis(1000)).build();
        for (int i = 0; i < 50; i++) {
            assertThat(client.backoff(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
            assertThat(client.backoff(3)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(client.backoff(5)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
            assertThat(client.backoff(20)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
        }
    }
}
