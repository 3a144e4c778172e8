package org.civiccatalog.harvest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.HttpResult;
import org.civiccatalog.harvest.testing.PortalServer;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conditional GET over real HTTP: the portal answers 304 only when the request carries the validator it gave,
 * as a real server does, so a client that sends the wrong header (or none) gets a 200 and the test fails.
 */
class ConditionalGetTest {
    private static final String PATH = "/data.json";
    private static final String ETAG = "\"v1-5f3a\"";
    private static final String MODIFIED = "Tue, 03 Jun 2025 10:15:00 GMT";

    private final PortalServer portal = new PortalServer();
    private final URI url = portal.url(PATH);

    @AfterEach
    void stop() {
        portal.close();
    }

    private void serveWithEtag() {
        portal.on(PATH, x -> ETAG.equals(x.getRequestHeaders().getFirst("If-None-Match"))
                ? Reply.status(304, Map.of("ETag", ETAG))
                : Reply.ok("application/json", "{\"dataset\":[]}").withHeader("ETag", ETAG));
    }

    private void serveWithLastModified() {
        portal.on(PATH, x -> MODIFIED.equals(x.getRequestHeaders().getFirst("If-Modified-Since"))
                ? Reply.status(304, Map.of())
                : Reply.ok("application/json", "{\"dataset\":[]}").withHeader("Last-Modified", MODIFIED));
    }

    @Test
    void an_etag_from_a_200_is_sent_back_as_if_none_match_and_a_304_returned() {
        serveWithEtag();
        ValidatorStore store = ValidatorStore.inMemory();
        HarvestHttpClient client = FastClients.builder().validators(store).build();

        HttpResult first = client.get(url);
        assertThat(first.status()).isEqualTo(200);
        assertThat(portal.lastHeader(PATH, "If-None-Match")).isNull();
        assertThat(store.get(url)).contains(new Validators(ETAG, null));

        HttpResult second = client.get(url);
        assertThat(portal.lastHeader(PATH, "If-None-Match")).isEqualTo(ETAG);
        assertThat(second.status()).isEqualTo(304);
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
        assertThat(portal.count(PATH)).isEqualTo(2);
    }

    @Test
    void a_last_modified_from_a_200_is_sent_back_as_if_modified_since_and_a_304_returned() {
        serveWithLastModified();
        ValidatorStore store = ValidatorStore.inMemory();
        HarvestHttpClient client = FastClients.builder().validators(store).build();

        assertThat(client.get(url).status()).isEqualTo(200);
        assertThat(portal.lastHeader(PATH, "If-Modified-Since")).isNull();
        assertThat(store.get(url)).contains(new Validators(null, MODIFIED));

        assertThat(client.get(url).status()).isEqualTo(304);
        assertThat(portal.lastHeader(PATH, "If-Modified-Since")).isEqualTo(MODIFIED);
    }

    @Test
    void without_a_store_every_get_is_unconditional() {
        serveWithEtag();
        HarvestHttpClient client = FastClients.client();

        client.get(url);
        assertThat(client.get(url).status()).isEqualTo(200);
        assertThat(portal.lastHeader(PATH, "If-None-Match")).isNull();
    }

    @Test
    void validators_are_not_stored_from_a_200_whose_body_was_cut_short() {
        portal.on(PATH, Reply.ok("application/json", new byte[5000]).withHeader("ETag", ETAG).truncatedAt(10));
        ValidatorStore store = ValidatorStore.inMemory();

        assertThatThrownBy(() -> FastClients.builder().validators(store).maxRetries(1).build().get(url))
                .isInstanceOf(HarvestException.class);
        assertThat(store.get(url)).isEmpty();
    }

    @Test
    void validators_are_not_stored_from_other_statuses() {
        portal.on(PATH, Reply.status(404, Map.of("ETag", ETAG)));
        ValidatorStore store = ValidatorStore.inMemory();

        assertThat(FastClients.builder().validators(store).build().get(url).status()).isEqualTo(404);
        assertThat(store.get(url)).isEmpty();
    }

