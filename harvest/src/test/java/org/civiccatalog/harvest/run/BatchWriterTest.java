package org.civiccatalog.harvest.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.store.CatalogStore.RecordProducer;
import org.civiccatalog.core.store.CatalogStore.RecordSink;
import org.civiccatalog.core.store.RecordGraph;
import org.junit.jupiter.api.Test;

/** Records are written in order, in batches, on the writer's thread; a failed write stops later writes. */
class BatchWriterTest {
    static RecordGraph record(int i) {
        return new RecordGraph("s", "r" + i, "http://t.test/dataset/s/r" + i, GraphFactory.createGraphMem());
    }

    /** A stand-in for the store's replaceRecords: runs the producer, collecting one batch, then hands it on. */
    static Consumer<RecordProducer> collect(Consumer<List<String>> batches) {
        return producer -> {
            List<String> batch = new ArrayList<>();
            producer.produce(new RecordSink() {
                public void accept(RecordGraph r) {
                    batch.add(r.upstreamId());
                }

                public void sourceFields(Graph fields) {}
            });
            batches.accept(batch);
        };
    }

    @Test
    void records_are_written_in_order_in_batches_on_another_thread_and_finish_waits_for_them() {
        List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        BatchWriter w = new BatchWriter("test-writer", 3, collect(b -> {
            threads.add(Thread.currentThread().getName());
            batches.add(b);
        }));
        for (int i = 0; i < 8; i++) w.submit(record(i));
        w.finish();
        assertThat(batches).containsExactly(List.of("r0", "r1", "r2"), List.of("r3", "r4", "r5"), List.of("r6", "r7"));
        assertThat(threads).containsOnly("test-writer");
    }

    @Test
    void after_a_failed_write_nothing_more_is_written_and_the_failure_reaches_the_harvest_thread() {
        List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
        BatchWriter w = new BatchWriter("test-writer", 2, collect(b -> {
            if (b.contains("r2")) throw new IllegalStateException("disk full");
            batches.add(b);
        }));
        assertThatThrownBy(() -> {
            for (int i = 0; i < 5 * BatchWriter.QUEUED; i++) w.submit(record(i));
            w.finish();
        }).hasMessage("disk full");
        assertThatThrownBy(w::finish).hasMessage("disk full");
        assertThat(batches).containsExactly(List.of("r0", "r1"));
    }
}
