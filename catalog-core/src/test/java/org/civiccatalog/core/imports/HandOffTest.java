package org.civiccatalog.core.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class HandOffTest {
    static Graph numbered(int i) {
        Graph g = GraphFactory.createGraphMem();
        g.add(Triple.create(NodeFactory.createURI("http://x/" + i), NodeFactory.createURI("http://x/n"),
                NodeFactory.createLiteralString(Integer.toString(i))));
        return g;
    }

    static int number(Graph g) {
        return Integer.parseInt(g.find().next().getObject().getLiteralLexicalForm());
    }

    @Test
    void every_graph_arrives_once_in_order() {
        List<Integer> seen = new ArrayList<>();
        HandOff.run(sink -> {
            for (int i = 0; i < 5000; i++) sink.accept(numbered(i));
        }, g -> seen.add(number(g)));
        assertThat(seen).hasSize(5000).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void a_failing_consumer_stops_the_producer_and_its_error_reaches_the_caller() {
        AtomicInteger produced = new AtomicInteger();
        assertThatThrownBy(() -> HandOff.run(sink -> {
            for (int i = 0; i < 1_000_000; i++) {
                sink.accept(numbered(i));
                produced.incrementAndGet();
            }
        }, g -> {
            if (number(g) == 10) throw new UncheckedIOException(new java.io.IOException("client went away"));
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("client went away");
        assertThat(produced.get()).isLessThan(10_000);
    }

    @Test
    void a_failing_producer_reaches_the_caller() {
        assertThatThrownBy(() -> HandOff.run(sink -> {
            sink.accept(numbered(1));
            throw new IllegalStateException("store closed");
        }, g -> {})).isInstanceOf(IllegalStateException.class).hasMessage("store closed");
    }
}
