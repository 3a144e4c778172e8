package org.civiccatalog.harvest.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A record as Socrata's {@code /api/views/<4x4>.json} describes it: columns, category, custom fields (a "Department"
 * the adapter takes for the publisher), update times in epoch seconds, the licence, and a derived view's parent
 * ({@code modifyingViewUid}). The view of a record whose {@code modified} is broken has no update times, as if its
 * table were being re-indexed, so the broken value is not replaced and the record stays broken whether or not views
 * are fetched.
 */
final class SocrataViewJson {
    private SocrataViewJson() {}

    static void write(OutputStream out, DemoRecord r) throws IOException {
        try (JsonGenerator g = PodJson.JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", r.key());
            g.writeStringField("name", r.title());
            g.writeStringField("assetType", "dataset");
            g.writeStringField("attribution", r.publisher());
            g.writeStringField("category", r.theme());
            g.writeNumberField("createdAt", PodJson.epochSeconds(r.issued()));
            g.writeStringField("description", r.description());
            g.writeStringField("displayType", "table");
            g.writeStringField("provenance", "official");
            g.writeStringField("publicationStage", "published");
            if (!r.isBroken(BrokenKind.MODIFIED_NOT_A_DATE)) {
                g.writeNumberField("rowsUpdatedAt", PodJson.epochSeconds(r.modified()));
                g.writeNumberField("viewLastModified", PodJson.epochSeconds(r.modified()) + 3600);
            }
            g.writeStringField("viewType", "tabular");
            if (r.parentKey().isPresent()) g.writeStringField("modifyingViewUid", r.parentKey().get());
            columns(g, r);
            g.writeObjectFieldStart("metadata");
            g.writeObjectFieldStart("custom_fields");
            g.writeObjectFieldStart("Department Metrics");
            g.writeStringField("Department", r.publisher());
            String f = r.frequency().words();
            g.writeStringField("Update Frequency", f.substring(0, 1).toUpperCase(Locale.ROOT) + f.substring(1));
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("license");
            g.writeStringField("name", r.license().contains("pddl") ? "Open Data Commons Public Domain Dedication and License"
                    : "Creative Commons 1.0 Universal (Public Domain Dedication)");
            g.writeStringField("termsLink", r.license());
            g.writeEndObject();
            g.writeArrayFieldStart("tags");
            for (String k : r.keywords()) g.writeString(k);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void columns(JsonGenerator g, DemoRecord r) throws IOException {
        g.writeArrayFieldStart("columns");
        int position = 1;
        for (Agencies.Column c : r.topic().subject().columns()) {   // a standards table's topic carries its real columns
            g.writeStartObject();
            g.writeNumberField("id", 100_000L + r.index() * 16L + position);
            g.writeStringField("name", c.name());
            g.writeStringField("dataTypeName", c.type());
            g.writeStringField("fieldName", c.fieldName());
            g.writeNumberField("position", position);
            g.writeStringField("renderTypeName", c.type());
            g.writeEndObject();
            position++;
        }
        g.writeEndArray();
    }
}
