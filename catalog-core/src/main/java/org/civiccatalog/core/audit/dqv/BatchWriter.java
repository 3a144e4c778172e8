package org.civiccatalog.core.audit.dqv;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Graph;
import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.store.CatalogStore;

/**
 * Appends the quality graph in batches from a thread of its own: the audit reads the records in one long read
 * transaction, and a write transaction cannot start inside it; TDB2 lets one writer commit while readers read their
 * snapshot. Memory stays bounded: batches are plain lists (TripleBuffer), and at most two wait. Writes go through {@link CatalogStore#appendToLog}, which
 * leaves the feeds' state (and ETags) alone.
 */
public final class BatchWriter implements AutoCloseable {
    private static final Graph END = new TripleBuffer();
    private final CatalogStore store;
    private final String graphName;
    private final int batchTriples;
    private final BlockingQueue<Graph> queue = new ArrayBlockingQueue<>(2);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread thread;
    private Graph current = new TripleBuffer();
    private long nanos, triples;

    public BatchWriter(CatalogStore store, String graphName, int batchTriples) {
        this.store = store;
        this.graphName = graphName;
        this.batchTriples = batchTriples;
        this.thread = new Thread(this::drain, "audit-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** The graph to add the next triples to; full batches are handed to the writer. */
    public Graph graph() {
        if (current.size() >= batchTriples) {
            put(current);
            current = new TripleBuffer();
        }
        return current;
    }

    private void put(Graph g) {
        try {
            while (!queue.offer(g, 100, TimeUnit.MILLISECONDS)) check();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("Interrupted while writing the quality graph", e);
        }
        check();
    }

    private void check() {
        Throwable t = failure.get();
        if (t != null) throw new CatalogException("Writing the quality graph " + graphName + " failed: " + t.getMessage(), t);
    }

    private void drain() {
        try {
            for (Graph g = queue.take(); g != END; g = queue.take()) {
                long t0 = System.nanoTime();
                store.appendToLog(graphName, g);
                nanos += System.nanoTime() - t0;
                triples += g.size();
            }
        } catch (Throwable t) {
            failure.set(t);
            queue.clear();
        }
    }

    /** Writes what is left and waits for the writer. */
    public void finish() {
        if (current.size() > 0) put(current);
        current = new TripleBuffer();
        put(END);
        join();
        check();
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("Interrupted while writing the quality graph", e);
        }
    }

    /** Time spent writing, and triples written, once finished. */
    public long nanos() {
        return nanos;
    }

    public long triples() {
        return triples;
    }

    /** Stops the writer without writing what is left (after a failure of the audit). */
    @Override
    public void close() {
        if (!thread.isAlive()) return;
        queue.clear();
        while (!queue.offer(END)) queue.clear();
        join();
    }
}
