package org.civiccatalog.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * JSON-LD in expanded, flattened form: a top-level array of node objects, one per subject of each graph
 * written. It needs no {@code @context}, so no consumer ever fetches one. Blank node labels are kept per
 * writer, so a blank node shared by two graphs stays one node.
 */
final class ExpandedJsonLdWriter implements TripleStreamWriter {
    private static final String XSD_STRING = org.civiccatalog.vocab.Prefixes.XSD + "string";
    private final JsonGenerator json;

    ExpandedJsonLdWriter(OutputStream out) {
        try {
            json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void graph(Graph g) {
        try {
            for (var e : TripleStreamWriter.bySubject(g).entrySet()) node(e.getKey(), e.getValue());
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void node(Node subject, List<Triple> triples) throws IOException {
        json.writeStartObject();
        json.writeStringField("@id", id(subject));
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        for (Triple t : triples) byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        List<Node> types = byPredicate.remove(RDF.type.asNode());
        if (types != null) {
            List<Node> literalTypes = new ArrayList<>();
            json.writeArrayFieldStart("@type");
            for (Node t : types) {
                if (t.isLiteral()) literalTypes.add(t);
                else json.writeString(id(t));
            }
            json.writeEndArray();
            if (!literalTypes.isEmpty()) byPredicate.put(RDF.type.asNode(), literalTypes); // rdf:type "x" stays a value
        }
        for (var e : byPredicate.entrySet()) {
            json.writeArrayFieldStart(e.getKey().getURI());
            for (Node o : e.getValue()) value(o);
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private void value(Node o) throws IOException {
        json.writeStartObject();
        if (o.isLiteral()) {
            json.writeStringField("@value", o.getLiteralLexicalForm());
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) json.writeStringField("@language", lang);
            else if (!XSD_STRING.equals(o.getLiteralDatatypeURI()))
                json.writeStringField("@type", o.getLiteralDatatypeURI());
        } else {
            json.writeStringField("@id", id(o));
        }
        json.writeEndObject();
    }

    private static String id(Node n) {
        return n.isBlank() ? "_:b" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "") : n.getURI();
    }

    @Override
    public void close() {
        try {
            json.writeEndArray();
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
