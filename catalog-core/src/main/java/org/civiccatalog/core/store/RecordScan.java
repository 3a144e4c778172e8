package org.civiccatalog.core.store;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.CatalogException;
import org.civiccatalog.vocab.DCAT;

/** Groups a stream of quads, ordered by graph, into record graphs handed to a sink. */
final class RecordScan {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node RECORD = DCAT.CatalogRecord.asNode();
    private static final Node IN_CATALOG = DCAT.inCatalog.asNode();
    /** The predicates this scan reads to tell a record graph and its source. */
    static final Set<Node> PREDICATES = Set.of(TYPE, IN_CATALOG);

    private final Node source;
    private final Set<Node> skip;
    private final Consumer<Graph> sink;
    private final Set<Node> done = new HashSet<>();
    private Node current;
    private Graph graph;
    private boolean isRecord;
    private boolean inSource;

    /**
     * @param source only records of this source, or null for all
     * @param skip   record graphs to leave out (copies of another portal's datasets, in feeds)
     */
    RecordScan(Node source, Set<Node> skip, Consumer<Graph> sink) {
        this(source, skip, sink, null);
    }

    /** @param recordGraphPrefix the IRI every record graph's name starts with ({base}record/); others are skipped */
    RecordScan(Node source, Set<Node> skip, Consumer<Graph> sink, String recordGraphPrefix) {
        this.source = source;
        this.skip = skip;
        this.sink = sink;
        this.recordGraphPrefix = recordGraphPrefix;
    }

    private final String recordGraphPrefix;

    /**
     * Starts the next graph of the scan.
     *
     * @return whether its quads are wanted: only record graphs are collected, and a log graph (an audit run's quality
     *         graph holds millions of triples) is passed over without its quads being decoded or held in memory
     */
    boolean startGraph(Node g) {
        flush();
        if (!done.add(g)) throw new CatalogException("Quads of graph " + g + " are not contiguous in the index scan");
        current = g;
        graph = !Quad.isDefaultGraph(g) && (recordGraphPrefix == null || (g.isURI() && g.getURI().startsWith(recordGraphPrefix)))
                ? GraphFactory.createGraphMem() : null;
        isRecord = false;
        inSource = source == null;
        return graph != null;
    }

    void add(Quad q) {
        if (q.isDefaultGraph()) return;
        Node g = q.getGraph();
        if (!g.equals(current)) startGraph(g);
        if (graph == null) return;
        graph.add(q.asTriple());
        Node p = q.getPredicate();
        if (p.equals(TYPE) && q.getObject().equals(RECORD)) isRecord = true;
        else if (source != null && p.equals(IN_CATALOG) && q.getObject().equals(source)) inSource = true;
    }

    void flush() {
        if (graph != null && isRecord && inSource && !skip.contains(current)) sink.accept(graph);
        graph = null;
        current = null;
    }
}
