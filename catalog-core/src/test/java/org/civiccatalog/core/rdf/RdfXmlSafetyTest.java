package org.civiccatalog.core.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.lang.rdfxml.RRX;
import org.apache.jena.riot.lang.rdfxml.rrx.ReaderRDFXML_SAX;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.testing.RdfComparisons;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * XXE and entity expansion. Jena 5.6 reads RDF/XML with RRX-SAX by default (not the StAX variants), on a JDK
 * SAX parser with external DTDs and external entities switched off. The importer adds {@link XmlDoctypeGuard}
 * in front. These tests pin both layers: the secret never reaches a graph, and hostile documents fail.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RdfXmlSafetyTest {
    static final String SECRET = "TOP-SECRET-7f3a9c";
    static final String RDF_OPEN = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
            + " xmlns:dcat=\"http://www.w3.org/ns/dcat#\" xmlns:dct=\"http://purl.org/dc/terms/\">\n";

    @TempDir
    Path dir;
    Path secretFile;

    @BeforeEach
    void writeSecret() throws Exception {
        secretFile = dir.resolve("secret.txt");
        Files.writeString(secretFile, SECRET);
    }

    String externalEntityDoc() {
        return "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rdf:RDF [\n  <!ENTITY secret SYSTEM \"" + secretFile.toUri() + "\">\n]>\n"
                + RDF_OPEN
                + "  <dcat:Dataset rdf:about=\"http://example.org/ds\"><dct:title>x&secret;x</dct:title></dcat:Dataset>\n"
                + "</rdf:RDF>\n";
    }

    static String billionLaughs() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n  <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 10; i++)
            sb.append("  <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        return sb.append("]>\n").append(RDF_OPEN)
                .append("  <dcat:Dataset rdf:about=\"http://example.org/ds\"><dct:title>&lol10;</dct:title></dcat:Dataset>\n")
                .append("</rdf:RDF>\n").toString();
    }

    static RdfInput xml(String name, String doc) {
        return RdfInput.bytes(name, doc.getBytes(StandardCharsets.UTF_8)).withLang(Lang.RDFXML);
    }

    @Test
    void importer_refuses_an_external_entity_and_never_reads_the_file() {
        List<ImportedDataset> got = new ArrayList<>();
        Throwable t = catchThrowable(() -> DcatRdfFixturesTest.READER.read(xml("xxe.rdf", externalEntityDoc()), "s", got::add));
        assertThat(t).isInstanceOf(InvalidInputException.class).hasMessageContaining("external entity");
        assertThat(((InvalidInputException) t).line()).contains(3L);
        assertThat(got).isEmpty();
        assertThat(fullText(t)).doesNotContain(SECRET);
    }

    @Test
    void importer_refuses_billion_laughs() {
        assertThatThrownBy(() -> DcatRdfFixturesTest.READER.read(xml("lol.rdf", billionLaughs()), "s", d -> {}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nested entity expansion");
    }

    @Test
    void importer_refuses_an_external_dtd_and_parameter_entities() {
        String extDtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF SYSTEM \"http://192.0.2.1/evil.dtd\">\n" + RDF_OPEN + "</rdf:RDF>";
        assertThatThrownBy(() -> DcatRdfFixturesTest.READER.parse(xml("dtd.rdf", extDtd)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("external DTD");
        String pe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY % p \"x\"> ]>\n" + RDF_OPEN + "</rdf:RDF>";
        assertThatThrownBy(() -> DcatRdfFixturesTest.READER.parse(xml("pe.rdf", pe)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("parameter entit");
    }

    @Test
    void internal_entities_used_as_namespace_abbreviations_are_accepted() {
        String doc = "\uFEFF<?xml version=\"1.0\"?>\n<!-- a comment -->\n<!DOCTYPE rdf:RDF [\n"
                + "  <!ENTITY dcat \"http://www.w3.org/ns/dcat#\" >\n  <!ENTITY note 'has the word SYSTEM inside' >\n]>\n"
                + RDF_OPEN + "  <rdf:Description rdf:about=\"http://example.org/ds\">"
                + "<rdf:type rdf:resource=\"&dcat;Dataset\"/><dct:description>&note;</dct:description></rdf:Description>\n</rdf:RDF>";
        List<ImportedDataset> got = new ArrayList<>();
        RdfImportReport r = DcatRdfFixturesTest.READER.read(xml("ok.rdf", doc), "s", got::add);
        assertThat(r.imported()).isEqualTo(1);
        assertThat(RdfComparisons.turtle(got.get(0).graph())).contains("has the word SYSTEM inside");
    }

    /** Jena's default RDF/XML reader is RRX-SAX, whatever the brief said about StAX. */
    @Test
    void jena_default_rdfxml_reader_is_rrx_sax() {
        assertThat(RDFParserRegistry.getFactory(Lang.RDFXML)).isSameAs(ReaderRDFXML_SAX.factory);
    }

    static List<Lang> jenaRdfXmlParsers() {
        return List.of(Lang.RDFXML, RRX.RDFXML_StAX_sr, RRX.RDFXML_StAX_ev);
    }

    /** Below our guard: each of Jena's RDF/XML parsers leaves external entities unresolved. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jenaRdfXmlParsers")
    void jena_rdfxml_parsers_do_not_resolve_external_entities(Lang lang) {
        Graph g = GraphFactory.createGraphMem();
        Throwable t = catchThrowable(() -> RDFParser.fromString(externalEntityDoc(), lang)
                .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(g));
        assertThat(RdfComparisons.turtle(g)).doesNotContain(SECRET);
        if (t != null) assertThat(fullText(t)).doesNotContain(SECRET);
    }

    /** Below our guard: the JDK's entity expansion limit stops billion laughs in each of Jena's parsers. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jenaRdfXmlParsers")
    void jena_rdfxml_parsers_stop_billion_laughs(Lang lang) {
        Graph g = GraphFactory.createGraphMem();
        Throwable t = catchThrowable(() -> RDFParser.fromString(billionLaughs(), lang)
                .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(g));
        assertThat(t).as("parse stopped").isNotNull();
        assertThat(fullText(t)).containsIgnoringCase("entit");
        assertThat(g.find(null, org.civiccatalog.vocab.DCTERMS.title.asNode(), null).toList())
                .as("the expanded title never reaches the graph").isEmpty();
    }

    static String fullText(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable x = t; x != null && sb.length() < 100_000; x = x.getCause() == x ? null : x.getCause())
            sb.append(x).append('\n');
        return sb.toString();
    }
}
