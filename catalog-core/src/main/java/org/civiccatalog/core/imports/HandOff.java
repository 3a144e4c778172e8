package org.civiccatalog.core.imports;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.CatalogException;

/**
 * Runs a producer of record graphs on the calling thread (where its read transaction lives) and their consumer,
 * in the same order, on a second thread, so that reading the store and mapping plus writing overlap on two
 * cores. A failure on either side stops both and is thrown to the caller; the queue bounds memory.
 */
final class HandOff {
    private static final Graph END = GraphFactory.createGraphMem();
    private static final int CAPACITY = 256;

    private HandOff() {}

    static void run(Consumer<Consumer<Graph>> producer, Consumer<Graph> consumer) {
        BlockingQueue<Graph> queue = new ArrayBlockingQueue<>(CAPACITY);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                for (Graph g = queue.take(); g != END; g = queue.take()) consumer.accept(g);
            } catch (InterruptedException e) {
                failure.compareAndSet(null, e);
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }, "record-consumer");
        worker.setDaemon(true);
        worker.start();
        boolean finished = false;
        try {
            producer.accept(g -> put(queue, g, failure, worker));
            put(queue, END, failure, worker);
            worker.join();
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("Interrupted while streaming records", e);
        } finally {
            if (!finished) worker.interrupt();
        }
        rethrow(failure.get());
    }

    private static void put(BlockingQueue<Graph> queue, Graph g, AtomicReference<Throwable> failure, Thread worker) {
        try {
            while (!queue.offer(g, 50, TimeUnit.MILLISECONDS)) {
                if (failure.get() != null || !worker.isAlive()) break;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("Interrupted while streaming records", e);
        }
        rethrow(failure.get());
    }

    private static void rethrow(Throwable t) {
        if (t == null) return;
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        throw new CatalogException("Streaming records failed: " + t, t);
    }
}
