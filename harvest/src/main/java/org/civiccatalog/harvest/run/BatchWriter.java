package org.civiccatalog.harvest.run;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.store.CatalogStore.RecordProducer;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.harvest.HarvestException;

/**
 * Writes a source's records on a thread of its own, so that gathering, mapping and hashing (the harvest thread)
 * overlap with writing to TDB2: on two cores the store writes alone took about as long as all the rest. Records
 * stream through a small queue into batches of {@code batchSize}, each batch one {@code write} call (one write
 * transaction, opened at the batch's first record), so no batch is held in memory as a whole. After a write fails,
 * later records are not written: {@link #submit} and {@link #finish} report the failure to the harvest thread.
 */
final class BatchWriter {
    /** Records waiting for the writer at most: about a second of harvest, a few MB. */
    static final int QUEUED = 1_000;
    private static final RecordGraph END = new RecordGraph("-", "-", "-", GraphFactory.createGraphMem());

    private final BlockingQueue<RecordGraph> queue = new ArrayBlockingQueue<>(QUEUED);
    private final int batchSize;
    private final Consumer<RecordProducer> write;
    private final Thread thread;
    private volatile RuntimeException failure;
    private boolean ended;

    /** @param write writes the records the producer pushes in one transaction (the store's replaceRecords) */
    BatchWriter(String name, int batchSize, Consumer<RecordProducer> write) {
        this.batchSize = batchSize;
        this.write = write;
        this.thread = new Thread(this::drain, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void drain() {
        while (true) {
            RecordGraph first = take();
            if (first == END) return;
            if (failure != null) continue;   // keep taking, so that the harvest thread never blocks on a dead writer
            boolean[] last = {false};
            try {
                write.accept(sink -> {
                    sink.accept(first);
                    for (int n = 1; n < batchSize; n++) {
                        RecordGraph r = take();
                        if (r == END) {
                            last[0] = true;
                            return;
                        }
                        sink.accept(r);
                    }
                });
            } catch (RuntimeException e) {
                failure = e;
            } catch (Error e) {
                failure = new HarvestException("writing a batch failed: " + e, e);
            }
            if (last[0]) return;
        }
    }

    private RecordGraph take() {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                // Only END ends the writer, so that finish() knows when it has left the store.
                if (failure == null) failure = new HarvestException("the store writer was interrupted", e);
            }
        }
    }

    /** Hands a record over; waits while the queue is full. Throws an earlier write's failure. */
    void submit(RecordGraph r) {
        throwIfFailed();
        try {
            queue.put(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestException("the harvest was interrupted", e);
        }
    }

    /**
     * Ends the last batch and waits until every record handed over is written (or refused after a failure); the
     * store is not written by this writer afterwards, even when the harvest thread is interrupted meanwhile.
     * Throws the first failure.
     */
    void finish() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                if (!ended) queue.put(END);
                ended = true;
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;   // the writer may be in a transaction: let it end before the store may close
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        throwIfFailed();
    }

    private void throwIfFailed() {
        RuntimeException f = failure;
        if (f != null) throw f;
    }
}
