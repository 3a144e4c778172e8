package org.civiccatalog.harvest.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.value;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.valueOfEach;
import static org.civiccatalog.core.testing.Fixtures.fixture;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.SourceKind;
import org.civiccatalog.harvest.SourceLimits;
import org.civiccatalog.harvest.testing.CollectingSink;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.civiccatalog.vocab.DCTERMS;
import org.junit.jupiter.api.Test;

class DcatRdfHarvesterTest extends PortalAdapterTest {
    static final String TURTLE = "text/turtle";
    static final String PREFIXES = """
            @prefix dcat:  <http://www.w3.org/ns/dcat#> .
            @prefix dct:   <http://purl.org/dc/terms/> .
            @prefix hydra: <http://www.w3.org/ns/hydra/core#> .
            @prefix xsd:   <http://www.w3.org/2001/XMLSchema#> .
            """;

    final CollectingSink sink = new CollectingSink();

    void gather(String pathAndQuery) {
        gather(pathAndQuery, SourceLimits.defaults());
    }

    void gather(String pathAndQuery, SourceLimits limits) {
        HarvestSource src = HarvestSource.of("rdf", SourceKind.DCAT_RDF, portal.url(pathAndQuery)).withLimits(limits);
        new DcatRdfHarvester().gather(src, ctx, sink);
    }

    /** Datasets {@code https://p.example/ds/<id>} titled "Dataset <id>", listed by one catalog. */
    static String datasets(String... ids) {
        StringBuilder sb = new StringBuilder(PREFIXES);
        for (String id : ids) {
            sb.append("<https://p.example/catalog> dcat:dataset <https://p.example/ds/").append(id).append("> .\n");
            sb.append("<https://p.example/ds/").append(id).append("> a dcat:Dataset ; dct:title \"Dataset ")
                    .append(id).append("\" .\n");
        }
        return sb.append("<https://p.example/catalog> a dcat:Catalog .\n").toString();
    }

    /** A page with the current Hydra terms; links are relative, resolved against the page's URL. */
    static String currentPage(int n, Integer next, String... ids) {
        return datasets(ids) + """
                <https://p.example/catalog> a hydra:Collection ; hydra:totalItems 5 ; hydra:view <?page=%d> .
                <?page=%d> a hydra:PartialCollectionView ; hydra:first <?page=1> ; hydra:last <?page=3> %s .
                """.formatted(n, n, next == null ? "" : "; hydra:next <?page=" + next + ">");
    }

    /** A page as ckanext-dcat writes it: a hydra:PagedCollection with the deprecated terms, links as literals. */
    String deprecatedPage(int n, Integer next, String... ids) {
        String url = portal.url("/catalog.xml?page=" + n).toString();
        return datasets(ids) + """
                <%s> a hydra:PagedCollection ; hydra:totalItems "5"^^xsd:integer ; hydra:itemsPerPage "2"^^xsd:integer ;
                  hydra:firstPage "%s" %s .
                """.formatted(url, portal.url("/catalog.xml?page=1"),
                next == null ? "" : "; hydra:nextPage \"" + portal.url("/catalog.xml?page=" + next) + "\"");
    }

