package org.civiccatalog.web.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiccatalog.web.RdfCompare.assertSameInJenaAndRio;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.civiccatalog.core.identity.CrossPortalIdentity;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.HYDRA;
import org.civiccatalog.web.TestCatalog;
import org.civiccatalog.web.http.Representation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A dataset re-published on a second portal is listed once, from its origin, in /data.json and in every page of
 * /catalog over real HTTP; the copy still dereferences.
 */
class CopiesListedOnceTest {
    @TempDir Path dir;
    TestCatalog cat;
    String copyIri;
    String originIri;

    @BeforeEach
    void start() {
        cat = TestCatalog.start(dir, 5, 3);
        cat.store.putSource(new SourceInfo("lacity", "Portal lacity", "datajson", Optional.empty(), Optional.empty(),
                Optional.of("city")));
        originIri = cat.store.iris().dataset("lacity", "lacity-2");
        // The state portal re-publishes lacity-2: TestCatalog.dataset gives it lacity-2's landing page and files.
        copyIri = cat.store.iris().dataset("state", "state-copy");
        Graph copy = TestCatalog.dataset(originIri, "lacity-2", "Dataset 2 of lacity, as the state lists it", 2);
        Graph renamed = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        Node from = NodeFactory.createURI(originIri), to = NodeFactory.createURI(copyIri);
        copy.find().forEachRemaining(t -> renamed.add(org.apache.jena.graph.Triple.create(
                rename(t.getSubject(), from, to), t.getPredicate(), rename(t.getObject(), from, to))));
        cat.store.replaceRecords(new SourceInfo("state", "State portal", "ckan", Optional.empty(), Optional.empty(),
                Optional.of("state")), List.of(new RecordGraph("state", "state-copy", copyIri, renamed)));
    }

    private static Node rename(Node n, Node from, Node to) {
        if (n.equals(from)) return to;
        if (n.isURI() && n.getURI().startsWith(from.getURI() + "/"))
            return NodeFactory.createURI(to.getURI() + n.getURI().substring(from.getURI().length()));
        return n;
    }

    @AfterEach
    void stop() {
        cat.close();
    }

    private List<String> dataJsonIdentifiers() throws Exception {
        HttpResponse<byte[]> r = cat.get("data.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode feed = new ObjectMapper().readTree(r.body());
        List<String> ids = new ArrayList<>();
        feed.path("dataset").forEach(d -> ids.add(d.path("identifier").asText()));
        return ids;
    }

    private Graph catalogPage() {
        HttpResponse<byte[]> r = cat.get("catalog.ttl?pageSize=50");
        assertThat(r.statusCode()).isEqualTo(200);
        return assertSameInJenaAndRio(r.body(), Representation.TURTLE);
    }

    @Test
    void before_detection_the_copy_is_listed_twice_and_after_it_once() throws Exception {
        assertThat(dataJsonIdentifiers()).hasSize(9).filteredOn("lacity-2"::equals).hasSize(2);
        assertThat(CatalogFeedTest.datasets(catalogPage())).hasSize(9).contains(copyIri);

        assertThat(CrossPortalIdentity.refresh(cat.store).copies()).isEqualTo(1);

        assertThat(dataJsonIdentifiers()).hasSize(8).filteredOn("lacity-2"::equals).hasSize(1);
        Graph page = catalogPage();
        assertThat(CatalogFeedTest.datasets(page)).hasSize(8).contains(originIri).doesNotContain(copyIri);
        assertThat(CatalogFeedTest.integer(page, NodeFactory.createURI(TestCatalog.BASE + "catalog"), HYDRA.totalItems))
                .isEqualTo(8);
        assertThat(page.contains(NodeFactory.createURI(copyIri), Node.ANY, Node.ANY)).isFalse();

        HttpResponse<byte[]> copy = cat.get(copyIri, "Accept", "text/turtle");
        assertThat(copy.statusCode()).as("the copy is kept and dereferences").isEqualTo(200);
        assertThat(assertSameInJenaAndRio(copy.body(), Representation.TURTLE)
                .contains(NodeFactory.createURI(copyIri), org.apache.jena.vocabulary.RDF.type.asNode(), DCAT.Dataset.asNode()))
                .isTrue();
    }

    @Test
    void the_harvest_report_counts_the_copies_per_pair_of_portals() throws Exception {
        JsonNode before = new ObjectMapper().readTree(cat.get("harvest.json").body());
        assertThat(before.path("overlaps")).isEmpty();
        CrossPortalIdentity.refresh(cat.store);
        JsonNode after = new ObjectMapper().readTree(cat.get("harvest.json").body());
        assertThat(after.path("overlaps")).hasSize(1);
        JsonNode o = after.path("overlaps").get(0);
        assertThat(o.path("copySource").asText()).isEqualTo("state");
        assertThat(o.path("originSource").asText()).isEqualTo("lacity");
        assertThat(o.path("copies").asInt()).isEqualTo(1);
        assertThat(o.path("matchedBy").path("sameIdentifier").asInt()).isEqualTo(1);
        String html = new String(cat.get("harvest").body(), java.nio.charset.StandardCharsets.UTF_8);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        var rows = doc.select("section:has(h2:contains(more than one portal)) tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).select("td").eachText()).containsExactly("state", "lacity", "1", "same identifier 1");
    }

    @Test
    void the_copy_page_points_to_its_origin_and_the_origin_page_lists_the_copy() {
        org.jsoup.nodes.Document copyBefore = page(copyIri);
        assertThat(copyBefore.select("#copy-of")).isEmpty();
        CrossPortalIdentity.refresh(cat.store);

        org.jsoup.nodes.Document copy = page(copyIri);
        var notice = copy.select("#copy-of");
        assertThat(notice).hasSize(1);
        assertThat(notice.select("a").eachAttr("href")).containsExactly(originIri, originIri);
        assertThat(notice.text()).contains("portal lacity", "has the same identifier as", "lacity-2");
        assertThat(copy.select("#also-published-on")).isEmpty();

        org.jsoup.nodes.Document origin = page(originIri);
        assertThat(origin.select("#copy-of")).isEmpty();
        var also = origin.select("#also-published-on + ul li");
        assertThat(also).hasSize(1);
        assertThat(also.select("a").attr("href")).isEqualTo(copyIri);
        assertThat(also.text()).startsWith("portal state (same identifier: lacity-2)");

        Graph rdf = assertSameInJenaAndRio(cat.get(copyIri, "Accept", "text/turtle").body(), Representation.TURTLE);
        assertThat(rdf.contains(NodeFactory.createURI(copyIri), org.civiccatalog.vocab.CIVIC.copyOf.asNode(),
                NodeFactory.createURI(originIri))).isTrue();
        Graph originRdf = assertSameInJenaAndRio(cat.get(originIri, "Accept", "text/turtle").body(), Representation.TURTLE);
        assertThat(originRdf.contains(NodeFactory.createURI(copyIri), org.civiccatalog.vocab.CIVIC.copyOf.asNode(),
                NodeFactory.createURI(originIri))).isTrue();
    }

    private org.jsoup.nodes.Document page(String iri) {
        HttpResponse<byte[]> r = cat.get(iri, "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        return org.jsoup.Jsoup.parse(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
