package org.civiccatalog.web.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiccatalog.web.RdfCompare.assertSameInJenaAndRio;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.web.TestCatalog;
import org.civiccatalog.web.http.Representation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {dataset}/history lists earlier versions (HTML for browsers, the index in RDF otherwise, JSON at .json);
 * {dataset}/history/{n} answers one in RDF or HTML; 404s otherwise.
 */
class HistoryResourceTest {
    static final String CHANGED = TestCatalog.BASE + "dataset/lacity/lacity-2";
    static final String UNCHANGED = TestCatalog.BASE + "dataset/lacity/lacity-3";
    static final String OLD_TITLE = "Dataset 2 of lacity";
    static final String SCRIPTED = TestCatalog.BASE + "dataset/lacity/lacity-1";
    static final String RUN_1 = TestCatalog.BASE + "harvest/20250101T000000.000Z";
    static final String RUN_2 = TestCatalog.BASE + "harvest/20250102T000000.000Z";
    static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    @TempDir
    static Path dir;
    static TestCatalog cat;

    @BeforeAll
    static void start() {
        cat = TestCatalog.start(dir, 3, 1);
        SourceInfo info = new SourceInfo("lacity", "Portal lacity", "datajson",
                Optional.of("https://lacity.example.gov/data.json"), Optional.of("Owner of lacity"));
        // Version 1 (no hash) is replaced by run 1, version 2 (hash h-second) by run 2.
        for (String title : List.of("Second title", "Third title"))
            cat.store.replaceRecords(info, List.of(new RecordGraph("lacity", "lacity-2", CHANGED,
                    TestCatalog.dataset(CHANGED, "lacity-2", title, 2))
                    .withHarvest(title.startsWith("Second") ? "h-second" : "h-third", null)
                    .generatedBy(title.startsWith("Second") ? RUN_1 : RUN_2)));
        // The script title of lacity-1 becomes an earlier version.
        cat.store.replaceRecords(info, List.of(new RecordGraph("lacity", "lacity-1", SCRIPTED,
                TestCatalog.dataset(SCRIPTED, "lacity-1", "Parking fees", 1))));
    }

    @AfterAll
    static void stop() {
        cat.close();
    }

    private static boolean hasTitle(Graph g, String title) {
        return g.contains(NodeFactory.createURI(CHANGED), DCTERMS.title.asNode(), NodeFactory.createLiteralString(title));
    }