    static String rdfXml(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new StringReader(turtle), "http://base.invalid/", Lang.TURTLE);
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, Lang.RDFXML);
        return w.toString();
    }

    @Test
    void w3c_series_example_gives_the_series_and_its_three_releases_with_titles() {
        portal.on("/series.ttl", Reply.file(TURTLE, fixture("dcat-rdf/w3c-dcat3-examples/series-releases.ttl")));
        gather("/series.ttl");

        assertThat(sink.ids()).containsExactlyInAnyOrder("http://dcat.example.org/budget",
                "http://dcat.example.org/budget-2018", "http://dcat.example.org/budget-2019",
                "http://dcat.example.org/budget-2020");
        assertThat(value(sink.dataset("http://dcat.example.org/budget-2019").orElseThrow(), DCTERMS.title))
                .isEqualTo("Budget data for year 2019");
        assertThat(valueOfEach(sink, DCTERMS.title)).containsExactlyInAnyOrder("Budget data", "Budget data for year 2018",
                "Budget data for year 2019", "Budget data for year 2020");
        assertThat(sink.delivered()).allSatisfy(d -> {
            assertThat(d.dataset().datasetIri()).isEqualTo(IRIS.dataset("rdf", d.dataset().upstreamId()));
            assertThat(d.fromUrl()).isEqualTo(portal.url("/series.ttl").toString());
        });
        assertThat(sink.findings()).isEmpty();
        assertThat(portal.lastHeader("/series.ttl", "Accept")).startsWith("text/turtle,");
    }

    @Test
    void datasets_listed_but_not_described_become_findings() {
        // no extension, and the document starts with a comment: only the Content-Type says Turtle
        portal.on("/catalog", Reply.file("text/turtle; charset=utf-8",
                fixture("dcat-rdf/w3c-dcat3-examples/basic-example.ttl")));
        gather("/catalog");

        assertThat(sink.ids()).containsExactly("https://dcat.example.org/dataset-001");
        assertThat(value(sink.datasets().get(0), DCTERMS.title)).isEqualTo("Imaginary dataset");
        assertThat(sink.findings()).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(f.message()).contains("not described in this document");
            assertThat(f.where()).endsWith(" on page 1");
        });
        assertThat(sink.findings()).extracting(Finding::where).anySatisfy(w -> assertThat(w).contains("dataset-002"))
                .anySatisfy(w -> assertThat(w).contains("dataset-003"));
    }

    @Test
    void rdf_xml_is_read() {
        portal.on("/catalog", Reply.file("application/rdf+xml", fixture("dcat-rdf/ckanext-dcat/catalog.rdf")));
        gather("/catalog");

        assertThat(valueOfEach(sink, DCTERMS.title)).containsExactlyInAnyOrder("Example dataset 1", "Example dataset 2");
    }

    @Test
    void json_ld_is_read() {
        portal.on("/catalog", Reply.file("application/ld+json; charset=utf-8",
                fixture("dcat-rdf/ckanext-dcat/catalog_with_at_graph.jsonld")));
        gather("/catalog");

        assertThat(sink.ids()).containsExactly(
                "https://ckan.example.org/dataset/d4ce4e6e-ab89-44cb-bf5c-33a162c234de#dataset");
        assertThat(value(sink.datasets().get(0), DCTERMS.title)).isEqualTo("Title dataset");
    }

    @Test
    void three_pages_linked_by_hydra_next_are_gathered_in_order() {
        portal.on("/catalog.ttl?page=1", Reply.ok(TURTLE, currentPage(1, 2, "1", "2")))
                .on("/catalog.ttl?page=2", Reply.ok(TURTLE, currentPage(2, 3, "3", "4")))
                .on("/catalog.ttl?page=3", Reply.ok(TURTLE, currentPage(3, null, "5")));
        gather("/catalog.ttl?page=1");

        assertThat(portal.requests()).containsExactly("/catalog.ttl?page=1", "/catalog.ttl?page=2",
                "/catalog.ttl?page=3");
        assertThat(valueOfEach(sink, DCTERMS.title)).containsExactly("Dataset 1", "Dataset 2", "Dataset 3", "Dataset 4",
                "Dataset 5");
        assertThat(sink.delivered().get(2).fromUrl()).isEqualTo(portal.url("/catalog.ttl?page=2").toString());
        assertThat(sink.findings()).isEmpty();
    }

    @Test
    void the_deprecated_hydra_next_page_of_a_paged_collection_is_followed_too() {
        portal.on("/catalog.xml?page=1", Reply.ok("application/rdf+xml", rdfXml(deprecatedPage(1, 2, "1", "2"))))
                .on("/catalog.xml?page=2", Reply.ok("application/rdf+xml", rdfXml(deprecatedPage(2, 3, "3", "4"))))
                .on("/catalog.xml?page=3", Reply.ok("application/rdf+xml", rdfXml(deprecatedPage(3, null, "5"))));
        gather("/catalog.xml?page=1");

        assertThat(portal.requests()).containsExactly("/catalog.xml?page=1", "/catalog.xml?page=2",
                "/catalog.xml?page=3");
        assertThat(valueOfEach(sink, DCTERMS.title)).containsExactly("Dataset 1", "Dataset 2", "Dataset 3", "Dataset 4",
                "Dataset 5");
    }

    @Test
    void a_next_link_back_to_a_page_already_read_stops_the_gather() {
        portal.on("/catalog.ttl?page=1", Reply.ok(TURTLE, currentPage(1, 2, "1", "2")))
                .on("/catalog.ttl?page=2", Reply.ok(TURTLE, currentPage(2, 3, "3", "4")))
                .on("/catalog.ttl?page=3", Reply.ok(TURTLE, currentPage(3, 1, "5")));

        assertThatThrownBy(() -> gather("/catalog.ttl?page=1")).isInstanceOf(HarvestException.class)
                .hasMessageContaining("Hydra paging loop").hasMessageContaining("page=1 was already read");
        assertThat(sink.datasets()).hasSize(5);
        assertThat(portal.requests()).hasSize(3);
    }

    @Test
    void more_pages_than_max_pages_fail() {
        portal.on("/catalog.ttl?page=1", Reply.ok(TURTLE, currentPage(1, 2, "1", "2")))
                .on("/catalog.ttl?page=2", Reply.ok(TURTLE, currentPage(2, 3, "3", "4")))
                .on("/catalog.ttl?page=3", Reply.ok(TURTLE, currentPage(3, null, "5")));

        assertThatThrownBy(() -> gather("/catalog.ttl?page=1",
                new SourceLimits(1000, 2, 512L * 1024 * 1024, 1000, 1000, 100_000, 0.2)))
                .isInstanceOf(HarvestException.class).hasMessageContaining("more than 2 pages");
        assertThat(sink.datasets()).hasSize(4);
    }

    @Test
    void a_500_on_page_two_fails_after_page_one_was_delivered() {
        portal.on("/catalog.ttl?page=1", Reply.ok(TURTLE, currentPage(1, 2, "1", "2")))
                .on("/catalog.ttl?page=2", Reply.status(500, Map.of()));

        assertThatThrownBy(() -> gather("/catalog.ttl?page=1")).isInstanceOf(HarvestException.class)
                .hasMessageContaining("HTTP 500").hasMessageContaining(portal.url("/catalog.ttl?page=2").toString());
        assertThat(valueOfEach(sink, DCTERMS.title)).containsExactly("Dataset 1", "Dataset 2");
    }

    @Test
    void an_http_error_on_the_first_page_names_status_and_url() {
        assertThatThrownBy(() -> gather("/missing.ttl")).isInstanceOf(HarvestException.class)
                .hasMessageContaining("HTTP 404").hasMessageContaining(portal.url("/missing.ttl").toString());
    }

    @Test
    void a_dataset_an_earlier_page_gave_is_reported_not_delivered_twice() {
        portal.on("/catalog.ttl?page=1", Reply.ok(TURTLE, currentPage(1, 2, "1", "2")))
                .on("/catalog.ttl?page=2", Reply.ok(TURTLE, currentPage(2, null, "2", "3")));
        gather("/catalog.ttl?page=1");

        assertThat(sink.ids()).containsExactly("https://p.example/ds/1", "https://p.example/ds/2",
                "https://p.example/ds/3");
        assertThat(sink.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(f.where()).contains("<https://p.example/ds/2>").endsWith("on page 2");
            assertThat(f.message()).contains("duplicate dataset 'https://p.example/ds/2'");
        });
    }

    @Test
    void a_later_page_without_datasets_is_a_warning_a_first_page_without_is_an_error() {
        String empty = PREFIXES + "<https://p.example/catalog> a dcat:Catalog ; dct:title \"Empty\" .\n";
        portal.on("/catalog.ttl?page=1", Reply.ok(TURTLE, currentPage(1, 2, "1")))
                .on("/catalog.ttl?page=2", Reply.ok(TURTLE, empty + """
                        <https://p.example/catalog> hydra:view <?page=2> .
                        <?page=2> a hydra:PartialCollectionView ; hydra:next <?page=3> .
                        """))
                .on("/catalog.ttl?page=3", Reply.ok(TURTLE, currentPage(3, null, "3")))
                .on("/empty.ttl", Reply.ok(TURTLE, empty));
        gather("/catalog.ttl?page=1");

        assertThat(sink.ids()).containsExactly("https://p.example/ds/1", "https://p.example/ds/3");
        assertThat(sink.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.where()).isEqualTo("page 2");
            assertThat(f.message()).contains("no dcat:Dataset found");
        });
        assertThatThrownBy(() -> gather("/empty.ttl")).isInstanceOf(HarvestException.class)
                .hasMessageContaining("no dcat:Dataset found");
    }

    @Test
    void a_page_that_is_not_rdf_fails_the_source() {
        portal.on("/catalog.ttl", Reply.ok(TURTLE, PREFIXES + "<https://p.example/ds/1> a dcat:Dataset ; dct:title"));

        assertThatThrownBy(() -> gather("/catalog.ttl")).isInstanceOf(HarvestException.class)
                .hasMessageContaining("cannot be parsed").hasMessageContaining(portal.url("/catalog.ttl").toString());
        assertThat(sink.datasets()).isEmpty();
    }
}
