package org.civiccatalog.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.web.WebApp;
import org.civiccatalog.web.WebConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.javalin.Javalin;

/** Dataset and home pages rendered by a real browser: harvested text stays text, links work. */
class DatasetPageBrowserTest {
    static final String HOSTILE_TITLE = "Parks <img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> & <b>trees</b>";
    static final String HOSTILE_DESC = "<script>document.body.setAttribute('data-pwned','2')</script>Tree inventory";
    @TempDir static Path dir;
    @TempDir static Path profile;
    static TdbCatalogStore store;
    static Javalin app;
    static String root;
    static String datasetPath;

    @BeforeAll
    static void start() {
        Chromium.require();
        store = TdbCatalogStore.open(dir, "http://localhost:8080/");
        String ds = store.iris().dataset("city", "trees");
        Graph g = GraphFactory.createGraphMem();
        Node d = NodeFactory.createURI(ds);
        g.add(Triple.create(d, RDF.type.asNode(), DCAT.Dataset.asNode()));
        g.add(Triple.create(d, DCTERMS.title.asNode(), NodeFactory.createLiteralString(HOSTILE_TITLE)));
        g.add(Triple.create(d, DCTERMS.description.asNode(), NodeFactory.createLiteralString(HOSTILE_DESC)));
        g.add(Triple.create(d, DCAT.keyword.asNode(), NodeFactory.createLiteralString("<i>urban</i> forest")));
        store.replaceRecords(SourceInfo.imported("city", "datajson"), List.of(new RecordGraph("city", "trees", ds, g)));
        app = WebApp.create(WebConfig.defaults().withHost("127.0.0.1").withPort(0), store, h -> {});
        app.start("127.0.0.1", 0);
        root = "http://127.0.0.1:" + app.port();
        datasetPath = ds.substring("http://localhost:8080".length());
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
        if (store != null) store.close();
    }

    @Test
    void harvested_markup_is_shown_as_text_and_never_runs() throws Exception {
        String dom = Chromium.dumpDom(root + datasetPath, profile.resolve("a"));
        Document doc = Jsoup.parse(dom);
        assertThat(doc.body().hasAttr("data-pwned")).as("a script from harvested text ran").isFalse();
        assertThat(doc.select("img[src=x]")).as("an element was built from harvested text").isEmpty();
        assertThat(doc.select("script:not([type=application/ld+json])")).as("no script element from harvested text")
                .noneMatch(s -> s.html().contains("pwned"));
        assertThat(doc.select("script[type=application/ld+json]")).as("the schema.org data keeps harvested markup as JSON escapes")
                .hasSize(1).allMatch(s -> !s.html().contains("<"));
        assertThat(doc.text()).contains(HOSTILE_TITLE).contains("Tree inventory").contains("<i>urban</i> forest");
    }

    @Test
    void a_must_fail_twin_proves_the_browser_would_run_injected_markup() throws Exception {
        Javalin unsafe = Javalin.create(c -> c.routes.get("/", ctx -> ctx.html("<html><body>" + HOSTILE_TITLE + "</body></html>")));
        unsafe.start("127.0.0.1", 0);
        try {
            String dom = Chromium.dumpDom("http://127.0.0.1:" + unsafe.port() + "/", profile.resolve("b"));
            Document doc = Jsoup.parse(dom);
            assertThat(doc.body().attr("data-pwned")).isEqualTo("1");
        } finally {
            unsafe.stop();
        }
    }

    @Test
    void the_home_page_renders_with_links_to_the_feeds() throws Exception {
        Document doc = Jsoup.parse(Chromium.dumpDom(root + "/", profile.resolve("c")));
        assertThat(doc.title()).isNotBlank();
        assertThat(doc.select("a[href$=/data.json]")).isNotEmpty();
        assertThat(doc.select("a[href$=/sparql]")).isNotEmpty();
        assertThat(doc.select("html").attr("lang")).isNotBlank();
    }
}