    private static String html(HttpResponse<byte[]> r) {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(Representation.HTML.contentType());
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void history_json_lists_versions_in_order_with_runs_hashes_and_links() throws Exception {
        HttpResponse<byte[]> r = cat.get(CHANGED + "/history.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertThat(body.get("dataset").asText()).isEqualTo(CHANGED);
        JsonNode versions = body.get("versions");
        assertThat(versions).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode v = versions.get(i);
            assertThat(v.get("n").asInt()).isEqualTo(i + 1);
            assertThat(v.get("invalidatedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(v.get("links").get("self").asText()).isEqualTo(CHANGED + "/history/" + (i + 1));
            assertThat(v.get("links").get("ttl").asText()).isEqualTo(CHANGED + "/history/" + (i + 1) + ".ttl");
            assertThat(v.get("links").get("html").asText()).isEqualTo(CHANGED + "/history/" + (i + 1) + ".html");
            assertThat(v.get("invalidatedBy").asText()).isEqualTo(i == 0 ? RUN_1 : RUN_2);
        }
        assertThat(versions.get(0).get("contentHash").isNull()).isTrue();
        assertThat(versions.get(1).get("contentHash").asText()).isEqualTo("h-second");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Representation.class, names = {"TURTLE", "JSONLD", "RDFXML", "NTRIPLES"})
    void history_in_rdf_is_the_history_index_by_accept_and_by_suffix(Representation rep) {
        Graph index = cat.store.historyIndex(CHANGED);
        assertThat(index.size()).isEqualTo(9);   // 5 triples for version 2, 4 for version 1 (no hash)
        HttpResponse<byte[]> byAccept = cat.get(CHANGED + "/history", "Accept", rep.mediaType());
        assertThat(byAccept.headers().firstValue("Content-Type")).hasValue(rep.contentType());
        assertThat(byAccept.headers().firstValue("Content-Location")).hasValue(CHANGED + "/history." + rep.suffix());
        assertThat(assertSameInJenaAndRio(byAccept.body(), rep).isIsomorphicWith(index)).isTrue();
        HttpResponse<byte[]> bySuffix = cat.get(CHANGED + "/history." + rep.suffix(), "Accept", HTML);
        assertThat(bySuffix.headers().firstValue("Content-Type")).hasValue(rep.contentType());
        assertThat(assertSameInJenaAndRio(bySuffix.body(), rep).isIsomorphicWith(index)).isTrue();
        // Twin: another dataset's index is not this one.
        assertThat(assertSameInJenaAndRio(cat.get(SCRIPTED + "/history", "Accept", rep.mediaType()).body(), rep)
                .isIsomorphicWith(index)).isFalse();
    }

    @Test
    void history_is_turtle_without_accept_and_html_for_a_browser() {
        HttpResponse<byte[]> plain = cat.get(CHANGED + "/history");
        assertThat(plain.headers().firstValue("Content-Type")).hasValue(Representation.TURTLE.contentType());
        String page = html(cat.get(CHANGED + "/history", "Accept", HTML));
        assertThat(page).contains("<h1>Earlier versions of Third title</h1>")
                .contains("<a href=\"" + CHANGED + "/history/1\">Version 1</a>")
                .contains("<a href=\"" + CHANGED + "/history/2\">Version 2</a>")
                .contains("<a href=\"" + CHANGED + "\">current version</a>")
                .contains(">" + RUN_2 + "</a>").contains("h-second")
                .contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"" + CHANGED + "/history.ttl\">");
        assertThat(html(cat.get(CHANGED + "/history.html"))).isEqualTo(page);
    }

    @Test
    void version_pages_show_the_old_description_and_when_and_by_what_it_was_replaced() {
        String page = html(cat.get(CHANGED + "/history/1", "Accept", HTML));
        assertThat(page).contains("<h1>" + OLD_TITLE + "</h1>").doesNotContain("Third title")
                .contains("Earlier version 1 of 2")
                .contains("harvest.json?run=" + java.net.URLEncoder.encode(RUN_1, StandardCharsets.UTF_8))
                .contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"" + CHANGED + "/history/1.ttl\">");
        assertThat(html(cat.get(CHANGED + "/history/2.html"))).contains("<h1>Second title</h1>");
    }

    @Test
    void harvested_markup_in_an_old_version_is_escaped_on_both_pages() {
        String version = html(cat.get(SCRIPTED + "/history/1", "Accept", HTML));
        assertThat(version).contains("Parking &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;fees&quot;")
                .doesNotContain("<script>alert");
        String list = html(cat.get(SCRIPTED + "/history", "Accept", HTML));
        assertThat(list).contains("an import").contains("Earlier versions of Parking fees");
    }

    @Test
    void a_dataset_without_changes_has_an_empty_history_and_no_link() throws Exception {
        HttpResponse<byte[]> r = cat.get(UNCHANGED + "/history.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(r.body()).get("versions")).isEmpty();
        assertThat(html(cat.get(UNCHANGED + "/history", "Accept", HTML))).contains("None: the description has not changed");
        assertThat(org.civiccatalog.web.RdfCompare.jena(cat.get(UNCHANGED + "/history").body(), Representation.TURTLE).isEmpty()).isTrue();
        String html = new String(cat.get(UNCHANGED, "Accept", HTML).body(), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("Earlier versions");
    }

    @Test
    void version_1_is_turtle_by_default_with_the_old_title() {
        HttpResponse<byte[]> r = cat.get(CHANGED + "/history/1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(Representation.TURTLE.contentType());
        assertThat(r.headers().firstValue("Content-Location")).hasValue(CHANGED + "/history/1.ttl");
        Graph g = assertSameInJenaAndRio(r.body(), Representation.TURTLE);
        assertThat(hasTitle(g, OLD_TITLE)).isTrue();
        assertThat(hasTitle(assertSameInJenaAndRio(cat.get(CHANGED + "/history/2").body(), Representation.TURTLE),
                "Second title")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Representation.class, names = {"TURTLE", "JSONLD", "RDFXML", "NTRIPLES"})
    void versions_negotiate_and_take_suffixes(Representation rep) {
        HttpResponse<byte[]> byAccept = cat.get(CHANGED + "/history/1", "Accept", rep.mediaType());
        assertThat(byAccept.headers().firstValue("Content-Type")).hasValue(rep.contentType());
        assertThat(hasTitle(assertSameInJenaAndRio(byAccept.body(), rep), OLD_TITLE)).isTrue();
        HttpResponse<byte[]> bySuffix = cat.get(CHANGED + "/history/1." + rep.suffix(), "Accept", "text/html");
        assertThat(bySuffix.statusCode()).isEqualTo(200);
        assertThat(bySuffix.headers().firstValue("Content-Type")).hasValue(rep.contentType());
        assertThat(hasTitle(assertSameInJenaAndRio(bySuffix.body(), rep), OLD_TITLE)).isTrue();
    }

    @Test
    void unknown_versions_and_datasets_are_404() {
        for (String path : List.of(CHANGED + "/history/3", CHANGED + "/history/0", CHANGED + "/history/x",
                CHANGED + "/history/1.xyz", CHANGED + "/history.xyz", UNCHANGED + "/history/1",
                UNCHANGED + "/history/1.html", TestCatalog.BASE + "dataset/lacity/nope/history.json",
                TestCatalog.BASE + "dataset/lacity/nope/history", TestCatalog.BASE + "dataset/lacity/nope/history/1",
                TestCatalog.BASE + "dataset/NO_SUCH/x/history"))
            assertThat(cat.get(path).statusCode()).as(path).isEqualTo(404);
    }

    @Test
    void dataset_page_links_earlier_versions_and_shows_only_the_current_title() {
        String html = new String(cat.get(CHANGED, "Accept", HTML).body(), StandardCharsets.UTF_8);
        assertThat(html).contains("<a href=\"" + CHANGED + "/history\">Earlier versions</a> (2)")
                .contains("Third title").doesNotContain(OLD_TITLE);
    }
}
