package org.civiccatalog.web.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiccatalog.web.RdfCompare.assertSameInJenaAndRio;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.HYDRA;
import org.civiccatalog.web.TestCatalog;
import org.civiccatalog.web.http.Representation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /catalog}: the four RDF syntaxes over real HTTP, Hydra paging, parameters and their errors. */
class CatalogFeedTest {
    private static final int DATASETS = 8; // 5 + 3, pages of 3 by default
    @TempDir
    static Path dir;
    static TestCatalog cat;

    @BeforeAll
    static void start() {
        cat = TestCatalog.start(dir, 5, 3);
    }

    @AfterAll
    static void stop() {
        cat.close();
    }

    static final Node CATALOG = NodeFactory.createURI(TestCatalog.BASE + "catalog");

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Representation.class, names = {"TURTLE", "JSONLD", "RDFXML", "NTRIPLES"})
    void whole_catalog_in_one_page_parses_the_same_in_rio_and_jena(Representation rep) {
        HttpResponse<byte[]> r = cat.get("catalog." + rep.suffix() + "?pageSize=50");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(rep.contentType());
        Graph g = assertSameInJenaAndRio(r.body(), rep);
        assertThat(datasets(g)).hasSize(DATASETS);
        for (String iri : datasets(g)) assertRecordIsIn(g, cat.store.recordGraphOfDataset(iri).orElseThrow());
        assertThat(g.contains(CATALOG, RDF.type.asNode(), DCAT.Catalog.asNode())).isTrue();
        assertThat(g.find(CATALOG, DCAT.catalog.asNode(), Node.ANY).toList()).hasSize(2);
        assertThat(g.find(CATALOG, DCTERMS.title.asNode(), Node.ANY).toList()).isNotEmpty();
        assertThat(g.find(CATALOG, DCTERMS.modified.asNode(), Node.ANY).toList()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Representation.class, names = {"TURTLE", "JSONLD", "RDFXML", "NTRIPLES"})
    void one_page_parses_the_same_in_rio_and_jena_and_holds_only_its_datasets(Representation rep) {
        HttpResponse<byte[]> r = cat.get("catalog." + rep.suffix() + "?page=2");
        assertThat(r.statusCode()).isEqualTo(200);
        Graph g = assertSameInJenaAndRio(r.body(), rep);
        assertThat(datasets(g)).containsExactlyElementsOf(cat.store.datasetIris(3, 3));
        Node view = NodeFactory.createURI(TestCatalog.BASE + "catalog." + rep.suffix() + "?page=2");
        assertThat(g.contains(CATALOG, HYDRA.view.asNode(), view)).isTrue();
        assertThat(g.contains(view, RDF.type.asNode(), HYDRA.PartialCollectionView.asNode())).isTrue();
        assertThat(link(g, view, HYDRA.previous)).hasValue(TestCatalog.BASE + "catalog." + rep.suffix() + "?page=1");
        assertThat(link(g, view, HYDRA.next)).hasValue(TestCatalog.BASE + "catalog." + rep.suffix() + "?page=3");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Representation.class, names = {"TURTLE", "JSONLD", "RDFXML", "NTRIPLES"})
    void walking_next_links_visits_every_dataset_exactly_once(Representation rep) {
        List<String> seen = new ArrayList<>();
        String url = TestCatalog.BASE + "catalog." + rep.suffix();
        Set<String> pages = new HashSet<>();
        String first = null, last = null;
        while (url != null) {
            assertThat(pages.add(url)).as("page visited twice: %s", url).isTrue();
            HttpResponse<byte[]> r = cat.get(url);
            assertThat(r.statusCode()).as(url).isEqualTo(200);
            Graph g = assertSameInJenaAndRio(r.body(), rep);
            Node view = g.find(CATALOG, HYDRA.view.asNode(), Node.ANY).next().getObject();
            assertThat(integer(g, CATALOG, HYDRA.totalItems)).isEqualTo(DATASETS);
            assertThat(integer(g, CATALOG, HYDRA.itemsPerPage)).isEqualTo(3);
            first = first == null ? link(g, view, HYDRA.first).orElseThrow() : first;
            assertThat(link(g, view, HYDRA.first)).hasValue(first);
            last = link(g, view, HYDRA.last).orElseThrow();
            seen.addAll(datasets(g));
            url = link(g, view, HYDRA.next).orElse(null);
            if (url == null) assertThat(view.getURI()).as("the page without next is the last").isEqualTo(last);
        }
        assertThat(pages).hasSize(3);
        assertThat(seen).doesNotHaveDuplicates().hasSize(DATASETS)
                .containsExactlyInAnyOrderElementsOf(cat.store.datasetIris(0, 100));
    }

    @Test
    void first_page_has_no_previous_and_last_page_has_no_next() {
        Graph p1 = page("catalog.ttl?page=1");
        Node v1 = NodeFactory.createURI(TestCatalog.BASE + "catalog.ttl?page=1");
        assertThat(link(p1, v1, HYDRA.previous)).isEmpty();
        assertThat(link(p1, v1, HYDRA.next)).isPresent();
        Graph p3 = page("catalog.ttl?page=3");
        Node v3 = NodeFactory.createURI(TestCatalog.BASE + "catalog.ttl?page=3");
        assertThat(link(p3, v3, HYDRA.next)).isEmpty();
        assertThat(link(p3, v3, HYDRA.last)).hasValue(v3.getURI());
        assertThat(datasets(p3)).hasSize(2);
    }

    @Test
    void without_page_parameter_the_first_page_is_served() {
        Graph g = page("catalog.ttl");
        assertThat(g.contains(CATALOG, HYDRA.view.asNode(), NodeFactory.createURI(TestCatalog.BASE + "catalog.ttl?page=1")))
                .isTrue();
        assertThat(datasets(g)).containsExactlyElementsOf(cat.store.datasetIris(0, 3));
    }

    @Test
    void page_size_given_by_the_client_is_carried_in_links_and_capped_to_the_maximum() {
        Graph g = page("catalog.ttl?page=1&pageSize=5000");
        assertThat(integer(g, CATALOG, HYDRA.itemsPerPage)).isEqualTo(50);
        Node view = NodeFactory.createURI(TestCatalog.BASE + "catalog.ttl?page=1&pageSize=50");
        assertThat(link(g, view, HYDRA.last)).hasValue(view.getURI());
        Graph two = page("catalog.ttl?pageSize=2&page=2");
        assertThat(link(two, NodeFactory.createURI(TestCatalog.BASE + "catalog.ttl?page=2&pageSize=2"), HYDRA.next))
                .hasValue(TestCatalog.BASE + "catalog.ttl?page=3&pageSize=2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=4", "page=99999999999"})
    void page_past_the_last_is_404_problem(String query) {
        HttpResponse<byte[]> r = cat.get("catalog?" + query);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(body(r)).contains("\"status\":404").contains("\"title\":\"Not Found\"").contains("3 page(s)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "page=-1", "page=abc", "page=1.5", "page=", "pageSize=0", "pageSize=x",
            "page=1&pageSize=-3", "page=123456789012345678901"})
    void malformed_paging_parameters_are_400_problem(String query) {
        HttpResponse<byte[]> r = cat.get("catalog.ttl?" + query);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(body(r)).contains("\"status\":400").contains("must be a positive integer").doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "text/turtle | text/turtle;charset=utf-8",
            "application/ld+json | application/ld+json",
            "application/rdf+xml | application/rdf+xml;charset=utf-8",
            "application/n-triples | application/n-triples;charset=utf-8",
            "text/html | text/html;charset=utf-8",
            "*/* | text/turtle;charset=utf-8",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html;charset=utf-8",
            "application/rdf+xml;q=0.5, application/ld+json;q=0.9 | application/ld+json",
            "text/*;q=0.9, text/turtle;q=0.1 | text/html;charset=utf-8",
            "application/json | application/ld+json"})
    void catalog_negotiates_its_representation_from_accept(String accept, String contentType) {
        HttpResponse<byte[]> r = cat.get("catalog", "Accept", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(contentType);
        assertThat(r.headers().firstValue("Vary")).hasValue("Accept, Accept-Encoding");
    }

    @Test
    void without_accept_the_catalog_is_turtle() {
        HttpResponse<byte[]> r = cat.get("catalog");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/turtle;charset=utf-8");
        assertSameInJenaAndRio(r.body(), Representation.TURTLE);
    }

    @Test
    void unacceptable_accept_is_406_problem() {
        HttpResponse<byte[]> r = cat.get("catalog", "Accept", "image/png");
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(body(r)).contains("text/turtle");
    }

    @Test
    void suffix_wins_over_accept() {
        HttpResponse<byte[]> r = cat.get("catalog.nt", "Accept", "text/html");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/n-triples;charset=utf-8");
    }

    @Test
    void json_ld_embeds_its_compact_context_and_references_nothing_remote() {
        String json = body(cat.get("catalog.jsonld"));
        assertThat(json).contains("\"@context\"").contains("\"dcat\"").contains("\"dcat:Dataset\"")
                .doesNotContain("\"@context\": \"http").doesNotContain("\"@context\":\"http");
        HttpResponse<byte[]> ctx = cat.get("context/dcat.jsonld");
        assertThat(ctx.statusCode()).isEqualTo(200);
        assertThat(ctx.headers().firstValue("Content-Type")).hasValue("application/ld+json");
        assertThat(body(ctx)).contains("\"dcat\" : \"http://www.w3.org/ns/dcat#\"");
    }

    @Test
    void html_catalog_lists_the_page_with_escaped_titles_and_page_links() {
        String html = body(cat.get("catalog?page=2", "Accept", "text/html"));
        assertThat(html).contains("<ol start=\"4\">").contains("8 datasets").contains("page 2 of 3")
                .contains("href=\"" + TestCatalog.BASE + "catalog?page=3\"")
                .contains("href=\"" + TestCatalog.BASE + "catalog?page=1\"")
                .doesNotContain("<script>").contains("&lt;script&gt;")
                .contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"" + TestCatalog.BASE + "catalog.ttl?page=2\">");
    }

    private static Graph page(String path) {
        HttpResponse<byte[]> r = cat.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return assertSameInJenaAndRio(r.body(), Representation.TURTLE);
    }

    /**
     * Every triple of the record is in the feed: ground triples as they are, and the description of each node
     * (following blank nodes) isomorphic to the record's.
     */
    static void assertRecordIsIn(Graph feed, Graph record) {
        for (Triple t : record.find().toList()) {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) continue;
            assertThat(feed.contains(t)).as("feed holds %s", t).isTrue();
        }
        for (Node s : record.find().mapWith(Triple::getSubject).filterKeep(Node::isURI).toSet()) {
            if (s.getURI().startsWith(TestCatalog.BASE + "source/")) continue; // shared by the source's records
            Graph expected = closure(record, s), actual = closure(feed, s);
            assertThat(actual.isIsomorphicWith(expected)).as(() -> "description of " + s + " in the feed\n"
                    + org.civiccatalog.web.RdfCompare.turtle(actual) + "\nexpected\n"
                    + org.civiccatalog.web.RdfCompare.turtle(expected)).isTrue();
        }
    }

    /** The triples of {@code s}, following blank node objects. */
    static Graph closure(Graph g, Node s) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        List<Node> todo = new ArrayList<>(List.of(s));
        Set<Node> done = new HashSet<>();
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (!done.add(n)) continue;
            for (Triple t : g.find(n, Node.ANY, Node.ANY).toList()) {
                out.add(t);
                if (t.getObject().isBlank()) todo.add(t.getObject());
            }
        }
        return out;
    }

    static List<String> datasets(Graph g) {
        return g.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).toList().stream()
                .map(t -> t.getSubject().getURI()).sorted().toList();
    }

    static Optional<String> link(Graph g, Node s, org.apache.jena.rdf.model.Property p) {
        return g.find(s, p.asNode(), Node.ANY).nextOptional().map(Triple::getObject).map(Node::getURI);
    }

    static long integer(Graph g, Node s, org.apache.jena.rdf.model.Property p) {
        return Long.parseLong(g.find(s, p.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    static String body(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}
