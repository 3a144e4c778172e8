package org.civiccatalog.core.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.testing.RdfComparisons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading documents: syntaxes, syntax choice, BOM, errors with positions, limits. */
class DcatRdfReaderTest {
    static final DcatRdfReader READER = DcatRdfFixturesTest.READER;
    static final String TTL = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            <http://example.org/ds> a dcat:Dataset ; dct:title "A dataset"@en .
            """;

    static RdfInput text(String name, String doc) {
        return RdfInput.bytes(name, doc.getBytes(StandardCharsets.UTF_8));
    }

    static List<ImportedDataset> read(RdfInput in) {
        List<ImportedDataset> got = new ArrayList<>();
        READER.read(in, "src", got::add);
        return got;
    }

    @Test
    void reads_turtle_and_maps_the_dataset_into_catalog_iris() {
        List<ImportedDataset> got = read(text("a.ttl", TTL));
        assertThat(got).singleElement().satisfies(d -> {
            assertThat(d.upstreamId()).isEqualTo("http://example.org/ds");
            assertThat(d.datasetIri()).isEqualTo(DcatRdfFixturesTest.IRIS.dataset("src", "http://example.org/ds"));
            assertThat(d.position()).isEqualTo("dataset[0] <http://example.org/ds>");
        });
    }

    @Test
    void a_leading_utf8_bom_is_accepted_in_every_syntax() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String jsonld = "{\"@id\": \"http://example.org/ds\", \"@type\": \"http://www.w3.org/ns/dcat#Dataset\"}";
        String rdfxml = "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns:dcat=\"http://www.w3.org/ns/dcat#\"><dcat:Dataset rdf:about=\"http://example.org/ds\"/></rdf:RDF>";
        for (String[] c : new String[][] {{"a.ttl", TTL}, {"a.jsonld", jsonld}, {"a.rdf", rdfxml},
                {"a.nt", "<http://example.org/ds> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Dataset> .\n"}}) {
            byte[] body = c[1].getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, 3);
            System.arraycopy(body, 0, all, 3, body.length);
            assertThat(read(RdfInput.bytes(c[0], all))).as(c[0]).hasSize(1);
        }
    }

    @Test
    void trig_and_nquads_graphs_are_merged() {
        String trig = """
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                <http://example.org/g1> { <http://example.org/ds> a dcat:Dataset ; dcat:distribution <http://example.org/d1> . }
                <http://example.org/g2> { <http://example.org/d1> dct:title "CSV" . }
                """;
        List<ImportedDataset> got = read(text("a.trig", trig));
        assertThat(got).singleElement().satisfies(d -> assertThat(RdfComparisons.turtle(d.graph())).contains("\"CSV\""));
        String nq = "<http://example.org/ds> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Dataset> <http://example.org/g1> .\n"
                + "<http://example.org/ds> <http://purl.org/dc/terms/title> \"T\" <http://example.org/g2> .\n";
        assertThat(read(text("a.nq", nq))).singleElement()
                .satisfies(d -> assertThat(d.graph().size()).as("2 triples + owl:sameAs").isEqualTo(3));
    }

    @Test
    void json_ld_1_0_documents_are_read() {
        String doc = """
                {"@context": {"dcat": "http://www.w3.org/ns/dcat#", "title": "http://purl.org/dc/terms/title"},
                 "@graph": [{"@id": "http://example.org/ds", "@type": "dcat:Dataset", "title": "T"}]}""";
        assertThat(read(text("a.jsonld", doc))).hasSize(1);
    }

    @Test
    void syntax_comes_from_lang_then_content_type_then_name_then_content() {
        assertThat(read(text("no-extension", TTL).withLang(Lang.TURTLE))).hasSize(1);
        assertThat(read(text("feed", TTL).withContentType("text/turtle; charset=utf-8"))).hasSize(1);
        assertThat(read(text("feed.ttl", TTL).withContentType("application/octet-stream"))).hasSize(1);
        assertThat(read(text("feed", TTL))).as("sniffed from @prefix").hasSize(1);
        assertThat(read(text("feed.rdf", TTL).withLang(Lang.TURTLE).withContentType("application/rdf+xml")))
                .as("an explicit Lang beats content type and name").hasSize(1);
        assertThat(RdfSyntax.choose(null, "x.rdf", "text/turtle", new byte[0])).contains(Lang.TURTLE);
        assertThat(RdfSyntax.choose(null, "x.xml", null, new byte[0])).contains(Lang.RDFXML);
        assertThat(RdfSyntax.choose(null, "feed", "text/plain", "<http://a> <http://b> <http://c> .".getBytes(StandardCharsets.UTF_8)))
                .contains(Lang.TURTLE);
        assertThat(RdfSyntax.choose(null, "feed", null, " {\"@id\": \"x\"}".getBytes(StandardCharsets.UTF_8))).contains(Lang.JSONLD);
        assertThat(RdfSyntax.choose(null, "feed", null, "<html><body>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(RdfSyntax.choose(null, "https://example.org/catalog.jsonld?page=2", null, new byte[0])).contains(Lang.JSONLD);
    }

    @Test
    void unknown_or_unsupported_syntax_is_a_clear_error() {
        assertThatThrownBy(() -> read(text("data", "this is not RDF")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot tell the RDF syntax");
        assertThatThrownBy(() -> read(text("data", "x").withLang(Lang.RDFTHRIFT)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not accepted");
    }

    @Test
    void empty_documents_and_documents_without_datasets_are_errors() {
        assertThatThrownBy(() -> read(text("empty.ttl", "")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no dcat:Dataset found");
        assertThatThrownBy(() -> read(text("blank.jsonld", " \n\t ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no dcat:Dataset found");
        assertThatThrownBy(() -> read(text("other.ttl", "<http://a> <http://b> <http://c> .")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("other.ttl: no dcat:Dataset found (1 triples parsed as Turtle, none typed dcat:Dataset or"
                        + " dcat:DatasetSeries, or linked by dcat:dataset)");
    }

    @Test
    void parse_errors_carry_input_line_and_column() {
        String bad = "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<http://example.org/ds> a dcat:Dataset ;\n  dct:title \"x\" .\n";
        assertThatThrownBy(() -> read(text("bad.ttl", bad))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.input()).isEqualTo("bad.ttl");
            assertThat(e.line()).contains(3L);
            assertThat(e.column()).isPresent();
            assertThat(e.getMessage()).startsWith("bad.ttl:3:").contains("dct");
        });
        String badXml = "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n<oops>\n</rdf:RDF>\n";
        assertThatThrownBy(() -> read(text("bad.rdf", badXml))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.line()).isPresent());
        String badJson = "{\n  \"@id\": \"http://example.org/ds\",\n  \"@type\": \n}";
        assertThatThrownBy(() -> read(text("bad.jsonld", badJson))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.line()).contains(4L));
    }

    @Test
    void turtle_is_parsed_strictly_as_specified() {
        String noDot = "@prefix : <http://example.org/>\n@prefix dcat: <http://www.w3.org/ns/dcat#> .\n:ds a dcat:Dataset .\n";
        assertThatThrownBy(() -> read(text("nodot.ttl", noDot))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.line()).isPresent());
    }

    @Test
    void documents_over_the_size_limit_are_refused_before_parsing() {
        DcatRdfReader small = READER.maxBytes(64);
        assertThatThrownBy(() -> small.read(text("big.ttl", TTL), "src", d -> {}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("larger than the limit of 64 bytes");
        assertThatThrownBy(() -> READER.maxBytes(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void streams_and_files_are_read(@TempDir Path dir) throws Exception {
        assertThat(read(RdfInput.stream("http://example.org/feed.ttl",
                new ByteArrayInputStream(TTL.getBytes(StandardCharsets.UTF_8))))).hasSize(1);
        Path f = dir.resolve("catalog.ttl");
        Files.writeString(f, TTL);
        List<ImportedDataset> got = new ArrayList<>();
        RdfImportReport r = READER.read(f, null, "src", got::add);
        assertThat(r.syntax()).isEqualTo(Lang.TURTLE);
        assertThat(r.triples()).isEqualTo(2);
        assertThat(got).hasSize(1);
    }

    @Test
    void relative_iris_resolve_against_the_given_base() {
        String doc = "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<ds/1> a dcat:Dataset .\n";
        List<ImportedDataset> got = read(text("rel.ttl", doc).withBase("https://portal.example.org/catalog/"));
        assertThat(got).singleElement().satisfies(d -> assertThat(d.upstreamId()).isEqualTo("https://portal.example.org/catalog/ds/1"));
    }

    @Test
    void a_bad_source_id_is_refused() {
        assertThatThrownBy(() -> READER.read(text("a.ttl", TTL), "Bad Id", d -> {})).isInstanceOf(CatalogException.class);
    }

    @Test
    void parse_returns_the_whole_document() {
        Graph g = READER.parse(text("a.ttl", TTL));
        assertThat(g.size()).isEqualTo(2);
    }
}
