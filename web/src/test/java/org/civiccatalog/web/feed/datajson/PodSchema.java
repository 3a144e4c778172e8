package org.civiccatalog.web.feed.datajson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.civiccatalog.core.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.InputStreamSource;

/**
 * The POD v1.1 NON-FEDERAL catalog schema (GSA variant, draft-04), with every {@code $ref} resolved from the local
 * fixtures: ids under {@code https://project-open-data.cio.gov/v1.1/schema/} map to the non-federal directory,
 * then the official one. Anything else is refused and counted ({@link #remoteRequests()} must stay 0).
 */
final class PodSchema {
    static final String ID_BASE = "https://project-open-data.cio.gov/v1.1/schema/";
    private static final Path NON_FEDERAL = Fixtures.fixture("pod-schema-v1.1/gsa-variants/non-federal-v1.1");
    private static final Path OFFICIAL = Fixtures.fixture("pod-schema-v1.1");
    private static final AtomicInteger REMOTE = new AtomicInteger();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            b -> b.schemaLoader(l -> l.fetchRemoteResources(false).resourceLoaders(r -> r.values(list -> {
                list.clear();
                list.add(iri -> local(iri.toString()));
            }))));

    static final Schema CATALOG = REGISTRY.getSchema(SchemaLocation.of(ID_BASE + "catalog.json"));

    private PodSchema() {}

    private static InputStreamSource local(String iri) {
        String s = iri.replaceFirst("#.*$", "");
        Path p = null;
        if (s.startsWith(ID_BASE)) {
            String name = s.substring(ID_BASE.length());
            p = Files.isRegularFile(NON_FEDERAL.resolve(name)) ? NON_FEDERAL.resolve(name) : OFFICIAL.resolve(name);
        }
        if (p == null || !Files.isRegularFile(p)) {
            REMOTE.incrementAndGet();
            return null;
        }
        Path file = p;
        return () -> Files.newInputStream(file);
    }

    /** Validation errors of a whole data.json, as "location: message". */
    static List<String> errors(JsonNode catalog) {
        List<String> out = new ArrayList<>();
        for (Error e : CATALOG.validate(catalog)) out.add(e.getInstanceLocation() + ": " + e.getMessage());
        return out;
    }

    static int remoteRequests() {
        return REMOTE.get();
    }
}
