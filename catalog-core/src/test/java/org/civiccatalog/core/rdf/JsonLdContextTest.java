package org.civiccatalog.core.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.testing.Fixtures;
import org.civiccatalog.vocab.DCAT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** JSON-LD contexts come from the classpath or nowhere: never the network, never the file system. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class JsonLdContextTest {
    static final DcatRdfReader READER = DcatRdfFixturesTest.READER;

    static RdfInput json(String name, String doc) {
        return RdfInput.bytes(name, doc.getBytes(StandardCharsets.UTF_8)).withLang(Lang.JSONLD);
    }

    @Test
    void an_unknown_remote_context_fails_at_once_naming_it() {
        // 192.0.2.0/24 is TEST-NET-1: were it ever fetched, the test would hang until the timeout.
        String doc = "{\"@context\": \"http://192.0.2.1/context.jsonld\", \"@id\": \"http://example.org/ds\","
                + " \"@type\": \"http://www.w3.org/ns/dcat#Dataset\"}";
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> READER.read(json("remote.jsonld", doc), "s", d -> {}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("http://192.0.2.1/context.jsonld")
                .hasMessageContaining("not bundled");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(5_000);
    }

    @Test
    void an_import_of_a_remote_context_is_refused_too() {
        String doc = "{\"@context\": {\"@version\": 1.1, \"@import\": \"https://192.0.2.1/base.jsonld\"},"
                + " \"@id\": \"http://example.org/ds\", \"@type\": \"http://www.w3.org/ns/dcat#Dataset\"}";
        assertThatThrownBy(() -> READER.parse(json("import.jsonld", doc)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("https://192.0.2.1/base.jsonld");
    }

    @Test
    void a_relative_context_next_to_the_file_is_not_read_from_disk(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("context.jsonld"), "{\"@context\": {\"Dataset\": \"http://www.w3.org/ns/dcat#Dataset\"}}");
        Path doc = dir.resolve("doc.jsonld");
        Files.writeString(doc, "{\"@context\": \"context.jsonld\", \"@id\": \"http://example.org/ds\", \"@type\": \"Dataset\"}");
        assertThatThrownBy(() -> READER.read(RdfInput.file(doc), "s", d -> {}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not bundled");
    }

    @Test
    void the_pod_context_is_served_from_the_classpath() {
        String doc = "{\"@context\": \"https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld\","
                + " \"@id\": \"http://example.org/catalog\", \"@type\": \"dcat:Catalog\","
                + " \"dataset\": [{\"@id\": \"http://example.org/ds1\", \"@type\": \"dcat:Dataset\", \"title\": \"One\"}]}";
        List<ImportedDataset> got = new ArrayList<>();
        RdfImportReport r = READER.read(json("pod.jsonld", doc), "s", got::add);
        assertThat(r.imported()).isEqualTo(1);
        assertThat(got.get(0).upstreamId()).isEqualTo("http://example.org/ds1");
        assertThat(r.catalogs()).singleElement().satisfies(c -> assertThat(c.datasets()).isEqualTo(1));
    }

    @Test
    void dcat_ap_examples_read_with_their_bundled_context() {
        Graph g = READER.parse(RdfInput.file(Fixtures.fixture("dcat-rdf/dcat-ap-3.0.1/examples/example-bee-population.jsonld")));
        assertThat(g.contains(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode())).isTrue();
    }

    /** contexts/README.md says the bundled files are verbatim copies: hold it to that. */
    @Test
    void bundled_contexts_are_verbatim_copies_of_their_sources() throws Exception {
        Map<String, String> sources = Map.of(
                "pod-v1.1-catalog.jsonld", "pod-schema-v1.1/catalog.jsonld",
                "dcat-ap-3.0.1.jsonld", "dcat-rdf/dcat-ap-3.0.1/context/dcat-ap.jsonld",
                "dcat-ap-3.0.1-examples.jsonld", "dcat-rdf/dcat-ap-3.0.1/examples/context.jsonld");
        for (var e : sources.entrySet()) {
            try (InputStream in = getClass().getResourceAsStream("/org/civiccatalog/core/rdf/contexts/" + e.getKey())) {
                assertThat(in).as(e.getKey()).isNotNull();
                assertThat(in.readAllBytes()).as(e.getKey()).isEqualTo(Files.readAllBytes(Fixtures.fixture(e.getValue())));
            }
        }
        assertThat(OfflineContextLoader.bundled().urls()).contains(
                "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
                "https://semiceu.github.io/DCAT-AP/releases/3.0.1/context/dcat-ap.jsonld",
                "https://semiceu.github.io/uri.semic.eu-generated/DCAT-AP/releases/3.0.0/html/examples/context.jsonld");
    }

    @Test
    void every_listed_context_loads_and_parses() throws Exception {
        for (String url : OfflineContextLoader.bundled().urls())
            assertThat(OfflineContextLoader.bundled().loadDocument(java.net.URI.create(url), null).getJsonContent())
                    .as(url).isPresent();
    }
}
