package org.civiccatalog.harvest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.civiccatalog.harvest.HttpResult;
import org.civiccatalog.harvest.testing.PortalServer;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevalidatingHttpTest {
    @TempDir Path cache;
    PortalServer portal;
    final AtomicInteger full = new AtomicInteger();

    @BeforeEach
    void start() {
        portal = new PortalServer();
        portal.on("/data.json", x -> {
            String inm = x.getRequestHeaders().getFirst("If-None-Match");
            if ("\"v1\"".equals(inm)) return Reply.status(304, Map.of("ETag", "\"v1\""));
            full.incrementAndGet();
            return Reply.ok("application/json", "{\"dataset\":[]}").withHeader("ETag", "\"v1\"");
        });
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    RevalidatingHttp http() {
        return RevalidatingHttp.create(HarvestHttpClient.builder(), cache);
    }

    @Test
    void an_unchanged_resource_comes_back_whole_from_the_kept_copy() {
        HttpResult first = http().get(portal.url("/data.json"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header(RevalidatingHttp.REVALIDATED)).isEmpty();
        HttpResult second = http().get(portal.url("/data.json"));
        assertThat(portal.lastHeader("/data.json", "If-None-Match")).isEqualTo("\"v1\"");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.header(RevalidatingHttp.REVALIDATED)).contains("true");
        assertThat(second.text()).isEqualTo("{\"dataset\":[]}");
        assertThat(full.get()).as("the body was transferred once").isEqualTo(1);
    }

    @Test
    void without_a_kept_body_the_request_is_not_conditional() throws Exception {
        http().get(portal.url("/data.json"));
        try (var files = Files.list(cache.resolve("bodies"))) {
            for (Path p : files.toList()) Files.delete(p);
        }
        HttpResult again = http().get(portal.url("/data.json"));
        assertThat(portal.lastHeader("/data.json", "If-None-Match")).isNull();
        assertThat(again.text()).isEqualTo("{\"dataset\":[]}");
        assertThat(full.get()).isEqualTo(2);
        assertThat(new String(again.body(), StandardCharsets.UTF_8)).contains("dataset");
    }
}
