package org.civiccatalog.web.standards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.InputStreamSource;
import org.civiccatalog.core.testing.Fixtures;

/** The official GeoReport v2 JSON Schemas of ../shared/fixtures/open311, loaded locally (never from the network). */
final class Open311Schemas {
    static final String ID_BASE = "https://open311.example/georeport-v2/";
    static final Path SCHEMAS = Fixtures.fixture("open311/georeport-v2-schema");
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            b -> b.schemaLoader(l -> l.fetchRemoteResources(false).resourceLoaders(r -> r.values(list -> {
                list.clear();
                list.add(iri -> local(iri.toString()));
            }))));
    static final Schema REQUESTS = REGISTRY.getSchema(SchemaLocation.of(ID_BASE + "requests.json"));
    static final Schema SERVICES = REGISTRY.getSchema(SchemaLocation.of(ID_BASE + "services.json"));

    private Open311Schemas() {}

    private static InputStreamSource local(String iri) {
        String s = iri.replaceFirst("#.*$", "");
        Path p = s.startsWith(ID_BASE) ? SCHEMAS.resolve(s.substring(ID_BASE.length())) : null;
        if (p == null || !Files.isRegularFile(p)) return null;
        return () -> Files.newInputStream(p);
    }

    static List<String> errors(Schema schema, JsonNode doc) {
        List<String> out = new ArrayList<>();
        schema.validate(doc).forEach(e -> out.add(e.getInstanceLocation() + ": " + e.getMessage()));
        return out;
    }
}
