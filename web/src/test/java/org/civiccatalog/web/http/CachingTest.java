package org.civiccatalog.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.civiccatalog.web.RdfCompare;
import org.civiccatalog.web.TestCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ETag / Last-Modified from the store's state, 304s, Vary, and gzip over real HTTP. */
class CachingTest {
    @TempDir
    Path dir;
    TestCatalog cat;

    @BeforeEach
    void start() {
        cat = TestCatalog.start(dir, 4, 2);
    }

    @AfterEach
    void stop() {
        cat.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "catalog.ttl?page=2", "catalog.jsonld", "dataset/lacity/lacity-2",
            "dataset/lacity/lacity-2.rdf", "dataset/lacity/lacity-2/distribution/1.nt", ""})
    void matching_if_none_match_gets_304_without_body(String path) {
        HttpResponse<byte[]> first = cat.get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"v" + cat.store.state().version() + "-");
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(first.headers().firstValue("Vary")).hasValue("Accept, Accept-Encoding");
        HttpResponse<byte[]> again = cat.get(path, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(cat.get(path, "If-None-Match", "W/" + etag + ", \"other\"").statusCode()).as("weak comparison, lists").isEqualTo(304);
        assertThat(cat.get(path, "If-None-Match", "\"v0-stale\"").statusCode()).isEqualTo(200);
    }

    @Test
    void if_modified_since_gets_304_until_the_store_changes() throws Exception {
        HttpResponse<byte[]> first = cat.get("catalog.ttl");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(cat.get("catalog.ttl", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(cat.get("catalog.ttl", "If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT").statusCode()).isEqualTo(200);
        assertThat(cat.get("catalog.ttl", "If-Modified-Since", "not a date").statusCode()).isEqualTo(200);
        Thread.sleep(1100); // Last-Modified has one-second resolution
        TestCatalog.fill(cat.store, "county", 3);
        assertThat(cat.get("catalog.ttl", "If-Modified-Since", lastModified).statusCode()).isEqualTo(200);
    }

    @Test
    void a_change_to_the_store_changes_the_etag() {
        String etag = cat.get("catalog.ttl").headers().firstValue("ETag").orElseThrow();
        TestCatalog.fill(cat.store, "county", 3);
        HttpResponse<byte[]> after = cat.get("catalog.ttl", "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void every_representation_has_its_own_etag() {
        List<String[]> requests = List.of(
                new String[] {"catalog"}, new String[] {"catalog", "Accept", "text/html"},
                new String[] {"catalog", "Accept", "application/ld+json"}, new String[] {"catalog.ttl"},
                new String[] {"catalog.ttl?page=2"}, new String[] {"catalog.ttl?pageSize=2"},
                new String[] {"catalog.nt"}, new String[] {"catalog.rdf"}, new String[] {"catalog.jsonld"},
                new String[] {"catalog.ttl", "Accept-Encoding", "gzip"},
                new String[] {"dataset/lacity/lacity-1"}, new String[] {"dataset/lacity/lacity-2"},
                new String[] {"dataset/lacity/lacity-1", "Accept", "text/html"},
                new String[] {"dataset/lacity/lacity-1/distribution/1"}, new String[] {""});
        Set<String> etags = new HashSet<>();
        for (String[] r : requests) {
            String path = r[0];
            String[] headers = java.util.Arrays.copyOfRange(r, 1, r.length);
            HttpResponse<byte[]> resp = cat.get(path, headers);
            assertThat(resp.statusCode()).as(path).isEqualTo(200);
            assertThat(etags.add(resp.headers().firstValue("ETag").orElseThrow())).as("unique ETag for %s %s", path,
                    String.join(" ", headers)).isTrue();
        }
    }

    @Test
    void same_resource_by_suffix_and_by_accept_shares_the_etag() {
        String bySuffix = cat.get("dataset/lacity/lacity-1.jsonld").headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> negotiated = cat.get("dataset/lacity/lacity-1", "Accept", "application/ld+json");
        assertThat(negotiated.headers().firstValue("ETag")).hasValue(bySuffix);
        assertThat(negotiated.headers().firstValue("Content-Location"))
                .hasValue(TestCatalog.BASE + "dataset/lacity/lacity-1.jsonld");
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog.ttl", "catalog.jsonld?pageSize=50", "catalog?page=2", "dataset/county/county-1", ""})
    void gzip_is_used_when_accepted_and_the_body_decodes(String path) {
        HttpResponse<byte[]> plain = cat.get(path);
        HttpResponse<byte[]> gz = cat.get(path, "Accept-Encoding", "gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gz.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gz.headers().firstValue("ETag")).get().asString().endsWith("+gzip\"");
        assertThat(new String(TestCatalog.gunzip(gz.body()), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(plain.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void gzipped_turtle_parses() {
        HttpResponse<byte[]> gz = cat.get("catalog.ttl?pageSize=50", "Accept-Encoding", "gzip");
        RdfCompare.assertSameInJenaAndRio(TestCatalog.gunzip(gz.body()), Representation.TURTLE);
    }
}
