package org.civiccatalog.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.InputStreamSource;

/**
 * The POD v1.1 non-federal JSON Schemas (GSA, {@code pod-schema-v1.1/gsa-variants/non-federal-v1.1}), draft-04,
 * with every {@code $ref} resolved from local files only: the schema ids under
 * {@code https://project-open-data.cio.gov/v1.1/schema/} map to the non-federal directory first, then to the
 * official v1.1 directory; anything else is refused, and {@link #remoteRequests()} counts attempts (tests assert it
 * stays 0). Errors are given as "location: message".
 */
public final class PodSchemaValidator {
    public static final String ID_BASE = "https://project-open-data.cio.gov/v1.1/schema/";
    private static final Path NON_FEDERAL = Fixtures.fixture("pod-schema-v1.1/gsa-variants/non-federal-v1.1");
    private static final Path OFFICIAL = Fixtures.fixture("pod-schema-v1.1");
    private static final AtomicInteger REMOTE = new AtomicInteger();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            b -> b.schemaLoader(l -> l.fetchRemoteResources(false).resourceLoaders(r -> r.values(list -> {
                list.clear();
                list.add(iri -> local(iri.toString()));
            }))));

    /** The schema of one dataset of a non-federal data.json. */
    public static final Schema DATASET = REGISTRY.getSchema(SchemaLocation.of(ID_BASE + "dataset-non-federal.json"));
    /** The schema of a whole data.json. */
    public static final Schema CATALOG = REGISTRY.getSchema(SchemaLocation.of(ID_BASE + "catalog.json"));

    private PodSchemaValidator() {}

    private static InputStreamSource local(String iri) {
        String s = iri.replaceFirst("#.*$", "");
        if (!s.startsWith(ID_BASE)) {
            REMOTE.incrementAndGet();
            return null;
        }
        String name = s.substring(ID_BASE.length());
        Path p = NON_FEDERAL.resolve(name);
        if (!Files.isRegularFile(p)) p = OFFICIAL.resolve(name);
        if (!Files.isRegularFile(p)) {
            REMOTE.incrementAndGet();
            return null;
        }
        Path file = p;
        return () -> Files.newInputStream(file);
    }

    /** Validation errors of one dataset object. */
    public static List<String> datasetErrors(JsonNode dataset) {
        return messages(DATASET.validate(dataset));
    }

    /** Validation errors of a whole data.json. */
    public static List<String> catalogErrors(JsonNode catalog) {
        return messages(CATALOG.validate(catalog));
    }

    /** How many schema resources were asked for that are not available locally (refused, never fetched). */
    public static int remoteRequests() {
        return REMOTE.get();
    }

    private static List<String> messages(List<Error> errors) {
        List<String> out = new ArrayList<>();
        for (Error e : errors) out.add(e.getInstanceLocation() + ": " + e.getMessage());
        return out;
    }
}