    @Test
    void a_200_without_validators_forgets_the_old_ones() {
        portal.on(PATH, Reply.ok("application/json", "{}"));
        ValidatorStore store = ValidatorStore.inMemory();
        store.put(url, new Validators("\"stale\"", null));
        HarvestHttpClient client = FastClients.builder().validators(store).build();

        client.get(url);
        assertThat(portal.lastHeader(PATH, "If-None-Match")).isEqualTo("\"stale\"");
        assertThat(store.get(url)).isEmpty();

        client.get(url);
        assertThat(portal.lastHeader(PATH, "If-None-Match")).isNull();
    }

    @Test
    void a_callers_own_if_none_match_replaces_the_stored_one() {
        serveWithEtag();
        ValidatorStore store = ValidatorStore.inMemory();
        store.put(url, new Validators("\"old\"", MODIFIED));

        HttpResult r = FastClients.builder().validators(store).build().get(url, Map.of("If-None-Match", ETAG));

        assertThat(r.status()).isEqualTo(304);
        assertThat(portal.lastHeader(PATH, "If-None-Match")).isEqualTo(ETAG);
        assertThat(portal.lastHeader(PATH, "If-Modified-Since")).isNull();
    }

    @Test
    void json_file_validators_survive_a_new_client_and_store(@TempDir Path dir) throws IOException {
        serveWithEtag();

        assertThat(FastClients.builder().validators(ValidatorStore.jsonFiles(dir)).build().get(url).status()).isEqualTo(200);
        HttpResult again = FastClients.builder().validators(ValidatorStore.jsonFiles(dir)).build().get(url);

        assertThat(again.status()).isEqualTo(304);
        assertThat(portal.lastHeader(PATH, "If-None-Match")).isEqualTo(ETAG);
        assertThat(files(dir)).singleElement().satisfies(f -> {
            assertThat(f.getFileName().toString()).endsWith(".json");
            assertThat(Files.readString(f)).contains(url.toString()).contains("v1-5f3a");
        });
    }

    @Test
    void json_file_store_puts_replace_atomically_and_leave_no_temporary_files(@TempDir Path dir) throws IOException {
        ValidatorStore store = ValidatorStore.jsonFiles(dir);
        URI a = URI.create("https://data.example.gov/data.json");
        URI b = URI.create("https://data.example.gov/api/views/abcd-1234");

        store.put(a, new Validators("\"1\"", null));
        store.put(a, new Validators("\"2\"", MODIFIED));
        store.put(b, new Validators(null, MODIFIED));

        assertThat(store.get(a)).contains(new Validators("\"2\"", MODIFIED));
        assertThat(store.get(b)).contains(new Validators(null, MODIFIED));
        assertThat(files(dir)).hasSize(2).allSatisfy(f -> assertThat(f.toString()).endsWith(".json"));

        store.remove(a);
        assertThat(store.get(a)).isEmpty();
        assertThat(ValidatorStore.jsonFiles(dir).get(b)).contains(new Validators(null, MODIFIED));
    }

    @Test
    void an_unreadable_json_file_counts_as_no_validators_and_is_rewritten(@TempDir Path dir) throws IOException {
        serveWithEtag();
        ValidatorStore store = ValidatorStore.jsonFiles(dir);
        store.put(url, new Validators(ETAG, null));
        Path file = files(dir).get(0);
        Files.writeString(file, "{\"url\": \"" + url + "\", \"etag\": "); // as a crash mid-write might leave it

        HttpResult r = FastClients.builder().validators(store).build().get(url);

        assertThat(r.status()).isEqualTo(200);
        assertThat(portal.lastHeader(PATH, "If-None-Match")).isNull();
        assertThat(store.get(url)).contains(new Validators(ETAG, null));
    }

    @Test
    void validators_with_control_characters_are_refused() {
        assertThatThrownBy(() -> new Validators("\"a\"\r\nX-Injected: 1", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ETag");
        assertThatThrownBy(() -> new Validators(" ", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
