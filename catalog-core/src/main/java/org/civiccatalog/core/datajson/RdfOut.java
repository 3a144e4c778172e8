package org.civiccatalog.core.datajson;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/** Adds triples for one dataset to a graph: literals, IRIs-or-literals, typed nodes, verbatim JSON members. */
final class RdfOut {
    private final Graph graph;

    RdfOut(Graph graph) {
        this.graph = graph;
    }

    Graph graph() {
        return graph;
    }

    void add(Node s, Property p, Node o) {
        graph.add(Triple.create(s, p.asNode(), o));
    }

    void type(Node s, Resource c) {
        graph.add(Triple.create(s, RDF.type.asNode(), c.asNode()));
    }

    /** A plain (xsd:string) literal, exactly as given. */
    void literal(Node s, Property p, String value) {
        add(s, p, NodeFactory.createLiteralString(value));
    }

    void typed(Node s, Property p, String lexical, RDFDatatype dt) {
        add(s, p, NodeFactory.createLiteralDT(lexical, dt));
    }

    /** An IRI when {@code value} is an absolute IRI, else a plain literal: either way the exact string comes back. */
    void iriOrLiteral(Node s, Property p, String value) {
        add(s, p, isAbsoluteIri(value) ? NodeFactory.createURI(value) : NodeFactory.createLiteralString(value));
    }

    Node blank(Resource type) {
        Node b = NodeFactory.createBlankNode();
        type(b, type);
        return b;
    }

    /** A data.json member kept verbatim, as the JSON text <code>{"key": value}</code>. */
    void member(Node s, Property p, String key, JsonNode value) {
        literal(s, p, Json.member(key, value));
    }

    /** An {@code @id} that names a node: an absolute IRI that is also a URI the POD schema accepts back. */
    static boolean isNodeId(String s) {
        return isAbsoluteIri(s) && PodRules.isUri(s);
    }

    /** An absolute IRI by RFC 3987 (Jena's IRIx), so it is safe to write in every RDF syntax. */
    static boolean isAbsoluteIri(String s) {
        if (s == null || s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\'
                    || c == '^' || c == '`') return false;
        }
        try {
            return IRIx.create(s).isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }
}
