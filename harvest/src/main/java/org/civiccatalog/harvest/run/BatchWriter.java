package org.civiccatalog.harvest.run;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.harvest.HarvestException;

/**
 * Writes a source's batches on a thread of its own, in the order given, so that gathering, mapping and hashing the
 * next batch (the harvest thread) overlaps with writing this one to TDB2: on two cores the store writes alone took
 * about as long as all the rest. Each batch is still one {@code write} call, so one write transaction. At most one
 * batch waits while one is written, which bounds the memory held. After a write fails, later batches are not
 * written: {@link #submit} and {@link #finish} report the failure to the harvest thread.
 */
final class BatchWriter {
    private static final List<RecordGraph> END = List.of();

    private final BlockingQueue<List<RecordGraph>> queue = new ArrayBlockingQueue<>(1);
    private final Consumer<List<RecordGraph>> write;
    private final Thread thread;
    private volatile RuntimeException failure;
    private boolean finished;

    BatchWriter(String name, Consumer<List<RecordGraph>> write) {
        this.write = write;
        this.thread = new Thread(this::drain, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void drain() {
        while (true) {
            List<RecordGraph> batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                failure = new HarvestException("the store writer was interrupted", e);
                return;
            }
            if (batch == END) return;
            if (failure != null) continue;   // keep taking, so that the harvest thread never blocks on a dead writer
            try {
                write.accept(batch);
            } catch (RuntimeException e) {
                failure = e;
            } catch (Error e) {
                failure = new HarvestException("writing a batch failed: " + e, e);
            }
        }
    }

    /** Hands a batch over; waits while an earlier batch is still waiting. Throws an earlier batch's failure. */
    void submit(List<RecordGraph> batch) {
        throwIfFailed();
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestException("the harvest was interrupted", e);
        }
    }

    /**
     * Waits until every batch handed over is written (or refused after a failure); the store is not written by this
     * writer afterwards, even when the harvest thread is interrupted meanwhile. Throws the first failure.
     */
    void finish() {
        if (!finished) {
            finished = true;
            boolean interrupted = false, ended = false;
            while (thread.isAlive()) {
                try {
                    if (!ended) queue.put(END);
                    ended = true;
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;   // the writer is in a transaction: let it end before the store may close
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
        throwIfFailed();
    }

    private void throwIfFailed() {
        RuntimeException f = failure;
        if (f != null) throw f;
    }
}
