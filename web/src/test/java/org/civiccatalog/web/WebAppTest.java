package org.civiccatalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.javalin.Javalin;
import jakarta.servlet.Filter;

/** The application as a whole: home page, error mapping through the routing seam, base path, servlet hook. */
class WebAppTest {
    @TempDir
    Path dir;

    @Test
    void home_page_counts_and_links_the_feeds() {
        try (TestCatalog cat = TestCatalog.start(dir, 4, 3)) {
            HttpResponse<byte[]> r = cat.get("");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
            assertThat(new String(r.body(), StandardCharsets.UTF_8))
                    .contains("<strong>7</strong> datasets from <strong>2</strong> sources")
                    .contains("href=\"http://catalog.test/data.json\"").contains("href=\"http://catalog.test/catalog\"")
                    .contains("href=\"http://catalog.test/sparql\"").contains("Portal lacity").contains("Owner of county");
        }
    }

    @Test
    void unexpected_failures_are_500_problems_without_internals() throws Exception {
        try (CatalogStore store = TdbCatalogStore.open(dir, TestCatalog.BASE)) {
            Javalin app = Javalin.create(c -> {
                WebApp.routes(c, WebConfig.defaults(), store);
                c.routes.get("/boom", ctx -> {
                    throw new IllegalStateException("secret detail at /etc/passwd");
                });
                c.routes.get("/core", ctx -> {
                    throw new CatalogException("The store is closed");
                });
            }).start("127.0.0.1", 0);
            try {
                HttpResponse<String> boom = get("http://127.0.0.1:" + app.port() + "/boom");
                assertThat(boom.statusCode()).isEqualTo(500);
                assertThat(boom.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(boom.body()).contains("\"status\":500").contains("\"title\":\"Internal Server Error\"")
                        .contains("incident").doesNotContain("secret").doesNotContain("IllegalState")
                        .doesNotContain("at org.");
                HttpResponse<String> core = get("http://127.0.0.1:" + app.port() + "/core");
                assertThat(core.statusCode()).isEqualTo(500);
                assertThat(core.body()).contains("The store is closed").doesNotContain("at org.");
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void base_iri_with_a_path_mounts_everything_under_it() {
        String base = "http://catalog.test/civic/";
        try (TestCatalog cat = TestCatalog.start(dir, base, WebConfig.defaults(), 2, 1)) {
            assertThat(cat.url("catalog")).contains("/civic/catalog");
            assertThat(cat.get("catalog.ttl").statusCode()).isEqualTo(200);
            assertThat(cat.get(base + "dataset/lacity/lacity-2.nt").statusCode()).isEqualTo(200);
            assertThat(new String(cat.get("catalog.ttl").body(), StandardCharsets.UTF_8))
                    .contains("<http://catalog.test/civic/catalog.ttl?page=1>");
        }
    }

    @Test
    void the_servlet_hook_runs_on_the_context_that_serves_the_app() throws Exception {
        AtomicBoolean called = new AtomicBoolean();
        Filter teapot = (req, res, chain) -> {
            var http = (jakarta.servlet.http.HttpServletRequest) req;
            if (http.getRequestURI().endsWith("/sparql")) ((jakarta.servlet.http.HttpServletResponse) res).setStatus(418);
            else chain.doFilter(req, res);
        };
        try (CatalogStore store = TdbCatalogStore.open(dir, TestCatalog.BASE)) {
            Javalin app = WebApp.create(WebConfig.defaults().withPort(0).withHost("127.0.0.1"), store, h -> {
                called.set(true);
                h.addFilter(new FilterHolder(teapot), "/*", null);
            }).start();
            try {
                assertThat(called).isTrue();
                assertThat(get("http://127.0.0.1:" + app.port() + "/sparql").statusCode()).isEqualTo(418);
                assertThat(get("http://127.0.0.1:" + app.port() + "/catalog").statusCode()).isEqualTo(200);
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void head_gives_the_headers_of_get_without_a_body() throws Exception {
        try (TestCatalog cat = TestCatalog.start(dir, 2, 1)) {
            for (String path : new String[] {"", "catalog", "catalog.jsonld", "data.json", "dataset/lacity/lacity-2"}) {
                HttpResponse<byte[]> get = cat.get(path);
                HttpResponse<String> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(cat.url(path)))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(head.statusCode()).as(path).isEqualTo(200);
                assertThat(head.body()).isEmpty();
                for (String h : new String[] {"Content-Type", "ETag", "Last-Modified", "Vary"})
                    assertThat(head.headers().firstValue(h)).as("%s of %s", h, path).isEqualTo(get.headers().firstValue(h));
            }
        }
    }

    @Test
    void paths_no_route_serves_are_404_problems() {
        try (TestCatalog cat = TestCatalog.start(dir, 1, 1)) {
            HttpResponse<byte[]> r = cat.get("no/such/thing");
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("\"status\":404").contains("/no/such/thing");
        }
    }

    @Test
    void a_base_iri_other_than_the_stores_is_refused() {
        try (CatalogStore store = TdbCatalogStore.open(dir, TestCatalog.BASE)) {
            assertThatThrownBy(() -> WebApp.create(WebConfig.defaults().withBaseIri("https://elsewhere.example/"), store, h -> {}))
                    .isInstanceOf(CatalogException.class).hasMessageContaining("https://elsewhere.example/");
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
