package org.civiccatalog.web.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiccatalog.web.RdfCompare.assertSameInJenaAndRio;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.civiccatalog.web.TestCatalog;
import org.civiccatalog.web.http.Representation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dataset and distribution IRIs dereference: HTML for browsers, RDF by Accept or suffix, 404 otherwise. */
class DatasetResourceTest {
    static final String SCRIPT_DATASET = TestCatalog.BASE + "dataset/lacity/lacity-1";
    static final String DATASET = TestCatalog.BASE + "dataset/county/county-2";
    @TempDir
    static Path dir;
    static TestCatalog cat;

    @BeforeAll
    static void start() {
        cat = TestCatalog.start(dir, 3, 3);
    }

    @AfterAll
    static void stop() {
        cat.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Representation.class, names = {"TURTLE", "JSONLD", "RDFXML", "NTRIPLES"})
    void dataset_iri_negotiates_its_record_graph(Representation rep) {
        HttpResponse<byte[]> r = cat.get(DATASET, "Accept", rep.mediaType());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(rep.contentType());
        assertIsRecord(assertSameInJenaAndRio(r.body(), rep), DATASET);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Representation.class, names = {"TURTLE", "JSONLD", "RDFXML", "NTRIPLES"})
    void dataset_iri_with_suffix_gives_that_syntax_whatever_accept_says(Representation rep) {
        HttpResponse<byte[]> r = cat.get(DATASET + "." + rep.suffix(), "Accept", "text/html");
        assertThat(r.headers().firstValue("Content-Type")).hasValue(rep.contentType());
        assertIsRecord(assertSameInJenaAndRio(r.body(), rep), DATASET);
    }

    @Test
    void dataset_without_accept_is_turtle() {
        HttpResponse<byte[]> r = cat.get(DATASET);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(Representation.TURTLE.contentType());
    }

    @Test
    void html_page_shows_every_field_escaped_with_alternate_links() {
        HttpResponse<byte[]> r = cat.get(SCRIPT_DATASET,
                "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(html)
                .doesNotContain("<script>").doesNotContain("<b>not bold")
                .contains("<h1>Parking &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;fees&quot;</h1>")
                .contains("<title>Parking &lt;script&gt;")
                .contains("Second line &lt;b&gt;not bold&lt;/b&gt;")
                .contains("Published by <strong>Department 1</strong>")
                .contains("Keywords: keyword-1, transport")
                .contains("Data Team 1").contains("href=\"mailto:data1@example.gov\"")
                .contains("href=\"https://portal.example.gov/d/lacity-1\"")
                .contains("<section id=\"distribution-1\">").contains("<section id=\"distribution-2\">")
                .contains("href=\"https://portal.example.gov/d/lacity-1/rows.csv?n=2&amp;format=csv\"")
                .contains("text/csv").contains("Catalog record").contains("civic:active");
        for (Representation rep : Representation.RDF)
            assertThat(html).contains("<link rel=\"alternate\" type=\"" + rep.mediaType() + "\" href=\""
                    + SCRIPT_DATASET + "." + rep.suffix() + "\">");
    }

    @Test
    void html_suffix_gives_the_page() {
        HttpResponse<byte[]> r = cat.get(DATASET + ".html", "Accept", "text/turtle");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    }

    @Test
    void distribution_iri_gives_rdf_describing_it() {
        String dist = DATASET + "/distribution/2";
        HttpResponse<byte[]> r = cat.get(dist, "Accept", "application/n-triples");
        assertThat(r.statusCode()).isEqualTo(200);
        Graph g = assertSameInJenaAndRio(r.body(), Representation.NTRIPLES);
        assertThat(g.find(org.apache.jena.graph.NodeFactory.createURI(dist), org.apache.jena.graph.Node.ANY,
                org.apache.jena.graph.Node.ANY).toList()).isNotEmpty();
        assertThat(cat.get(dist + ".jsonld").headers().firstValue("Content-Type")).hasValue("application/ld+json");
    }

    @Test
    void distribution_iri_sends_browsers_to_the_dataset_page() {
        HttpResponse<byte[]> r = cat.get(DATASET + "/distribution/1", "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue(DATASET + "#distribution-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dataset/county/nope", "dataset/county/nope.ttl", "dataset/elsewhere/county-2",
            "dataset/Bad%20Source/county-2", "dataset/county/county-2.xyz", "dataset/county/county-2/distribution/9",
            "dataset/county/county-2/distribution/0", "dataset/county/county-2/distribution/1.xyz",
            "dataset/county/county-2/distribution/x"})
    void unknown_datasets_and_distributions_are_404_problem(String path) {
        HttpResponse<byte[]> r = cat.get(path, "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("\"status\":404").contains("in the catalog");
    }

    private static void assertIsRecord(Graph served, String datasetIri) {
        Graph record = cat.store.recordGraphOfDataset(datasetIri).orElseThrow();
        assertThat(served.isIsomorphicWith(record))
                .as(() -> "served\n" + org.civiccatalog.web.RdfCompare.turtle(served) + "\nstored\n"
                        + org.civiccatalog.web.RdfCompare.turtle(record))
                .isTrue();
    }
}
