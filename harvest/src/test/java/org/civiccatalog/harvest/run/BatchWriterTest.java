package org.civiccatalog.harvest.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.store.RecordGraph;
import org.junit.jupiter.api.Test;

/** Batches are written in order on the writer's thread; a failed write stops later writes and is reported. */
class BatchWriterTest {
    static List<RecordGraph> batch(String id) {
        return List.of(new RecordGraph("s", id, "http://t.test/dataset/s/" + id, GraphFactory.createGraphMem()));
    }

    @Test
    void batches_are_written_in_order_on_another_thread_and_finish_waits_for_them() {
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        BatchWriter w = new BatchWriter("test-writer", b -> {
            threads.add(Thread.currentThread().getName());
            written.add(b.get(0).upstreamId());
        });
        for (int i = 0; i < 20; i++) w.submit(batch("r" + i));
        w.finish();
        assertThat(written).hasSize(20).startsWith("r0", "r1").endsWith("r19");
        assertThat(threads).containsOnly("test-writer");
    }

    @Test
    void after_a_failed_write_nothing_more_is_written_and_the_failure_reaches_the_harvest_thread() {
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        BatchWriter w = new BatchWriter("test-writer", b -> {
            if (b.get(0).upstreamId().equals("r1")) throw new IllegalStateException("disk full");
            written.add(b.get(0).upstreamId());
        });
        w.submit(batch("r0"));
        w.submit(batch("r1"));
        assertThatThrownBy(() -> {
            for (int i = 2; i < 50; i++) w.submit(batch("r" + i));
            w.finish();
        }).hasMessage("disk full");
        assertThatThrownBy(w::finish).hasMessage("disk full");
        assertThat(written).containsExactly("r0");
    }
}
