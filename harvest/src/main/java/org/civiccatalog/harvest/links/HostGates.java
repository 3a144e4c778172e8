package org.civiccatalog.harvest.links;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness towards one host: at most {@code perHost} requests in flight, and at least {@code intervalNanos} between
 * the starts of two requests. A request waits for its turn; waits between retries are spent outside the gate.
 */
final class HostGates {
    /** A request that may fail. */
    interface Request<T, E extends Exception> {
        T run() throws E;
    }

    private final int perHost;
    private final long intervalNanos;
    private final Map<String, Gate> gates = new ConcurrentHashMap<>();

    HostGates(int perHost, java.time.Duration interval) {
        this.perHost = perHost;
        this.intervalNanos = interval.toNanos();
    }

    <T, E extends Exception> T call(String host, Request<T, E> request) throws E, InterruptedException {
        if (perHost == 0 && intervalNanos == 0) return request.run();
        Gate g = gates.computeIfAbsent(host, h -> new Gate(perHost));
        if (g.slots != null) g.slots.acquire();
        try {
            g.awaitTurn(intervalNanos);
            return request.run();
        } finally {
            if (g.slots != null) g.slots.release();
        }
    }

    private static final class Gate {
        final Semaphore slots;
        private long next = Long.MIN_VALUE;

        Gate(int perHost) {
            this.slots = perHost == 0 ? null : new Semaphore(perHost, true);
        }

        /** Reserves the next start time (at least the interval after the last one) and sleeps until it. */
        void awaitTurn(long intervalNanos) throws InterruptedException {
            if (intervalNanos == 0) return;
            long start;
            synchronized (this) {
                long now = System.nanoTime();
                start = next == Long.MIN_VALUE || next - now < 0 ? now : next;
                next = start + intervalNanos;
            }
            long wait = start - System.nanoTime();
            if (wait > 0) java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
