package org.civiccatalog.core.audit.dqv;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.store.CatalogStore;

/**
 * Writes a run's quality graph in ONE write transaction, streamed while the audit produces it: a thread of its own
 * calls {@link CatalogStore#appendToLog} (which leaves the feeds' state and ETags alone) with a graph whose triples
 * arrive through a bounded queue. One transaction because TDB2 is copy-on-write: committing a large graph in many
 * batches left the store ten times the size of the data (and filled the disk at 100,000 datasets); and because a run
 * is then all or nothing. Its own thread because the audit reads the records in one long read transaction, inside
 * which no write can start; TDB2 lets one writer work while readers read their snapshot. Memory stays bounded: at
 * most {@link #QUEUED} chunks of {@link #CHUNK} triples wait.
 */
public final class BatchWriter implements AutoCloseable {
    static final int CHUNK = 10_000;
    static final int QUEUED = 8;
    private static final List<Triple> END = List.of();
    private static final List<Triple> ABORT = new ArrayList<>();

    private final String graphName;
    private final BlockingQueue<List<Triple>> queue = new ArrayBlockingQueue<>(QUEUED);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread thread;
    private List<Triple> chunk = new ArrayList<>(CHUNK);
    private final Graph sink = new Collector();
    private volatile long nanos, triples;
    private boolean finished;

    public BatchWriter(CatalogStore store, String graphName) {
        this.graphName = graphName;
        this.thread = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                store.appendToLog(graphName, new Incoming());
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                queue.clear();
            } finally {
                nanos = System.nanoTime() - t0;
            }
        }, "audit-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Where the audit adds the run's triples. */
    public Graph graph() {
        return sink;
    }

    private void put(List<Triple> c) {
        try {
            while (!queue.offer(c, 100, TimeUnit.MILLISECONDS)) {
                check();
                if (!thread.isAlive()) throw new CatalogException("The quality graph writer stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("Interrupted while writing the quality graph", e);
        }
    }

    private void check() {
        Throwable t = failure.get();
        if (t != null) throw new CatalogException("Writing the quality graph " + graphName + " failed: " + t.getMessage(), t);
    }

    /** Hands over what is left, commits, and waits for the writer. */
    public void finish() {
        if (!chunk.isEmpty()) put(chunk);
        chunk = new ArrayList<>();
        put(END);
        finished = true;
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

    /** Time the write transaction took (open to commit), once finished. */
    public long nanos() {
        return nanos;
    }

    public long triples() {
        return triples;
    }

    /** After a failure of the audit: the write transaction aborts, nothing of the run is kept. */
    @Override
    public void close() {
        if (finished || !thread.isAlive()) return;
        queue.clear();
        while (!queue.offer(ABORT)) queue.clear();
        join();
    }

    /** The audit's side: collects triples into chunks. */
    private final class Collector extends GraphBase {
        @Override
        public void performAdd(Triple t) {
            chunk.add(t);
            if (chunk.size() >= CHUNK) {
                put(chunk);
                chunk = new ArrayList<>(CHUNK);
            }
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            throw new UnsupportedOperationException("the quality graph is written, not read, during the run");
        }
    }

    /** The writer's side: the triples as they arrive, for appendToLog's single pass. */
    private final class Incoming extends GraphBase {
        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            return WrappedIterator.create(new Iterator<Triple>() {
                private Iterator<Triple> current = List.<Triple>of().iterator();
                private boolean ended;

                @Override
                public boolean hasNext() {
                    while (!current.hasNext() && !ended) {
                        List<Triple> next;
                        try {
                            next = queue.take();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new CatalogException("Interrupted while writing the quality graph", e);
                        }
                        if (next == ABORT) throw new CatalogException("Audit failed: quality graph " + graphName + " not written");
                        if (next == END) ended = true;
                        else {
                            triples += next.size();
                            current = next.iterator();
                        }
                    }
                    return current.hasNext();
                }

                @Override
                public Triple next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    return current.next();
                }
            }).filterKeep(pattern::matches);
        }

        @Override
        protected int graphBaseSize() {
            return 0;
        }
    }
}
