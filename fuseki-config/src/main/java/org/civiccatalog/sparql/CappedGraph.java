package org.civiccatalog.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * A graph that accepts at most {@code limit} distinct triples. Adding one more throws {@link LimitReached}, which
 * stops whatever is filling the graph (a DESCRIBE) with the first {@code limit} triples in place.
 */
final class CappedGraph extends GraphWrapper {

    /** Thrown by {@link #add(Triple)} when the graph is full and the triple is new. */
    static final class LimitReached extends RuntimeException {
        LimitReached(int limit) {
            super("Result limit of " + limit + " triples reached", null, false, false);
        }
    }

    private final int limit;
    private boolean limitReached = false;

    CappedGraph(Graph graph, int limit) {
        super(graph);
        this.limit = limit;
    }

    @Override
    public void add(Triple t) {
        if ( get().contains(t) )
            return;
        if ( get().size() >= limit ) {
            limitReached = true;
            throw new LimitReached(limit);
        }
        get().add(t);
    }

    /** True once a triple was refused. */
    boolean limitReached() {
        return limitReached;
    }
}
