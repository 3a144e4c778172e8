package org.civiccatalog.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Searches take turns: never more at once than the gate allows, the waiting ones in arrival order. */
class SearchGateTest {

    @Test
    void searches_beyond_the_limit_wait_and_run_in_arrival_order() throws Exception {
        // One turn: the order in which the waiting ones start is the order they came in.
        assertThat(runThroughGate(new SearchGate(1), List.of("first"), 1)).containsExactly("first", "w0", "w1", "w2", "w3", "w4");
        // Two turns: two run at once, never more, and every one runs.
        assertThat(runThroughGate(new SearchGate(2), List.of("first", "second"), 2))
                .containsExactlyInAnyOrder("first", "second", "w0", "w1", "w2", "w3", "w4");
    }

    /** Must-fail twin: without a limit nobody waits, and the searches run side by side. */
    @Test
    void must_fail_twin_without_a_limit_every_search_runs_at_once() throws Exception {
        SearchGate open = new SearchGate(0);
        AtomicInteger running = new AtomicInteger(), most = new AtomicInteger();
        CountDownLatch allIn = new CountDownLatch(4), release = new CountDownLatch(1);
        List<Thread> ts = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> open.run(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                allIn.countDown();
                await(release);
                return running.decrementAndGet();
            }));
            t.start();
            ts.add(t);
        }
        allIn.await();
        release.countDown();
        for (Thread t : ts) t.join();
        assertThat(most.get()).isEqualTo(4);
        assertThat(open.waiting()).isZero();
    }

    /**
     * {@code holders} hold the gate's turns; five more arrive one after the other (each seen waiting before the next
     * starts); then the holders finish. Returns the order in which the searches started, checking that at most
     * {@code limit} ran at once.
     */
    private static List<String> runThroughGate(SearchGate gate, List<String> holders, int limit) throws Exception {
        List<String> started = new CopyOnWriteArrayList<>();
        AtomicInteger running = new AtomicInteger(), most = new AtomicInteger();
        CountDownLatch holding = new CountDownLatch(holders.size()), release = new CountDownLatch(1);
        List<Thread> threads = new java.util.ArrayList<>();
        for (String name : holders) {
            Thread t = new Thread(() -> gate.run(() -> {
                started.add(name);
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                holding.countDown();
                await(release);
                return running.decrementAndGet();
            }));
            t.start();
            threads.add(t);
            while (started.size() < threads.size()) Thread.onSpinWait(); // first before second
        }
        holding.await();
        for (int i = 0; i < 5; i++) {
            String name = "w" + i;
            Thread t = new Thread(() -> gate.run(() -> {
                started.add(name);
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                return running.decrementAndGet();
            }));
            t.start();
            threads.add(t);
            while (gate.waiting() < i + 1) Thread.onSpinWait();
        }
        assertThat(started).containsExactlyElementsOf(holders);
        release.countDown();
        for (Thread t : threads) t.join();
        assertThat(most.get()).isEqualTo(limit);
        return started;
    }

    private static void await(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
