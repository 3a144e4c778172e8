package org.civiccatalog.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The audit's worker pool: outcomes in submission order whatever finishes first, bounded in flight, one auditor per worker. */
class AuditPipelineTest {
    private static DatasetAuditor auditor() {
        return new DatasetAuditor(LinkResults.none(), AuditOptions.Compliance.DCAT_US);
    }

    @Test
    void outcomes_come_back_in_submission_order_even_when_a_later_one_finishes_first() throws Exception {
        List<Integer> seen = new ArrayList<>();
        CountDownLatch secondDone = new CountDownLatch(1);
        try (AuditPipeline<Integer> p = new AuditPipeline<>(2, AuditPipelineTest::auditor, seen::add)) {
            // the first waits until the second has finished: the second is done first, and must still come second
            p.submit(a -> {
                try {
                    assertThat(secondDone.await(60, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return 0;
            });
            p.submit(a -> {
                secondDone.countDown();
                return 1;
            });
            for (int i = 2; i < 200; i++) {
                int n = i;
                p.submit(a -> n);
            }
            p.finish();
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) expected.add(i);
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void at_most_AHEAD_records_per_worker_are_in_flight() {
        int threads = 2;
        AtomicInteger submitted = new AtomicInteger();
        List<Integer> handedOn = Collections.synchronizedList(new ArrayList<>());
        int[] maxInFlight = {0};
        try (AuditPipeline<Integer> p = new AuditPipeline<>(threads, AuditPipelineTest::auditor, handedOn::add)) {
            for (int i = 0; i < 1_000; i++) {
                int n = i;
                p.submit(a -> n);
                submitted.incrementAndGet();
                maxInFlight[0] = Math.max(maxInFlight[0], submitted.get() - handedOn.size());
            }
            p.finish();
        }
        assertThat(handedOn).hasSize(1_000);
        // after each submit the caller has waited for the oldest ones: fewer than the limit are left in flight
        assertThat(maxInFlight[0]).isLessThan(threads * AuditPipeline.AHEAD).isGreaterThan(0);
    }

    @Test
    void each_worker_has_its_own_auditor_and_the_timings_add_up() {
        Set<DatasetAuditor> used = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        Set<Thread> threads = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        List<String> auditorByThread = Collections.synchronizedList(new ArrayList<>());
        try (AuditPipeline<Integer> p = new AuditPipeline<>(2, AuditPipelineTest::auditor, x -> {})) {
            for (int i = 0; i < 100; i++)
                p.submit(a -> {
                    used.add(a);
                    threads.add(Thread.currentThread());
                    auditorByThread.add(Thread.currentThread().getId() + ":" + System.identityHashCode(a));
                    return 0;
                });
            p.finish();
            assertThat(p.timings().datasets()).as("no dataset audited through the auditors").isZero();
        }
        assertThat(used).hasSameSizeAs(threads);
        // a thread always used the same auditor
        assertThat(auditorByThread.stream().distinct().count()).isEqualTo(threads.size());
    }

    @Test
    void a_failing_task_fails_the_run_on_the_callers_thread() {
        try (AuditPipeline<Integer> p = new AuditPipeline<>(2, AuditPipelineTest::auditor, x -> {})) {
            p.submit(a -> {
                throw new IllegalStateException("broken");
            });
            assertThatThrownBy(p::finish).isInstanceOf(IllegalStateException.class).hasMessage("broken");
        }
    }

    @Test
    void one_thread_audits_on_the_callers_thread() {
        List<Thread> ran = new ArrayList<>();
        try (AuditPipeline<Integer> p = new AuditPipeline<>(1, AuditPipelineTest::auditor, x -> {})) {
            p.submit(a -> {
                ran.add(Thread.currentThread());
                return 0;
            });
            p.finish();
        }
        assertThat(ran).containsExactly(Thread.currentThread());
    }
}
