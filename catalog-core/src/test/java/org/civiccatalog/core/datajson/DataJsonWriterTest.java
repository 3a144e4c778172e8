package org.civiccatalog.core.datajson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.apache.jena.graph.Graph;
import org.civiccatalog.core.testing.PodSchemaValidator;
import org.junit.jupiter.api.Test;

class DataJsonWriterTest {

    /** Counts flushes and remembers whether it was closed. */
    static final class Probe extends ByteArrayOutputStream {
        final List<Integer> sizeAtFlush = new ArrayList<>();
        boolean closed;

        @Override
        public void flush() {
            sizeAtFlush.add(size());
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void default_header_datasets_and_end_form_a_valid_pod_catalog() throws IOException {
        Probe out = new Probe();
        try (DataJsonWriter w = DataJsonWriter.open(out, CatalogFields.podV11("https://catalog.example.gov/data.json"))) {
            w.write(DcatOnlyToPodTest.minimal());
            w.write(DcatOnlyToPodTest.minimal().put("identifier", "j"));
            assertThat(w.count()).isEqualTo(2);
        }
        JsonNode doc = Json.MAPPER.readTree(out.toByteArray());
        assertThat(doc.fieldNames()).toIterable()
                .containsExactly("@context", "@id", "@type", "conformsTo", "describedBy", "dataset");
        assertThat(doc.get("@context").asText()).isEqualTo("https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld");
        assertThat(doc.get("@id").asText()).isEqualTo("https://catalog.example.gov/data.json");
        assertThat(doc.get("@type").asText()).isEqualTo("dcat:Catalog");
        assertThat(doc.get("conformsTo").asText()).isEqualTo("https://project-open-data.cio.gov/v1.1/schema");
        assertThat(doc.get("describedBy").asText()).isEqualTo("https://project-open-data.cio.gov/v1.1/schema/catalog.json");
        assertThat(doc.get("dataset")).hasSize(2);
        assertThat(PodSchemaValidator.catalogErrors(doc)).isEmpty();
        assertThat(out.closed).as("the caller's stream is not closed").isFalse();
    }

    @Test
    void each_dataset_is_flushed_as_it_is_written() throws IOException {
        Probe out = new Probe();
        DataJsonWriter w = DataJsonWriter.open(out);
        int afterHeader = out.size();
        assertThat(afterHeader).as("header flushed at once").isPositive();
        w.write(DcatOnlyToPodTest.minimal());
        int afterOne = out.size();
        assertThat(afterOne).isGreaterThan(afterHeader);
        assertThat(out.sizeAtFlush).contains(afterHeader, afterOne);
        w.close();
        w.close();
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).endsWith("]}");
        assertThatThrownBy(() -> w.write(DcatOnlyToPodTest.minimal())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_empty_catalog_is_still_valid() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataJsonWriter.open(out).close();
        JsonNode doc = Json.MAPPER.readTree(out.toByteArray());
        assertThat(doc.get("dataset")).isEmpty();
        assertThat(PodSchemaValidator.catalogErrors(doc)).isEmpty();
    }

    @Test
    void catalog_fields_survive_a_graph_and_come_back_in_pod_order() throws IOException {
        CatalogFields read = new CatalogFields(Map.of(
                "describedBy", TextNode.valueOf("https://project-open-data.cio.gov/v1.1/schema/catalog.json"),
                "x-note", Json.MAPPER.readTree("{\"n\": 1.50}"),
                "conformsTo", TextNode.valueOf("https://project-open-data.cio.gov/v1.1/schema"),
                "@id", TextNode.valueOf("http://www.example.gov/data.json")));
        Graph g = PodCatalogFields.toGraph("http://test.example/source/src", read);
        assertThat(g.size()).isEqualTo(4);
        CatalogFields back = PodCatalogFields.fromGraph(g, "http://test.example/source/src");
        assertThat(back.members()).isEqualTo(read.members());
        assertThat(back.members().keySet()).containsExactly("@id", "conformsTo", "describedBy", "x-note");
        assertThat(PodCatalogFields.fromGraph(g, "http://test.example/source/other").members()).isEmpty();
    }

    @Test
    void required_defaults_fix_a_header_the_schema_would_reject() throws IOException {
        CatalogFields rossi = new CatalogFields(Map.of("@type", TextNode.valueOf("dcat:Catalog")));
        CatalogFields fixed = rossi.withRequiredDefaults();
        assertThat(fixed.members().keySet()).containsExactly("@context", "@type", "conformsTo");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataJsonWriter.open(out, fixed).close();
        assertThat(PodSchemaValidator.catalogErrors(Json.MAPPER.readTree(out.toByteArray()))).isEmpty();
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        DataJsonWriter.open(bad, rossi).close();
        assertThat(PodSchemaValidator.catalogErrors(Json.MAPPER.readTree(bad.toByteArray())))
                .as("must-fail twin: without the defaults the header is invalid").isNotEmpty();
        assertThatThrownBy(() -> new CatalogFields(Map.of("dataset", TextNode.valueOf("x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
