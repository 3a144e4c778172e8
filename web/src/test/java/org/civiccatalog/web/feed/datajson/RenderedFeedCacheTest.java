package org.civiccatalog.web.feed.datajson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.civiccatalog.web.TestCatalog;
import org.civiccatalog.web.WebConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** /data.json with a feed cache: rendered once per store state, served from disk after, never stale. */
class RenderedFeedCacheTest {
    @TempDir Path dir;
    @TempDir Path cacheDir;

    TestCatalog start() {
        WebConfig cfg = WebConfig.defaults().withFeedCacheDir(cacheDir);
        return TestCatalog.start(dir, TestCatalog.BASE, cfg, 4, 3);
    }

    static long files(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> p.getFileName().toString().startsWith("data.json-v")).count();
        }
    }

    @Test
    void the_second_request_is_the_same_document_sent_from_the_kept_copy() throws Exception {
        try (TestCatalog cat = start()) {
            byte[] first = cat.get("data.json").body();
            assertThat(files(cacheDir)).isEqualTo(1);
            byte[] second = cat.get("data.json").body();
            assertThat(second).isEqualTo(first);
            assertThat(new ObjectMapper().readTree(second).get("dataset").size()).isEqualTo(7);
        }
    }

    @Test
    void the_copy_is_what_is_sent_proved_by_altering_it() throws Exception {
        try (TestCatalog cat = start()) {
            cat.get("data.json");
            Path copy;
            try (Stream<Path> s = Files.list(cacheDir)) {
                copy = s.filter(p -> p.getFileName().toString().startsWith("data.json-v")).findFirst().orElseThrow();
            }
            Files.writeString(copy, "{\"altered\":true}", StandardCharsets.UTF_8);
            assertThat(new String(cat.get("data.json").body(), StandardCharsets.UTF_8)).isEqualTo("{\"altered\":true}");
        }
    }

    @Test
    void a_change_to_the_store_renders_anew_and_drops_the_old_copy() throws Exception {
        try (TestCatalog cat = start()) {
            String before = new String(cat.get("data.json").body(), StandardCharsets.UTF_8);
            TestCatalog.fill(cat.store, "state", 2);
            String after = new String(cat.get("data.json").body(), StandardCharsets.UTF_8);
            assertThat(after).isNotEqualTo(before);
            assertThat(new ObjectMapper().readTree(after).get("dataset").size()).isEqualTo(9);
            assertThat(files(cacheDir)).isEqualTo(1);
        }
    }
}
