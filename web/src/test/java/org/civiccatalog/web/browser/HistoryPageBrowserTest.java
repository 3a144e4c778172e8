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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.javalin.Javalin;

/**
 * A dataset's history in a real browser: the dataset page links its history, the history page lists the versions
 * with dates and runs and links each version page; harvested markup in an old version stays text.
 */
class HistoryPageBrowserTest {
    static final String BASE = "http://localhost:8080/";
    static final String HOSTILE_HASH = "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','3')\">";
    static final String RUN = BASE + "harvest/20250102T030405.000Z";
    @TempDir static Path dir;
    @TempDir static Path profile;
    static TdbCatalogStore store;
    static Javalin app;
    static String root;
    static String ds;

    @BeforeAll
    static void start() {
        Chromium.require();
        store = TdbCatalogStore.open(dir, BASE);
        ds = store.iris().dataset("city", "trees");
        SourceInfo city = SourceInfo.imported("city", "datajson");
        store.replaceRecords(city, List.of(record(DatasetPageBrowserTest.HOSTILE_TITLE).withHarvest(HOSTILE_HASH, null)));
        store.replaceRecords(city, List.of(record("Street trees").withHarvest("0123456789abcdef", null).generatedBy(RUN)));
        app = WebApp.create(WebConfig.defaults().withHost("127.0.0.1").withPort(0), store, h -> {});
        app.start("127.0.0.1", 0);
        root = "http://127.0.0.1:" + app.port() + "/";
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
        if (store != null) store.close();
    }

    static RecordGraph record(String title) {
        Graph g = GraphFactory.createGraphMem();
        Node d = NodeFactory.createURI(ds);
        g.add(Triple.create(d, RDF.type.asNode(), DCAT.Dataset.asNode()));
        g.add(Triple.create(d, DCTERMS.title.asNode(), NodeFactory.createLiteralString(title)));
        return new RecordGraph("city", "trees", ds, g);
    }

    /** The page a link on a page names: its IRIs are under the base, the server is elsewhere. */
    static Document open(String iri, String profileName) throws Exception {
        assertThat(iri).startsWith(BASE);
        return Jsoup.parse(Chromium.dumpDom(root + iri.substring(BASE.length()), profile.resolve(profileName)));
    }

    static void assertNothingRan(Document doc) {
        assertThat(doc.body().hasAttr("data-pwned")).as("a script from harvested text ran").isFalse();
        assertThat(doc.select("img[src=x]")).as("an element was built from harvested text").isEmpty();
    }

    @Test
    void from_the_dataset_page_to_its_history_and_to_version_1() throws Exception {
        Document page = open(ds, "a");
        Element history = page.selectFirst("a:contains(Earlier versions)");
        assertThat(history).as("dataset page links its history").isNotNull();
        assertThat(history.attr("href")).isEqualTo(ds + "/history");

        Document list = open(history.attr("href"), "b");
        assertNothingRan(list);
        assertThat(list.select("h1").text()).isEqualTo("Earlier versions of Street trees");
        var rows = list.select("table#versions tr:has(td)");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).select("time").text()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(rows.get(0).select("a[href*=harvest.json]").text()).isEqualTo(RUN);
        assertThat(rows.get(0).select("code").attr("title")).isEqualTo(HOSTILE_HASH);
        Element v1 = rows.get(0).selectFirst("a:contains(Version 1)");
        assertThat(v1.attr("href")).isEqualTo(ds + "/history/1");

        Document version = open(v1.attr("href"), "c");
        assertNothingRan(version);
        assertThat(version.select("h1").text()).isEqualTo(DatasetPageBrowserTest.HOSTILE_TITLE);
        assertThat(version.select("#replaced").text()).startsWith("Replaced at ").endsWith("by " + RUN + ".");
        assertThat(version.select("a:contains(current version)").attr("href")).isEqualTo(ds);
    }

    @Test
    void a_must_fail_twin_the_hash_unescaped_in_an_attribute_would_run() throws Exception {
        Javalin unsafe = Javalin.create(c -> c.routes.get("/", ctx -> ctx.html(
                "<html><body><code title=\"" + HOSTILE_HASH + "\">x</code></body></html>")));
        unsafe.start("127.0.0.1", 0);
        try {
            Document doc = Jsoup.parse(Chromium.dumpDom("http://127.0.0.1:" + unsafe.port() + "/", profile.resolve("d")));
            assertThat(doc.body().attr("data-pwned")).isEqualTo("3");
        } finally {
            unsafe.stop();
        }
    }
}
