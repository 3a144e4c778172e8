package org.civiccatalog.core.rdf;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.Prefixes;

final class RdfTestSupport {
    private RdfTestSupport() {}

    static String turtle(Graph g) {
        Graph copy = GraphFactory.createGraphMem();
        copy.getPrefixMapping().setNsPrefixes(Prefixes.mapping());
        g.find().forEachRemaining(copy::add);
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, copy, Lang.TURTLE);
        return w.toString();
    }

    static Graph parseTurtle(String ttl) {
        Graph g = GraphFactory.createGraphMem();
        org.apache.jena.riot.RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
        return g;
    }

    /**
     * A stored record graph without the store's own triples (the CatalogRecord node's triples and the source's
     * dcat:record / dcat:dataset links to it).
     */
    static Graph withoutRecord(Graph stored, CatalogIris iris, String sourceId, String upstreamId, String datasetIri) {
        Node rec = NodeFactory.createURI(iris.record(sourceId, upstreamId));
        Node src = NodeFactory.createURI(iris.source(sourceId));
        Graph out = GraphFactory.createGraphMem();
        stored.find().forEachRemaining(t -> {
            if (t.getSubject().equals(rec)) return;
            if (t.getSubject().equals(src) && t.getPredicate().equals(DCAT.record.asNode()) && t.getObject().equals(rec)) return;
            if (t.getSubject().equals(src) && t.getPredicate().equals(DCAT.dataset.asNode())
                    && t.getObject().getURI().equals(datasetIri)) return;
            out.add(t);
        });
        return out;
    }

    /**
     * Undoes the importer's IRI mapping: every IRI minted under {@code datasetIri} goes back to its owl:sameAs
     * original (the sameAs links are dropped) or, when it has none (it was a blank node), to a fresh blank node.
     * Only sameAs links to {@code originals} (the dataset's and its distributions' original IRIs) count, so a
     * sameAs the publisher wrote stays.
     */
    static Graph unmapped(Graph g, String datasetIri, java.util.Set<Node> originals) {
        Map<Node, Node> back = new HashMap<>();
        g.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> {
            if (minted(t.getSubject(), datasetIri) && originals.contains(t.getObject())) {
                Node previous = back.put(t.getSubject(), t.getObject());
                if (previous != null && !previous.equals(t.getObject()))
                    throw new AssertionError(t.getSubject() + " is owl:sameAs two originals: " + previous + ", " + t.getObject());
            }
        });
        Graph out = GraphFactory.createGraphMem();
        g.find().forEachRemaining(t -> {
            if (t.getPredicate().equals(OWL.sameAs.asNode()) && back.containsKey(t.getSubject())
                    && back.get(t.getSubject()).equals(t.getObject())) return;
            out.add(Triple.create(undo(t.getSubject(), back, datasetIri), t.getPredicate(),
                    undo(t.getObject(), back, datasetIri)));
        });
        return out;
    }

    private static Node undo(Node n, Map<Node, Node> back, String datasetIri) {
        if (!minted(n, datasetIri)) return n;
        return back.computeIfAbsent(n, k -> NodeFactory.createBlankNode());
    }

    /**
     * The graph with every literal in its canonical lexical form. TDB2 stores numbers, dates and booleans by
     * value, so a stored {@code "5120"^^xsd:decimal} comes back as {@code "5120.0"^^xsd:decimal}: comparisons
     * after a store round trip are made on canonical forms (the importer's own output is compared exactly).
     */
    static Graph canonicalLiterals(Graph g) {
        Graph out = GraphFactory.createGraphMem();
        g.find().forEachRemaining(t -> out.add(Triple.create(t.getSubject(), t.getPredicate(),
                t.getObject().isLiteral() ? org.apache.jena.riot.process.normalize.CanonicalizeLiteral.get()
                        .apply(t.getObject()) : t.getObject())));
        return out;
    }

    static boolean minted(Node n, String datasetIri) {
        return n.isURI() && (n.getURI().equals(datasetIri) || n.getURI().startsWith(datasetIri + "/distribution/"));
    }

    static long mintedDistributions(Graph g, String datasetIri) {
        return g.find().toList().stream().flatMap(t -> java.util.stream.Stream.of(t.getSubject(), t.getObject()))
                .filter(n -> n.isURI() && n.getURI().startsWith(datasetIri + "/distribution/")).distinct().count();
    }
}
