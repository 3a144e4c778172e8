package org.civiccatalog.web.standards;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.civiccatalog.core.standards.MappedRow;
import org.civiccatalog.core.standards.Open311Writer;
import org.civiccatalog.core.standards.RowWriter;
import org.civiccatalog.core.standards.StandardsException;
import org.civiccatalog.harvest.HarvestException;

import io.javalin.http.Context;

/**
 * Open311 GeoReport v2, read only, per jurisdiction:
 * <pre>
 *   GET /open311/{jurisdiction}/v2/discovery.{json,xml}
 *   GET /open311/{jurisdiction}/v2/services.{json,xml}
 *   GET /open311/{jurisdiction}/v2/requests.{json,xml}?service_code=&amp;status=&amp;start_date=&amp;end_date=&amp;service_request_id=
 *   GET /open311/{jurisdiction}/v2/requests/{id}.{json,xml}
 * </pre>
 * Errors are in the spec's format ({@code [{"code":404,"description":"..."}]}, or {@code <errors>} in XML).
 */
final class Open311Resource {
    static final String SPEC = "http://wiki.open311.org/GeoReport_v2";
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final String XML_TYPE = "text/xml; charset=utf-8";
    private static final JsonFactory JSON = new JsonFactory();
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final Map<String, Open311Service> services;
    private final Clock clock;
    private final String base;

    /** @param base the catalog's base IRI, ending in a slash */
    Open311Resource(Map<String, Open311Service> services, Clock clock, String base) {
        this.services = Map.copyOf(services);
        this.clock = clock;
        this.base = base;
    }

    void file(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        Open311Writer.Format format = format(file);
        Optional<Open311Service> s = service(ctx, format);
        if (s.isEmpty()) return;
        String name = file.substring(0, file.lastIndexOf('.') < 0 ? file.length() : file.lastIndexOf('.'));
        try {
            switch (name) {
                case "discovery" -> discovery(ctx, s.get(), format);
                case "services" -> services(ctx, s.get(), format);
                case "requests" -> requests(ctx, s.get(), format);
                default -> error(ctx, format, 404, "No such resource: " + file + " (discovery, services, requests; .json or .xml)");
            }
        } catch (Open311Query.Invalid e) {
            error(ctx, format, 400, e.getMessage());
        } catch (HarvestException | StandardsException e) {
            error(ctx, format, 503, "The source data cannot be read now: " + e.getMessage());
        }
    }

    void one(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        Open311Writer.Format format = format(file);
        Optional<Open311Service> s = service(ctx, format);
        if (s.isEmpty()) return;
        int dot = file.lastIndexOf('.');
        if (dot < 0 || !List.of("json", "xml").contains(file.substring(dot + 1))) {
            error(ctx, format, 404, "A request is at requests/{id}.json or requests/{id}.xml");
            return;
        }
        String id = file.substring(0, dot);
        RequestIndex index;
        try {
            index = s.get().index();
        } catch (HarvestException | StandardsException e) {
            error(ctx, format, 503, "The source data cannot be read now: " + e.getMessage());
            return;
        }
        Optional<Integer> at = index.byId(id);
        if (at.isEmpty()) {
            error(ctx, format, 404, "No service request with id " + id);
            return;
        }
        ctx.contentType(type(format));
        index.write(new int[] {at.get()}, format, ctx.outputStream());
    }

    private Optional<Open311Service> service(Context ctx, Open311Writer.Format format) throws IOException {
        Open311Service s = services.get(ctx.pathParam("jurisdiction"));
        if (s == null) error(ctx, format, 404, "No Open311 service for jurisdiction '" + ctx.pathParam("jurisdiction")
                + "' (there are: " + new java.util.TreeSet<>(services.keySet()) + ")");
        return Optional.ofNullable(s);
    }

    private void requests(Context ctx, Open311Service s, Open311Writer.Format format) throws IOException {
        Open311Query q = Open311Query.parse(ctx::queryParam, clock.instant(), s.view().crosswalk().timezone());
        RequestIndex index = s.index();
        int[] hits;
        if (!q.ids().isEmpty()) {
            hits = q.ids().stream().distinct().map(index::byId).flatMap(Optional::stream).mapToInt(Integer::intValue)
                    .limit(Open311Query.MAX_REQUESTS).toArray();
        } else {
            boolean[] codes = null;
            if (!q.serviceCodes().isEmpty()) {
                codes = new boolean[Math.max(1, index.codeCount())];
                for (String c : q.serviceCodes()) {
                    int n = index.codeNumber(c);
                    if (n >= 0) codes[n] = true;
                }
            }
            hits = index.query(codes, q.statusMask(), q.start().getEpochSecond(), q.end().getEpochSecond(), Open311Query.MAX_REQUESTS);
        }
        ctx.contentType(type(format));
        index.write(hits, format, ctx.outputStream());
    }

    private void services(Context ctx, Open311Service s, Open311Writer.Format format) {
        RequestIndex index = s.index();
        ctx.contentType(type(format));
        try (RowWriter w = Open311Writer.writer(format, s.view().crosswalk().output("services").file(), ctx.outputStream())) {
            for (MappedRow r : index.services()) w.accept(r);
        }
    }

    private void discovery(Context ctx, Open311Service s, Open311Writer.Format format) throws IOException {
        String changeset = s.csv().fetched().toString();
        String url = base + "open311/" + s.view().jurisdiction() + "/v2";
        String contact = s.view().contact();
        String key = "This endpoint is read only: service requests cannot be posted, and no API key is needed.";
        ctx.contentType(type(format));
        OutputStream out = ctx.outputStream();
        if (format == Open311Writer.Format.JSON) {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeStringField("changeset", changeset);
                g.writeStringField("contact", contact);
                g.writeStringField("key_service", key);
                g.writeArrayFieldStart("endpoints");
                g.writeStartObject();
                g.writeStringField("specification", SPEC);
                g.writeStringField("url", url);
                g.writeStringField("changeset", changeset);
                g.writeStringField("type", "production");
                g.writeArrayFieldStart("formats");
                g.writeString("text/xml");
                g.writeString("application/json");
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            return;
        }
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("utf-8", "1.0");
            w.writeStartElement("discovery");
            element(w, "changeset", changeset);
            element(w, "contact", contact);
            element(w, "key_service", key);
            w.writeStartElement("endpoints");
            w.writeStartElement("endpoint");
            element(w, "specification", SPEC);
            element(w, "url", url);
            element(w, "changeset", changeset);
            element(w, "type", "production");
            w.writeStartElement("formats");
            element(w, "format", "text/xml");
            element(w, "format", "application/json");
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    /** JSON unless the path ends in .xml. */
    static Open311Writer.Format format(String file) {
        return file.endsWith(".xml") ? Open311Writer.Format.XML : Open311Writer.Format.JSON;
    }

    static String type(Open311Writer.Format f) {
        return f == Open311Writer.Format.JSON ? JSON_TYPE : XML_TYPE;
    }

    /** An error in the spec's format; marked so that the application's error mapping leaves the body alone. */
    static void error(Context ctx, Open311Writer.Format format, int status, String description) {
        ctx.attribute(StandardsRoutes.OWN_ERROR_BODY, Boolean.TRUE);
        ctx.status(status).contentType(type(format));
        Open311Writer.errors(format, List.of(new Open311Writer.Error(status, description)), ctx.outputStream());
    }
}
