package org.civiccatalog.harvest.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * CKAN's {@code package_search} answer, {@code {help, success, result: {count, sort, results[]}}}, with package dicts
 * as CKAN 2.9+ writes them: organization, groups, tags, extras (frequency, temporal, a GeoJSON {@code spatial} as
 * ckanext-spatial keeps it), resources with and without mimetype. Broken records are written broken: no id and no
 * name, another package's id, a tag named by a number, an epoch number as {@code metadata_modified}.
 */
final class CkanJson {
    private static final DateTimeFormatter CKAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
    /** CKAN licence id -> title and URL, as {@code license_list} gives them. */
    private static final Map<String, String[]> LICENSES = Map.of(
            "cc-by", new String[] {"Creative Commons Attribution", "http://www.opendefinition.org/licenses/cc-by"},
            "cc-zero", new String[] {"Creative Commons CCZero", "http://www.opendefinition.org/licenses/cc-zero"},
            "odc-odbl", new String[] {"Open Data Commons Open Database License (ODbL)",
                    "http://www.opendefinition.org/licenses/odc-odbl"});

    private CkanJson() {}

    /** Packages {@code start} .. {@code start + rows - 1} (fewer at the end) of {@code count}. */
    static void search(OutputStream out, RecordFactory records, int start, int rows) throws IOException {
        DemoPortal p = DemoPortal.STATE_CKAN;
        int count = records.layout().size(p);
        try (JsonGenerator g = PodJson.JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("help", p.publicBase() + "/api/3/action/help_show?name=package_search");
            g.writeBooleanField("success", true);
            g.writeObjectFieldStart("result");
            g.writeNumberField("count", count);
            g.writeStringField("sort", "id asc");
            g.writeObjectFieldStart("facets");
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (int i = start; i < Math.min(count, start + rows); i++) pkg(g, records.record(p, i));
            g.writeEndArray();
            g.writeObjectFieldStart("search_facets");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    static void pkg(JsonGenerator g, DemoRecord r) throws IOException {
        boolean missing = r.isBroken(BrokenKind.MISSING_IDENTIFIER);
        g.writeStartObject();
        g.writeNullField("author");
        g.writeNullField("author_email");
        g.writeStringField("creator_user_id", uuid("user:opendata-admin"));
        if (!missing) g.writeStringField("id", r.identifier().orElseThrow());
        g.writeBooleanField("isopen", true);
        String[] license = LICENSES.getOrDefault(r.license(), LICENSES.get("cc-by"));
        g.writeStringField("license_id", LICENSES.containsKey(r.license()) ? r.license() : "cc-by");
        g.writeStringField("license_title", license[0]);
        g.writeStringField("license_url", license[1]);
        g.writeStringField("maintainer", r.contact().name());
        g.writeStringField("maintainer_email", r.contact().email());
        g.writeStringField("metadata_created", CKAN_TIME.format(r.issued()));
        if (r.isBroken(BrokenKind.MODIFIED_NOT_A_DATE)) g.writeNumberField("metadata_modified", PodJson.epochMillis(r.modified()));
        else g.writeStringField("metadata_modified", CKAN_TIME.format(r.modified()));
        if (!missing) g.writeStringField("name", PortalLinks.ckanName(r.title(), r.key()));
        g.writeStringField("notes", r.description());
        g.writeNumberField("num_resources", r.distributions().size());
        g.writeNumberField("num_tags", r.keywords().size());
        organization(g, r.publisher());
        g.writeStringField("owner_org", uuid("org:" + r.publisher()));
        g.writeBooleanField("private", false);
        g.writeStringField("state", "active");
        g.writeStringField("title", r.title());
        g.writeStringField("type", "dataset");
        g.writeStringField("url", r.landingPage());
        g.writeNullField("version");
        extras(g, r);
        groups(g, r.theme());
        resources(g, r);
        tags(g, r);
        g.writeArrayFieldStart("relationships_as_object");
        g.writeEndArray();
        g.writeArrayFieldStart("relationships_as_subject");
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Without {@code name}: the adapter would mint the publisher's IRI from it and the portal root, and this portal's
     * root is a loopback URL whose port must never enter a record. The adapter then names the publisher by title.
     */
    private static void organization(JsonGenerator g, String publisher) throws IOException {
        g.writeObjectFieldStart("organization");
        g.writeStringField("id", uuid("org:" + publisher));
        g.writeStringField("title", publisher);
        g.writeStringField("type", "organization");
        g.writeStringField("description", "");
        g.writeStringField("image_url", "");
        g.writeBooleanField("is_organization", true);
        g.writeStringField("approval_status", "approved");
        g.writeStringField("state", "active");
        g.writeEndObject();
    }

    private static void extras(JsonGenerator g, DemoRecord r) throws IOException {
        g.writeArrayFieldStart("extras");
        extra(g, "accrualPeriodicity", r.frequency().iso());
        extra(g, "frequency", r.frequency().words());
        if (r.temporal().isPresent()) extra(g, "temporal", r.temporal().get());
        if (r.spatial().isPresent() && r.topic().subject().geo()) extra(g, "spatial", geoJson(r.spatial().get()));
        g.writeEndArray();
    }

    private static void extra(JsonGenerator g, String key, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", key);
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    /** "W,S,E,N" as the GeoJSON polygon ckanext-spatial keeps in the {@code spatial} extra. */
    private static String geoJson(String bbox) {
        String[] c = bbox.split(",");
        String w = c[0], s = c[1], e = c[2], n = c[3];
        return "{\"type\": \"Polygon\", \"coordinates\": [[[" + w + ", " + s + "], [" + e + ", " + s + "], [" + e + ", " + n
                + "], [" + w + ", " + n + "], [" + w + ", " + s + "]]]}";
    }

    private static void groups(JsonGenerator g, String theme) throws IOException {
        g.writeArrayFieldStart("groups");
        g.writeStartObject();
        g.writeStringField("id", uuid("group:" + theme));
        g.writeStringField("name", Ids.slug(theme));
        g.writeStringField("title", theme);
        g.writeStringField("display_name", theme);
        g.writeStringField("description", "");
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void resources(JsonGenerator g, DemoRecord r) throws IOException {
        g.writeArrayFieldStart("resources");
        int position = 0;
        for (DemoDistribution d : r.distributions()) {
            g.writeStartObject();
            g.writeStringField("id", uuid("resource:" + r.key() + ":" + position));
            g.writeStringField("package_id", r.key());
            g.writeStringField("name", d.title());
            g.writeStringField("description", "");
            g.writeStringField("format", d.format() == null ? "" : d.format());
            if (d.mediaType() == null) g.writeNullField("mimetype");
            else g.writeStringField("mimetype", d.mediaType());
            g.writeStringField("url", d.url());
            g.writeNullField("url_type");
            g.writeStringField("created", CKAN_TIME.format(r.issued()));
            g.writeStringField("last_modified", CKAN_TIME.format(r.modified()));
            g.writeNumberField("position", position++);
            g.writeStringField("state", "active");
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void tags(JsonGenerator g, DemoRecord r) throws IOException {
        g.writeArrayFieldStart("tags");
        if (r.isBroken(BrokenKind.KEYWORD_AS_NUMBER)) {
            g.writeStartObject();
            g.writeNumberField("display_name", r.issued().getYear());
            g.writeNumberField("name", r.issued().getYear());
            g.writeEndObject();
        }
        for (String k : r.keywords()) {
            g.writeStartObject();
            g.writeStringField("display_name", k);
            g.writeStringField("id", uuid("tag:" + k));
            g.writeStringField("name", k);
            g.writeStringField("state", "active");
            g.writeNullField("vocabulary_id");
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A stable UUID for a CKAN object that has no record of its own (organization, group, tag, resource). */
    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
