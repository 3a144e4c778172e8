package org.civiccatalog.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.SplitIRI;
import org.civiccatalog.core.CatalogException;
import org.civiccatalog.vocab.Prefixes;

/**
 * Streaming RDF/XML in the plain "striped" form: one {@code rdf:Description} per subject of each graph, each
 * property element naming its namespace, literals escaped. Jena's RDF/XML writers need the whole model.
 */
final class PlainRdfXmlWriter implements TripleStreamWriter {
    private static final String XML_LITERAL = Prefixes.RDF + "XMLLiteral";
    private static final String XSD_STRING = Prefixes.XSD + "string";
    private final Writer w;
    private final Map<String, String> prefixByNs = new LinkedHashMap<>();

    PlainRdfXmlWriter(OutputStream out) {
        w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Prefixes.all().forEach((p, ns) -> prefixByNs.put(ns, p));
        try {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF");
            for (var e : prefixByNs.entrySet())
                w.write("\n    xmlns:" + e.getValue() + "=\"" + attr(e.getKey()) + "\"");
            w.write(">\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void graph(Graph g) {
        try {
            for (var e : TripleStreamWriter.bySubject(g).entrySet()) description(e.getKey(), e.getValue());
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void description(Node s, List<Triple> triples) throws IOException {
        w.write("  <rdf:Description ");
        w.write(s.isBlank() ? "rdf:nodeID=\"" + nodeId(s) + "\">\n" : "rdf:about=\"" + attr(s.getURI()) + "\">\n");
        for (Triple t : triples) property(t.getPredicate().getURI(), t.getObject());
        w.write("  </rdf:Description>\n");
    }

    private void property(String p, Node o) throws IOException {
        int split = SplitIRI.splitXML(p);
        if (split <= 0 || split >= p.length())
            throw new CatalogException("Cannot write predicate <" + p + "> in RDF/XML: it has no XML local name");
        String ns = p.substring(0, split), local = p.substring(split);
        String prefix = prefixByNs.get(ns);
        String tag = prefix != null ? prefix + ":" + local : "ns0:" + local;
        String nsDecl = prefix != null ? "" : " xmlns:ns0=\"" + attr(ns) + "\"";
        w.write("    <" + tag + nsDecl);
        if (o.isURI()) {
            w.write(" rdf:resource=\"" + attr(o.getURI()) + "\"/>\n");
        } else if (o.isBlank()) {
            w.write(" rdf:nodeID=\"" + nodeId(o) + "\"/>\n");
        } else {
            String lang = o.getLiteralLanguage();
            String dt = o.getLiteralDatatypeURI();
            if (lang != null && !lang.isEmpty()) w.write(" xml:lang=\"" + attr(lang) + "\"");
            else if (dt != null && !XSD_STRING.equals(dt) && !XML_LITERAL.equals(dt))
                w.write(" rdf:datatype=\"" + attr(dt) + "\"");
            if (XML_LITERAL.equals(dt)) w.write(" rdf:parseType=\"Literal\">" + o.getLiteralLexicalForm());
            else w.write(">" + text(o.getLiteralLexicalForm()));
            w.write("</" + tag + ">\n");
        }
    }

    private static String nodeId(Node b) {
        return "b" + b.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "");
    }

    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r' -> sb.append("&#13;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t')
                        throw new CatalogException("Literal holds control character U+" + Integer.toHexString(c)
                                + ", which XML 1.0 cannot carry");
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
    }

    @Override
    public void close() {
        try {
            w.write("</rdf:RDF>\n");
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
