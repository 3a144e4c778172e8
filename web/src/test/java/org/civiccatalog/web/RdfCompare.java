package org.civiccatalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.web.http.Representation;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.Rio;

/** Parses the same bytes with Jena and with RDF4J Rio and compares the two graphs by isomorphism. */
public final class RdfCompare {
    private RdfCompare() {}

    public static Graph jena(byte[] body, Representation rep) {
        return RDFParser.source(new ByteArrayInputStream(body)).lang(lang(rep)).toGraph();
    }

    public static Graph rio(byte[] body, Representation rep) {
        try {
            Model m = Rio.parse(new ByteArrayInputStream(body), "", rioFormat(rep));
            Graph g = GraphFactory.createDefaultGraph();
            for (Statement st : m) g.add(Triple.create(node(st.getSubject()), node(st.getPredicate()), node(st.getObject())));
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that Jena and Rio read {@code body} as the same, non-empty graph, and returns Jena's. */
    public static Graph assertSameInJenaAndRio(byte[] body, Representation rep) {
        Graph j = jena(body, rep);
        Graph r = rio(body, rep);
        assertThat(j.size()).as("triples parsed by Jena from %s", rep).isPositive();
        assertThat(j.isIsomorphicWith(r))
                .as(() -> "Jena and Rio disagree on " + rep + "\n--- Jena (" + j.size() + ")\n" + turtle(j)
                        + "\n--- Rio (" + r.size() + ")\n" + turtle(r))
                .isTrue();
        return j;
    }

    public static String turtle(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Lang lang(Representation rep) {
        return switch (rep) {
            case TURTLE -> Lang.TURTLE;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
            case NTRIPLES -> Lang.NTRIPLES;
            case HTML -> throw new IllegalArgumentException("HTML is not RDF");
        };
    }

    private static org.eclipse.rdf4j.rio.RDFFormat rioFormat(Representation rep) {
        return switch (rep) {
            case TURTLE -> org.eclipse.rdf4j.rio.RDFFormat.TURTLE;
            case JSONLD -> org.eclipse.rdf4j.rio.RDFFormat.JSONLD;
            case RDFXML -> org.eclipse.rdf4j.rio.RDFFormat.RDFXML;
            case NTRIPLES -> org.eclipse.rdf4j.rio.RDFFormat.NTRIPLES;
            case HTML -> throw new IllegalArgumentException("HTML is not RDF");
        };
    }

    private static Node node(Value v) {
        if (v instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        if (v instanceof BNode b) return NodeFactory.createBlankNode("rio-" + b.getID());
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }
}
