package org.civiccatalog.core.standards;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Open311 GeoReport v2 responses, streamed: {@code services} and {@code requests} as JSON (an array of objects) or
 * XML ({@code <services><service>}, {@code <service_requests><request>}, no namespace, UTF-8), and the error format
 * ({@code <errors><error><code/><description/></error></errors>}, or a JSON array of {code, description}). Every
 * field of the profile is written, in the spec's order: null in JSON, an empty element in XML, as the spec's own
 * examples do. Datetimes are written as the crosswalk made them (ISO 8601 with offset).
 */
public final class Open311Writer {
    private static final JsonFactory JSON = new JsonFactory();
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private Open311Writer() {}

    /** One Open311 error: an HTTP-like code and a description. */
    public record Error(int code, String description) {}

    public enum Format { JSON, XML }

    /**
     * A writer of the profile file {@code file} ("services" or "requests" of {@code open311-georeport-v2}) to
     * {@code out}. The caller closes the writer; the stream is flushed, not closed.
     */
    public static RowWriter writer(Format format, FileSpec file, OutputStream out) {
        List<String> fields = file.fieldNames();
        return switch (format) {
            case JSON -> new JsonRows(fields, out);
            case XML -> new XmlRows(root(file), item(file), fields, out);
        };
    }

    public static void errors(Format format, List<Error> errors, OutputStream out) {
        try {
            if (format == Format.JSON) {
                try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                    g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                    g.writeStartArray();
                    for (Error e : errors) {
                        g.writeStartObject();
                        g.writeNumberField("code", e.code());
                        g.writeStringField("description", e.description());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
            } else {
                XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
                w.writeStartDocument("utf-8", "1.0");
                w.writeStartElement("errors");
                for (Error e : errors) {
                    w.writeStartElement("error");
                    element(w, "code", Integer.toString(e.code()));
                    element(w, "description", e.description());
                    w.writeEndElement();
                }
                w.writeEndElement();
                w.writeEndDocument();
                w.flush();
                w.close();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new StandardsException("Cannot write Open311 XML: " + e.getMessage(), e);
        }
    }

    /** One mapped row as a JSON object with the file's fields in order, typed values as JSON numbers and booleans. */
    public static void jsonObject(JsonGenerator g, MappedRow row, List<String> fields) throws IOException {
        g.writeStartObject();
        for (String f : fields) {
            Object v = row.get(f);
            g.writeFieldName(f);
            if (v == null) g.writeNull();
            else if (v instanceof BigDecimal d) g.writeNumber(d);
            else if (v instanceof Long l) g.writeNumber(l);
            else if (v instanceof Boolean b) g.writeBoolean(b);
            else g.writeString(v.toString());
        }
        g.writeEndObject();
    }

    static String root(FileSpec file) {
        return switch (file.name()) {
            case "services" -> "services";
            case "requests" -> "service_requests";
            default -> throw new StandardsException("Not an Open311 GeoReport v2 response: " + file.name());
        };
    }

    static String item(FileSpec file) {
        return file.name().equals("services") ? "service" : "request";
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        if (text != null) w.writeCharacters(xmlText(text));
        w.writeEndElement();
    }

    /** Harvested text may hold characters XML 1.0 cannot carry (control characters, lone surrogates): dropped. */
    static String xmlText(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (ok && sb != null) sb.append(c);
            else if (!ok && sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
        }
        return sb == null ? s : sb.toString();
    }

    private static final class JsonRows implements RowWriter {
        private final List<String> fields;
        private final JsonGenerator g;

        JsonRows(List<String> fields, OutputStream out) {
            this.fields = fields;
            try {
                this.g = JSON.createGenerator(out, JsonEncoding.UTF8);
                g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                g.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void accept(MappedRow row) {
            try {
                jsonObject(g, row, fields);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                g.writeEndArray();
                g.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class XmlRows implements RowWriter {
        private final String item;
        private final List<String> fields;
        private final XMLStreamWriter w;
        private final OutputStream out;

        XmlRows(String root, String item, List<String> fields, OutputStream out) {
            this.item = item;
            this.fields = fields;
            this.out = out;
            try {
                this.w = XML.createXMLStreamWriter(out, "UTF-8");
                w.writeStartDocument("utf-8", "1.0");
                w.writeStartElement(root);
            } catch (XMLStreamException e) {
                throw new StandardsException("Cannot write Open311 XML: " + e.getMessage(), e);
            }
        }

        @Override
        public void accept(MappedRow row) {
            try {
                w.writeStartElement(item);
                for (String f : fields) {
                    Object v = row.get(f);
                    element(w, f, v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
                }
                w.writeEndElement();
            } catch (XMLStreamException e) {
                throw new StandardsException("Cannot write Open311 XML: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                w.writeEndElement();
                w.writeEndDocument();
                w.flush();
                w.close();
                out.flush();
            } catch (XMLStreamException e) {
                throw new StandardsException("Cannot write Open311 XML: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
