package org.civiccatalog.web.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.audit.DatasetReport;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.PROV;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dataset page over real HTTP: schema.org JSON-LD that parses as JSON-LD into the expected graph, a hostile
 * title that cannot leave its script element, link health per distribution URL, the quality section with its
 * findings, provenance, declared standards, and alternates in every RDF format.
 */
class DatasetPageTest {
    @TempDir static Path dir;
    static WorkbenchCatalog cat;
    static final Instant CHECKED = Instant.parse("2026-11-21T03:00:00Z");

    @BeforeAll
    static void start() {
        cat = WorkbenchCatalog.start(dir);
        Graph g = GraphFactory.createGraphMem();
        check(g, "https://files.city.gov/street-trees.csv", 200);
        check(g, "https://files.city.gov/service-requests.csv", 404);
        cat.store.appendToLog(cat.store.iris().linkCheckGraph(), g);
    }

    static void check(Graph g, String url, int status) {
        Node c = NodeFactory.createBlankNode();
        g.add(Triple.create(c, RDF.type.asNode(), CIVIC.LinkCheck.asNode()));
        g.add(Triple.create(c, CIVIC.checkedUrl.asNode(), NodeFactory.createURI(url)));
        g.add(Triple.create(c, CIVIC.httpStatus.asNode(), NodeFactory.createLiteralDT(String.valueOf(status), XSDDatatype.XSDinteger)));
        g.add(Triple.create(c, PROV.atTime.asNode(), NodeFactory.createLiteralDT(CHECKED.toString(), XSDDatatype.XSDdateTime)));
    }

    @AfterAll
    static void stop() {
        if (cat != null) cat.close();
    }

    static Document page(String path) {
        var r = cat.get(path + ".html");
        assertThat(r.statusCode()).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    static Graph jsonLd(Document d) {
        Element script = d.selectFirst("script[type=application/ld+json]");
        assertThat(script).isNotNull();
        return RDFParser.create().source(new StringReader(script.data())).lang(Lang.JSONLD).toGraph();
    }

    @Test
    void schema_org_json_ld_parses_into_the_expected_dataset() {
        Graph got = jsonLd(page("dataset/city/street-trees"));
        String ds = WorkbenchCatalog.BASE + "dataset/city/street-trees";
        String expected = """
                @prefix s: <http://schema.org/> .
                <%1$s> a s:Dataset ; s:url <%1$s> ; s:name "Street trees" ; s:description "About street-trees." ;
                    s:identifier "city/street-trees" ; s:license "%2$s" ; s:dateModified "2026-01-01" ;
                    s:sameAs <https://data.city.gov/d/street-trees> ;
                    s:publisher [ a s:Organization ; s:name "Public Works" ] ; s:creator [ a s:Organization ; s:name "Public Works" ] ;
                    s:distribution [ a s:DataDownload ; s:contentUrl <https://files.city.gov/street-trees.csv> ; s:name "CSV" ;
                                     s:encodingFormat "text/csv" ] .
                """.formatted(ds, WorkbenchCatalog.CC0);
        Graph want = RDFParser.create().source(new StringReader(expected)).lang(Lang.TURTLE).toGraph();
        assertThat(got.isIsomorphicWith(want)).as(() -> "got\n" + got).isTrue();
    }

    @Test
    void a_hostile_title_stays_inside_its_script_element() {
        Document d = page("dataset/city/permit-archives");
        assertThat(d.select("script[type=application/ld+json]")).hasSize(1);
        assertThat(d.select("script:not([type=application/ld+json])")).as("no script escaped from the JSON-LD").isEmpty();
        Graph g = jsonLd(d);
        Node name = NodeFactory.createURI("http://schema.org/name");
        assertThat(g.find(NodeFactory.createURI(WorkbenchCatalog.BASE + "dataset/city/permit-archives"), name, Node.ANY).toList()).extracting(t -> t.getObject().getLiteralLexicalForm())
                .containsExactly(WorkbenchCatalog.HOSTILE_TITLE);
        assertThat(d.select("h1").text()).isEqualTo(WorkbenchCatalog.HOSTILE_TITLE);
    }

    @Test
    void the_twin_shows_an_unescaped_title_would_break_out() {
        // What the escaping prevents: the same JSON written raw closes the script element at the title.
        String raw = "<script type=\"application/ld+json\">{\"name\":\"" + WorkbenchCatalog.HOSTILE_TITLE.replace("\"", "\\\"") + "\"}</script>";
        assertThat(Jsoup.parse(raw).select("script:not([type=application/ld+json])")).isNotEmpty();
    }

    @Test
    void distributions_say_their_link_health() {
        assertThat(page("dataset/city/street-trees").select("#distribution-1 .link-health").text())
                .isEqualTo("link answered 200, checked 2026-11-21 03:00:00 UTC");
        assertThat(page("dataset/city/service-requests").select("#distribution-1 .link-health.link-broken").text())
                .isEqualTo("link broken: 404, checked 2026-11-21 03:00:00 UTC");
        assertThat(page("dataset/city/budget-2026").select("#distribution-1 .link-health").text()).isEqualTo("link not checked yet");
    }

    @Test
    void quality_provenance_standards_and_alternates() {
        DatasetReport r = cat.reports.stream().filter(x -> x.datasetIri().endsWith("/city/service-requests")).findFirst().orElseThrow();
        Document d = page("dataset/city/service-requests");
        assertThat(d.select("#quality p").first().text())
                .startsWith(String.format(java.util.Locale.ROOT, "Metadata quality score %.2f of 405 (%s)", r.score(), r.band().label()));
        assertThat(d.select("#quality table#findings tr:has(td)")).as("one row per finding of the audit")
                .hasSize((int) r.findings().stream().filter(f -> f.severity().name().matches("ERROR|WARNING")).count());
        assertThat(d.select("#prov-source").text()).startsWith("Portal of the city (city, datajson, city)");
        assertThat(d.select("#prov-run").text()).isEqualTo("none: imported from a file");
        assertThat(d.select("#prov-history a").attr("href")).isEqualTo(WorkbenchCatalog.BASE + "dataset/city/service-requests/history");
        assertThat(d.select("#standards li").eachAttr("data-standard")).containsExactly(WorkbenchCatalog.OPEN311);
        assertThat(d.select("#standards .verification").text()).isEqualTo("not verified yet");
        assertThat(d.select("#also-published-on + ul li")).hasSize(2);
        assertThat(d.select("link[rel=alternate]").eachAttr("type"))
                .containsExactlyInAnyOrder("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples");
        assertThat(page("dataset/county/requests-from-city").select("#standards li").text()).contains("declared on distribution CSV");
    }
}
