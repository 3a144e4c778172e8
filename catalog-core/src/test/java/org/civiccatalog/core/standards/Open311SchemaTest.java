package org.civiccatalog.core.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.InputStreamSource;
import org.civiccatalog.core.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Our Open311 JSON against the official GeoReport v2 JSON Schemas (open311/schema-validation, vendored in
 * shared/fixtures/open311/georeport-v2-schema), with every $ref resolved from those files only; each valid document
 * has must-fail twins.
 */
class Open311SchemaTest {
    static final String ID_BASE = "https://open311.example/georeport-v2/";
    static final Path SCHEMAS = Fixtures.fixture("open311/georeport-v2-schema");
    static final AtomicInteger REMOTE = new AtomicInteger();
    static final SchemaRegistry SCHEMA_REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            b -> b.schemaLoader(l -> l.fetchRemoteResources(false).resourceLoaders(r -> r.values(list -> {
                list.clear();
                list.add(iri -> local(iri.toString()));
            }))));
    static final Schema REQUESTS = SCHEMA_REGISTRY.getSchema(SchemaLocation.of(ID_BASE + "requests.json"));
    static final Schema SERVICES = SCHEMA_REGISTRY.getSchema(SchemaLocation.of(ID_BASE + "services.json"));
    static final ObjectMapper JSON = new ObjectMapper();

    private static InputStreamSource local(String iri) {
        String s = iri.replaceFirst("#.*$", "");
        Path p = s.startsWith(ID_BASE) ? SCHEMAS.resolve(s.substring(ID_BASE.length())) : null;
        if (p == null || !Files.isRegularFile(p)) {
            REMOTE.incrementAndGet();
            return null;
        }
        return () -> Files.newInputStream(p);
    }

    static List<String> errors(Schema schema, JsonNode doc) {
        List<String> out = new ArrayList<>();
        schema.validate(doc).forEach(e -> out.add(e.getInstanceLocation() + ": " + e.getMessage()));
        return out;
    }

    static JsonNode output(String name) throws Exception {
        Crosswalk cw = CrosswalkTest.MYLA311;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter w = Open311Writer.writer(Open311Writer.Format.JSON, cw.output(name).file(), out)) {
            new CrosswalkRun(cw, CrosswalkTest.MYLA311_INPUT, CrosswalkTest.CLOCK).run(name, w);
        }
        return JSON.readTree(out.toByteArray());
    }

    @Test
    void our_requests_json_is_valid_and_its_twins_are_not() throws Exception {
        JsonNode requests = output("requests");
        assertThat(requests).hasSize(4);
        assertThat(errors(REQUESTS, requests)).isEmpty();

        ArrayNode badStatus = requests.deepCopy();
        ((ObjectNode) badStatus.get(1)).put("status", "pending");
        assertThat(errors(REQUESTS, badStatus)).singleElement().asString().startsWith("/1/status");

        ArrayNode noCode = requests.deepCopy();
        ((ObjectNode) noCode.get(2)).remove("service_code");
        assertThat(errors(REQUESTS, noCode)).singleElement().asString().contains("service_code");

        ArrayNode latText = requests.deepCopy();
        ((ObjectNode) latText.get(0)).put("lat", "34.0505");
        assertThat(errors(REQUESTS, latText)).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("/0/lat"));
    }

    @Test
    void our_services_json_is_valid_and_its_twins_are_not() throws Exception {
        JsonNode services = output("services");
        assertThat(services).hasSize(3);
        assertThat(errors(SERVICES, services)).isEmpty();

        ArrayNode metadataText = services.deepCopy();
        ((ObjectNode) metadataText.get(0)).put("metadata", "false");
        assertThat(errors(SERVICES, metadataText)).singleElement().asString().startsWith("/0/metadata");

        ArrayNode badType = services.deepCopy();
        ((ObjectNode) badType.get(2)).put("type", "readonly");
        assertThat(errors(SERVICES, badType)).singleElement().asString().startsWith("/2/type");
    }

    @Test
    void our_error_body_has_the_spec_shape() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Open311Writer.errors(Open311Writer.Format.JSON, List.of(new Open311Writer.Error(404, "service_code bulky not found")), out);
        JsonNode expected = JSON.readTree("[{\"code\":404,\"description\":\"service_code bulky not found\"}]");
        assertThat(JSON.readTree(out.toByteArray())).isEqualTo(expected);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        Open311Writer.errors(Open311Writer.Format.XML, List.of(new Open311Writer.Error(400, "start_date > end_date & 90 days")), xml);
        assertThat(StandardsTestSupport.xmlItems(new java.io.ByteArrayInputStream(xml.toByteArray())))
                .containsExactly("errors ns=null", "error: code=400 description=start_date > end_date & 90 days");
    }

    @AfterAll
    static void no_schema_was_fetched_from_the_network() {
        assertThat(REMOTE.get()).isZero();
    }
}
