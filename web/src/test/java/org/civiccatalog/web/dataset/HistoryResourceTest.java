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

/** {dataset}/history lists earlier versions as JSON; {dataset}/history/{n} answers one in RDF; 404s otherwise. */
class HistoryResourceTest {
    static final String CHANGED = TestCatalog.BASE + "dataset/lacity/lacity-2";
    static final String UNCHANGED = TestCatalog.BASE + "dataset/lacity/lacity-3";
    static final String OLD_TITLE = "Dataset 2 of lacity";
    static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    @TempDir
    static Path dir;
    static TestCatalog cat;

    @BeforeAll
    static void start() {
        cat = TestCatalog.start(dir, 3, 1);
        SourceInfo info = new SourceInfo("lacity", "Portal lacity", "datajson",
                Optional.of("https://lacity.example.gov/data.json"), Optional.of("Owner of lacity"));
        for (String title : List.of("Second title", "Third title"))
            cat.store.replaceRecords(info, List.of(new RecordGraph("lacity", "lacity-2", CHANGED,
                    TestCatalog.dataset(CHANGED, "lacity-2", title, 2))));
    }

    @AfterAll
    static void stop() {
        cat.close();
    }

    private static boolean hasTitle(Graph g, String title) {
        return g.contains(NodeFactory.createURI(CHANGED), DCTERMS.title.asNode(), NodeFactory.createLiteralString(title));
    }

    @Test
    void history_lists_versions_in_order_with_links() throws Exception {
        HttpResponse<byte[]> r = cat.get(CHANGED + "/history");
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
        }
    }

    @Test
    void a_dataset_without_changes_has_an_empty_history_and_no_link() throws Exception {
        HttpResponse<byte[]> r = cat.get(UNCHANGED + "/history");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(r.body()).get("versions")).isEmpty();
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
                CHANGED + "/history/1.html", CHANGED + "/history/1.xyz", UNCHANGED + "/history/1",
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
