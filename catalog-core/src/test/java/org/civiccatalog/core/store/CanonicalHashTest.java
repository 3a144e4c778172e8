package org.civiccatalog.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class CanonicalHashTest {
    static Graph ttl(String s) {
        return RDFParser.fromString("@prefix : <http://x/> . " + s, Lang.TURTLE).toGraph();
    }

    @Test
    void blank_node_labels_and_order_do_not_matter() {
        Graph a = ttl(":d :title \"T\" ; :publisher [ :name \"Works\" ; :parent [ :name \"City\" ] ] ; :kw \"a\", \"b\" .");
        Graph b = ttl(":d :kw \"b\", \"a\" ; :publisher _:p . _:p :parent _:q ; :name \"Works\" . _:q :name \"City\" . :d :title \"T\" .");
        assertThat(CanonicalHash.of(a)).isEqualTo(CanonicalHash.of(b));
    }

    @Test
    void a_changed_value_deep_in_a_blank_node_changes_the_hash() {
        Graph a = ttl(":d :publisher [ :name \"Works\" ; :parent [ :name \"City\" ] ] .");
        Graph b = ttl(":d :publisher [ :name \"Works\" ; :parent [ :name \"County\" ] ] .");
        assertThat(CanonicalHash.of(a)).isNotEqualTo(CanonicalHash.of(b));
    }

    @Test
    void swapped_values_between_two_blank_nodes_change_the_hash() {
        Graph a = ttl(":d :contact [ :fn \"A\" ; :email \"a@x\" ], [ :fn \"B\" ; :email \"b@x\" ] .");
        Graph b = ttl(":d :contact [ :fn \"A\" ; :email \"b@x\" ], [ :fn \"B\" ; :email \"a@x\" ] .");
        assertThat(CanonicalHash.of(a)).isNotEqualTo(CanonicalHash.of(b));
    }

    /**
     * Stores hold hashes computed by earlier versions: a graph with escapes, a language tag, typed literals, blank
     * nodes and an IRI with a query must hash as it always did (value computed with the first CanonicalHash).
     */
    @Test
    void the_hash_of_a_known_graph_has_not_changed() {
        Graph g = ttl(":d :title \"T \\\"q\\\" caf\u00e9\\n\"@en ; :publisher [ :name \"Works\" ; :parent [ :name \"City\" ] ]"
                + " ; :kw \"a\", \"b\" ; :n 3 ; :when \"2024-01-02\"^^<http://www.w3.org/2001/XMLSchema#date>"
                + " ; :page <http://x/a%20b?c=d&e> .");
        assertThat(CanonicalHash.of(g)).isEqualTo("405a0d4f29693a1658a2db469ad13a661ddc71e0ece08cf8f8d83f51cd05bb47");
    }
}
