package org.civiccatalog.core.datajson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a data.json as a stream: the catalog header, then datasets one at a time (flushed after each, so a feed
 * starts sending at once and never holds the catalog), then the closing brackets. The output stream belongs to the
 * caller and is flushed, not closed. Not thread-safe.
 *
 * <pre>
 * try (DataJsonWriter w = DataJsonWriter.open(out, CatalogFields.podV11(feedUrl))) {
 *     store.forEachRecord(g -&gt; w.write(toPod.toPod(g, datasetIriOf(g))));
 * }
 * </pre>
 */
public final class DataJsonWriter implements AutoCloseable {
    private final JsonGenerator gen;
    private int count;
    private boolean closed;

    private DataJsonWriter(JsonGenerator gen) {
        this.gen = gen;
    }

    /** Starts a data.json with our own POD v1.1 header ({@link CatalogFields#podV11}, no {@code @id}). */
    public static DataJsonWriter open(OutputStream out) {
        return open(out, CatalogFields.podV11(null));
    }

    /** Starts a data.json with exactly the given header members, in their order (e.g. a source's own, restored). */
    public static DataJsonWriter open(OutputStream out, CatalogFields header) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(header, "header");
        try {
            JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> m : header.members().entrySet()) {
                g.writeFieldName(m.getKey());
                g.writeTree(m.getValue());
            }
            g.writeArrayFieldStart("dataset");
            g.flush();
            return new DataJsonWriter(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one dataset object and flushes. */
    public void write(ObjectNode dataset) {
        if (closed) throw new IllegalStateException("data.json writer is closed");
        try {
            gen.writeTree(dataset);
            gen.flush();
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many datasets were written. */
    public int count() {
        return count;
    }

    /** Ends the dataset array and the catalog object, and flushes. Idempotent. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            gen.writeEndArray();
            gen.writeEndObject();
            gen.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
