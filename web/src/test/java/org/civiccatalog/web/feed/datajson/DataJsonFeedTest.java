package org.civiccatalog.web.feed.datajson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.civiccatalog.core.datajson.PodDefaults;
import org.civiccatalog.core.testing.PodSchemaValidator;
import org.civiccatalog.vocab.ADMS;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.web.TestCatalog;
import org.civiccatalog.web.http.BatchedOutput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code /data.json}: valid POD v1.1 (non-federal), the whole catalog, streamed, conditional, gzip-able. */
class DataJsonFeedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CITY = 150, COUNTY = 60;
    @TempDir
    static Path dir;
    static TestCatalog cat;

    @BeforeAll
    static void start() {
        cat = TestCatalog.start(dir, CITY, COUNTY);
    }

    @AfterAll
    static void stop() {
        cat.close();
    }

    @Test
    void data_json_lists_every_dataset_and_validates_against_the_pod_non_federal_schema() throws IOException {
        HttpResponse<byte[]> r = cat.get("data.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        JsonNode doc = JSON.readTree(r.body());
        assertThat(PodSchemaValidator.catalogErrors(doc)).isEmpty();
        assertThat(PodSchemaValidator.remoteRequests()).as("schemas resolved locally").isZero();
        assertThat(doc.get("conformsTo").asText()).isEqualTo("https://project-open-data.cio.gov/v1.1/schema");
        assertThat(doc.get("@id").asText()).isEqualTo(TestCatalog.BASE + "data.json");
        assertThat(doc.get("dataset")).hasSize(CITY + COUNTY);
        List<String> ids = new ArrayList<>();
        doc.get("dataset").forEach(d -> ids.add(d.get("identifier").asText()));
        assertThat(ids).doesNotHaveDuplicates().contains("lacity-1", "county-60");
        JsonNode first = find(doc, "lacity-1");
        assertThat(first.get("title").asText()).isEqualTo(TestCatalog.SCRIPT_TITLE);
        assertThat(first.at("/contactPoint/hasEmail").asText()).isEqualTo("mailto:data1@example.gov");
        assertThat(first.at("/publisher/name").asText()).isEqualTo("Department 1");
        assertThat(first.get("distribution")).hasSize(2);
    }

    @Test
    void a_corrupted_copy_of_the_output_fails_the_same_validator() throws IOException {
        JsonNode doc = JSON.readTree(cat.get("data.json").body());
        ObjectNode contact = (ObjectNode) find(doc, "county-3").get("contactPoint");
        contact.put("hasEmail", contact.get("hasEmail").asText().replaceFirst("^mailto:", ""));
        List<String> errors = PodSchemaValidator.catalogErrors(doc);
        assertThat(errors).isNotEmpty().anyMatch(e -> e.contains("hasEmail"));
        ObjectNode noTitle = (ObjectNode) JSON.readTree(cat.get("data.json").body());
        ((ObjectNode) noTitle.get("dataset").get(0)).remove("title");
        assertThat(PodSchemaValidator.catalogErrors(noTitle)).anyMatch(e -> e.contains("title"));
    }

    @Test
    void data_json_is_streamed_not_sized_up_front() {
        HttpResponse<byte[]> r = cat.get("data.json");
        assertThat(r.body().length).isGreaterThan(100_000);
        assertThat(r.headers().firstValue("Content-Length")).as("a streamed body has no length up front").isEmpty();
    }

    @Test
    void export_reaches_the_network_in_batches_while_records_are_still_being_read() {
        List<Integer> writes = new ArrayList<>();
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream network = new OutputStream() {
            public void write(int b) {
                sink.write(b);
            }

            public void write(byte[] b, int off, int len) {
                writes.add(len);
                sink.write(b, off, len);
            }
        };
        BatchedOutput out = new BatchedOutput(network);
        var export = new org.civiccatalog.core.imports.DataJsonExporter(cat.store, PodDefaults.of("Ops", "ops@example.gov"));
        assertThat(export.exportAll("http://x/data.json", out)).isEqualTo(CITY + COUNTY);
        int beforeFinish = writes.size();
        assertThat(beforeFinish).as("bytes left for the network before the last record was written").isGreaterThan(3);
        assertThat(writes.subList(0, beforeFinish)).allMatch(n -> n <= 32 * 1024);
    }

    @Test
    void data_json_answers_if_none_match_with_304_and_gzips() throws IOException {
        HttpResponse<byte[]> plain = cat.get("data.json");
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        assertThat(cat.get("data.json", "If-None-Match", etag).statusCode()).isEqualTo(304);
        HttpResponse<byte[]> gz = cat.get("data.json", "Accept-Encoding", "gzip");
        assertThat(gz.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gz.body().length).isLessThan(plain.body().length / 3);
        JsonNode doc = JSON.readTree(TestCatalog.gunzip(gz.body()));
        assertThat(PodSchemaValidator.catalogErrors(doc)).isEmpty();
        assertThat(doc.get("dataset")).hasSize(CITY + COUNTY);
        String gzEtag = gz.headers().firstValue("ETag").orElseThrow();
        assertThat(gzEtag).isNotEqualTo(etag);
        assertThat(cat.get("data.json", "Accept-Encoding", "gzip", "If-None-Match", gzEtag).statusCode()).isEqualTo(304);
    }

    @Test
    void withdrawn_records_are_left_out() throws IOException {
        String rec = cat.store.iris().record("county", "county-7");
        Node g = NodeFactory.createURI(rec);
        cat.store.write(ds -> {
            var dsg = ds.asDatasetGraph();
            dsg.delete(new Quad(g, g, ADMS.status.asNode(), CIVIC.active.asNode()));
            dsg.add(new Quad(g, g, ADMS.status.asNode(), CIVIC.withdrawn.asNode()));
        });
        try {
            JsonNode doc = JSON.readTree(cat.get("data.json").body());
            assertThat(doc.get("dataset")).hasSize(CITY + COUNTY - 1);
            assertThat(find(doc, "county-7")).isNull();
        } finally {
            cat.store.write(ds -> {
                var dsg = ds.asDatasetGraph();
                dsg.delete(new Quad(g, g, ADMS.status.asNode(), CIVIC.withdrawn.asNode()));
                dsg.add(new Quad(g, g, ADMS.status.asNode(), CIVIC.active.asNode()));
            });
        }
    }

    private static JsonNode find(JsonNode doc, String identifier) {
        for (JsonNode d : doc.get("dataset")) if (identifier.equals(d.get("identifier").asText())) return d;
        return null;
    }
}
