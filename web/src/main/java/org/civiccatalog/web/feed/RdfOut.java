package org.civiccatalog.web.feed;

import java.io.OutputStream;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.vocab.Prefixes;
import org.civiccatalog.web.http.Representation;

/**
 * Writes a head graph followed by a sequence of graphs (record graphs, fetched lazily) as one RDF document.
 * Turtle and N-Triples stream graph by graph, so only one record is held at a time; JSON-LD and RDF/XML are
 * written from one in-memory graph, which callers bound (one page, one record). Prefixes come from the one
 * registry; in JSON-LD they become the inline compact {@code @context} (the same as {@link JsonLdContext}).
 */
public final class RdfOut {
    private static final Comparator<Triple> BY_SUBJECT = Comparator
            .comparing((Triple t) -> t.getSubject().toString())
            .thenComparing(t -> t.getPredicate().getURI());

    private RdfOut() {}

    public static void write(OutputStream out, Representation rep, Graph head, Iterator<Graph> graphs) {
        if (!rep.isRdf()) throw new IllegalArgumentException("Not an RDF syntax: " + rep);
        if (rep.streaming()) stream(out, rep, head, graphs);
        else whole(out, rep, head, graphs);
    }

    public static void write(OutputStream out, Representation rep, Graph graph) {
        write(out, rep, graph, List.<Graph>of().iterator());
    }

    private static void stream(OutputStream out, Representation rep, Graph head, Iterator<Graph> graphs) {
        StreamRDF s = StreamRDFWriter.getWriterStream(out, rep.format());
        s.start();
        Prefixes.all().forEach(s::prefix);
        emit(s, head);
        while (graphs.hasNext()) emit(s, graphs.next());
        s.finish();
    }

    /** Subject by subject, so that Turtle groups each subject's triples in one block. */
    private static void emit(StreamRDF s, Graph g) {
        List<Triple> triples = g.find().toList();
        triples.sort(BY_SUBJECT);
        triples.forEach(s::triple);
    }

    private static void whole(OutputStream out, Representation rep, Graph head, Iterator<Graph> graphs) {
        Graph all = GraphFactory.createDefaultGraph();
        head.find().forEachRemaining(all::add);
        graphs.forEachRemaining(g -> g.find().forEachRemaining(all::add));
        all.getPrefixMapping().setNsPrefixes(safePrefixes(all));
        RDFWriter.source(all).format(rep.format()).output(out);
    }

    /**
     * The registry's prefixes, less any whose name is also the scheme of an IRI in the graph: JSON-LD reads
     * {@code "xsd:date"} as a compact IRI when {@code xsd} is a term of the context, so a harvested IRI that is
     * literally {@code <xsd:date>} would come back as XSD's date. Without the prefix it stays what it is.
     */
    static java.util.Map<String, String> safePrefixes(Graph g) {
        java.util.Set<String> schemes = new java.util.HashSet<>();
        g.find().forEachRemaining(t -> {
            scheme(t.getSubject(), schemes);
            scheme(t.getPredicate(), schemes);
            scheme(t.getObject(), schemes);
        });
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>(Prefixes.all());
        out.keySet().removeIf(p -> schemes.contains(p.toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    private static void scheme(org.apache.jena.graph.Node n, java.util.Set<String> schemes) {
        String iri = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralDatatypeURI() : null;
        if (iri == null) return;
        int colon = iri.indexOf(':');
        if (colon > 0) schemes.add(iri.substring(0, colon).toLowerCase(java.util.Locale.ROOT));
    }
}
