package org.civiccatalog.core.testing;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.Prefixes;

/**
 * Brings a record graph, as the importer made it, the store keeps it or the catalog serves it, back into the
 * original document's terms so that it can be compared with a description computed by
 * {@link IndependentDescriptions}: drop the store's own record triples, undo the IRI mapping through owl:sameAs,
 * canonicalise literals (TDB2 keeps values, not lexical forms); and prints graphs for assertion messages.
 */
public final class RdfComparisons {
    private RdfComparisons() {}

    /** The graph in Turtle, with the catalog's prefixes. */
    public static String turtle(Graph g) {
        Graph copy = GraphFactory.createGraphMem();
        copy.getPrefixMapping().setNsPrefixes(Prefixes.mapping());
        g.find().forEachRemaining(copy::add);
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, copy, Lang.TURTLE);
        return w.toString();
    }

    public static Graph parseTurtle(String ttl) {
        Graph g = GraphFactory.createGraphMem();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
        return g;
    }

    /**
     * A record graph without the catalog's own triples: those of the dcat:CatalogRecord node, and the source's
     * dcat:record and dcat:dataset links to this record and dataset.
     */
    public static Graph withoutRecord(Graph stored, CatalogIris iris, String sourceId, String upstreamId,
            String datasetIri) {
        Node rec = NodeFactory.createURI(iris.record(sourceId, upstreamId));
        Node src = NodeFactory.createURI(iris.source(sourceId));
        Node ds = NodeFactory.createURI(datasetIri);
        Graph out = GraphFactory.createGraphMem();
        stored.find().forEachRemaining(t -> {
            if (t.getSubject().equals(rec)) return;
            if (t.getSubject().equals(src) && t.getPredicate().equals(DCAT.record.asNode()) && t.getObject().equals(rec))
                return;
            if (t.getSubject().equals(src) && t.getPredicate().equals(DCAT.dataset.asNode()) && t.getObject().equals(ds))
                return;
            out.add(t);
        });
        return out;
    }

    /**
     * Undoes the importer's IRI mapping: every IRI minted under {@code datasetIri} (the dataset and its
     * distributions) goes back to its owl:sameAs original, whose sameAs link is dropped, or, when it has none (it
     * was a blank node), to a fresh blank node. Only sameAs links to {@code originals} (the dataset's and its
     * distributions' original nodes) count, so a sameAs the publisher wrote stays.
     */
    public static Graph unmapped(Graph g, String datasetIri, Set<Node> originals) {
        Map<Node, Node> back = new HashMap<>();
        g.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> {
            if (minted(t.getSubject(), datasetIri) && originals.contains(t.getObject())) {
                Node previous = back.put(t.getSubject(), t.getObject());
                if (previous != null && !previous.equals(t.getObject()))
                    throw new AssertionError(t.getSubject() + " is owl:sameAs two originals: " + previous + ", "
                            + t.getObject());
            }
        });
        Map<Node, Node> sameAsOf = new HashMap<>(back);
        Graph out = GraphFactory.createGraphMem();
        g.find().forEachRemaining(t -> {
            if (t.getPredicate().equals(OWL.sameAs.asNode()) && t.getObject().equals(sameAsOf.get(t.getSubject())))
                return;
            out.add(Triple.create(undo(t.getSubject(), back, datasetIri), t.getPredicate(),
                    undo(t.getObject(), back, datasetIri)));
        });
        return out;
    }

    private static Node undo(Node n, Map<Node, Node> back, String datasetIri) {
        if (!minted(n, datasetIri)) return n;
        return back.computeIfAbsent(n, k -> NodeFactory.createBlankNode());
    }

    /** The dataset IRI itself, or a distribution IRI minted under it. */
    public static boolean minted(Node n, String datasetIri) {
        return n.isURI() && (n.getURI().equals(datasetIri) || n.getURI().startsWith(datasetIri + "/distribution/"));
    }

    /** The distribution IRIs minted under {@code datasetIri} that occur in {@code g}, distinct and sorted. */
    public static List<String> mintedDistributions(Graph g, String datasetIri) {
        return g.find().toList().stream().flatMap(t -> Stream.of(t.getSubject(), t.getObject()))
                .filter(n -> n.isURI() && n.getURI().startsWith(datasetIri + "/distribution/")).map(Node::getURI)
                .distinct().sorted().toList();
    }

    /**
     * The graph with every literal in its canonical lexical form. TDB2 stores numbers, dates and booleans by
     * value, so a stored {@code "5120"^^xsd:decimal} comes back as {@code "5120.0"^^xsd:decimal}: comparisons
     * after a store round trip are made on canonical forms (the importer's own output is compared exactly).
     */
    public static Graph canonicalLiterals(Graph g) {
        Graph out = GraphFactory.createGraphMem();
        g.find().forEachRemaining(t -> out.add(Triple.create(t.getSubject(), t.getPredicate(),
                t.getObject().isLiteral() ? CanonicalizeLiteral.get().apply(t.getObject()) : t.getObject())));
        return out;
    }

    /**
     * The ground triples (no blank node) only one side has, in N-Triples: a short view of a difference, headed
     * "--- only in {@code actualName}" and "--- only in {@code expectedName}".
     */
    public static String groundDifferences(Graph actual, String actualName, Graph expected, String expectedName) {
        return "--- only in " + actualName + " (ground triples)\n" + lines(groundDifference(actual, expected))
                + "--- only in " + expectedName + " (ground triples)\n" + lines(groundDifference(expected, actual));
    }

    private static List<Triple> groundDifference(Graph a, Graph b) {
        return a.find().toList().stream().filter(t -> !t.getSubject().isBlank() && !t.getObject().isBlank())
                .filter(t -> !b.contains(t)).toList();
    }

    private static String lines(List<Triple> ts) {
        StringBuilder sb = new StringBuilder();
        ts.stream().map(NodeFmtLib::strNT).sorted().forEach(s -> sb.append("  ").append(s).append('\n'));
        return sb.length() == 0 ? "  (none)\n" : sb.toString();
    }
}
