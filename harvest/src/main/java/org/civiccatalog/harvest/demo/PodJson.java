package org.civiccatalog.harvest.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import org.civiccatalog.core.datajson.CatalogFields;

/**
 * Writes records as data.json (POD v1.1 / DCAT-US 1.1) dataset objects, streamed, in the flavour of the platform
 * that serves them: Socrata (the domain as publisher, dates only, export links), ArcGIS Hub (instants, the feed
 * template's titled access URLs, theme "geospatial"), DKAN (HTML descriptions, lower-case formats), and the county's
 * plain feed. Broken records are written broken: a number among the keywords, an epoch number as {@code modified}.
 */
final class PodJson {
    /** The server closes the response itself (after the last byte, or on an error). */
    static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter HUB_INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private PodJson() {}

    /** A whole data.json document of the records {@code from} (inclusive) to {@code to} (exclusive). */
    static void document(OutputStream out, RecordFactory records, DemoPortal p, int from, int to) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("@context", CatalogFields.POD_V11_CONTEXT);
            g.writeStringField("@id", p.publicBase() + "/data.json");
            g.writeStringField("@type", "dcat:Catalog");
            g.writeStringField("conformsTo", CatalogFields.POD_V11_CONFORMS_TO);
            g.writeStringField("describedBy", CatalogFields.POD_V11_DESCRIBED_BY);
            g.writeArrayFieldStart("dataset");
            for (int i = from; i < to; i++) dataset(g, records.record(p, i));
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    static void dataset(JsonGenerator g, DemoRecord r) throws IOException {
        DemoPortal p = r.portal();
        g.writeStartObject();
        g.writeStringField("@type", "dcat:Dataset");
        if (r.identifier().isPresent()) g.writeStringField("identifier", r.identifier().get());
        g.writeStringField("title", r.title());
        g.writeStringField("description", r.description());
        keywords(g, r);
        g.writeStringField("issued", date(p, r.issued()));
        if (r.isBroken(BrokenKind.MODIFIED_NOT_A_DATE)) g.writeNumberField("modified", epochMillis(r.modified()));
        else g.writeStringField("modified", date(p, r.modified()));
        publisher(g, r);
        g.writeObjectFieldStart("contactPoint");
        g.writeStringField("@type", "vcard:Contact");
        g.writeStringField("fn", r.contact().name());
        g.writeStringField("hasEmail", "mailto:" + r.contact().email());
        g.writeEndObject();
        g.writeStringField("accessLevel", "public");
        g.writeStringField("landingPage", r.landingPage());
        g.writeStringField("license", r.license());
        g.writeArrayFieldStart("theme");
        g.writeString(p == DemoPortal.CITY_HUB ? "geospatial" : r.theme());
        g.writeEndArray();
        if (r.spatial().isPresent()) g.writeStringField("spatial", r.spatial().get());
        if (r.temporal().isPresent()) g.writeStringField("temporal", r.temporal().get());
        if (r.conformsTo().isPresent()) g.writeStringField("conformsTo", r.conformsTo().get());
        g.writeStringField("accrualPeriodicity", r.frequency().iso());
        distributions(g, r);
        g.writeEndObject();
    }

    private static void keywords(JsonGenerator g, DemoRecord r) throws IOException {
        g.writeArrayFieldStart("keyword");
        if (r.isBroken(BrokenKind.KEYWORD_AS_NUMBER)) g.writeNumber(r.issued().getYear());
        for (String k : r.keywords()) g.writeString(k);
        g.writeEndArray();
    }

    /** Socrata's data.json names the domain's owner; departments come from the views. The others name the department. */
    private static void publisher(JsonGenerator g, DemoRecord r) throws IOException {
        g.writeObjectFieldStart("publisher");
        if (r.portal() != DemoPortal.CITY_HUB) g.writeStringField("@type", "org:Organization");
        g.writeStringField("name", r.portal() == DemoPortal.CITY_SOCRATA ? r.portal().owner() : r.publisher());
        if (r.portal() == DemoPortal.COUNTY_FEED && !r.publisher().startsWith(r.portal().owner() + " ")) {
            g.writeObjectFieldStart("subOrganizationOf");
            g.writeStringField("@type", "org:Organization");
            g.writeStringField("name", r.portal().owner());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void distributions(JsonGenerator g, DemoRecord r) throws IOException {
        g.writeArrayFieldStart("distribution");
        for (DemoDistribution d : r.distributions()) {
            g.writeStartObject();
            g.writeStringField("@type", "dcat:Distribution");
            if (r.portal() != DemoPortal.CITY_SOCRATA) g.writeStringField("title", d.title());
            if (r.portal() != DemoPortal.CITY_SOCRATA && d.format() != null) g.writeStringField("format", d.format());
            if (d.mediaType() != null) g.writeStringField("mediaType", d.mediaType());
            g.writeStringField(d.download() ? "downloadURL" : "accessURL", d.url());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Hub writes instants with milliseconds; the others dates. */
    private static String date(DemoPortal p, LocalDateTime t) {
        return p == DemoPortal.CITY_HUB ? HUB_INSTANT.format(t) : DATE.format(t);
    }

    static long epochMillis(LocalDateTime t) {
        return t.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    static long epochSeconds(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC);
    }
}
