package org.civiccatalog.core.audit.dqv;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A graph that only collects triples, for batches of the quality graph: a list, no indexes. An indexed in-memory
 * graph costs several times the memory per triple, and a batch is only ever read once, front to back, by the
 * store. {@code find} with a pattern scans the list. Triples are not de-duplicated (the store does that).
 */
final class TripleBuffer extends GraphBase {
    private final List<Triple> triples = new ArrayList<>();

    @Override
    public void performAdd(Triple t) {
        triples.add(t);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return WrappedIterator.create(triples.iterator()).filterKeep(pattern::matches);
    }

    @Override
    protected int graphBaseSize() {
        return triples.size();
    }
}
