package org.civiccatalog.core.export;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.civiccatalog.vocab.Prefixes;

/**
 * Writes triples as they come, without holding the whole output in memory: Turtle and N-Triples through
 * Jena's streaming writers; JSON-LD (expanded form) and RDF/XML through small writers of our own, since
 * Jena's writers for those two need the whole graph. Write one graph at a time with {@link #graph(Graph)}.
 */
public interface TripleStreamWriter extends AutoCloseable {

    /** Writes every triple of {@code g}; triples of one subject are kept together where the syntax allows. */
    void graph(Graph g);

    /** Ends the document and flushes; does not close the stream. */
    @Override
    void close();

    static TripleStreamWriter create(RdfSyntax syntax, OutputStream out) {
        return switch (syntax) {
            case TURTLE -> jena(out, RDFFormat.TURTLE_BLOCKS, true);
            case NTRIPLES -> jena(out, RDFFormat.NTRIPLES_UTF8, false);
            case JSONLD -> new ExpandedJsonLdWriter(out);
            case RDFXML -> new PlainRdfXmlWriter(out);
        };
    }

    /** The triples of {@code g} grouped by subject, subjects in the order first met. */
    static java.util.Map<org.apache.jena.graph.Node, java.util.List<Triple>> bySubject(Graph g) {
        java.util.Map<org.apache.jena.graph.Node, java.util.List<Triple>> out = new java.util.LinkedHashMap<>();
        g.find().forEachRemaining(t -> out.computeIfAbsent(t.getSubject(), k -> new java.util.ArrayList<>()).add(t));
        return out;
    }

    private static TripleStreamWriter jena(OutputStream out, RDFFormat format, boolean prefixes) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        if (prefixes) Prefixes.all().forEach(stream::prefix);
        return new TripleStreamWriter() {
            @Override
            public void graph(Graph g) {
                g.find().forEachRemaining((Triple t) -> stream.triple(t));
            }

            @Override
            public void close() {
                stream.finish();
            }
        };
    }
}
