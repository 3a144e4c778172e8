package org.civiccatalog.core.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.vocab.DCAT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characterises TDB2, which the round-trip tests depend on: it stores numbers (and dates, booleans) by value, so
 * a literal's lexical form can change on the way through the store. The importer keeps the published form; the
 * store gives back the canonical one. Anything that hashes or diffs records must do so on one side consistently.
 */
class Tdb2LiteralFormsTest {
    @Test
    void tdb2_gives_back_a_decimal_in_canonical_form(@TempDir Path dir) {
        CatalogIris iris = CatalogIris.of("http://test.example/");
        String ds = iris.dataset("s", "d");
        Node published = NodeFactory.createLiteralDT("5120", XSDDatatype.XSDdecimal);
        Graph g = GraphFactory.createGraphMem();
        g.add(Triple.create(NodeFactory.createURI(ds), DCAT.byteSize.asNode(), published));
        try (TdbCatalogStore store = TdbCatalogStore.open(dir, iris.base())) {
            store.replaceRecords(SourceInfo.imported("s", "dcat-rdf"), List.of(new RecordGraph("s", "d", ds, g)));
            Graph back = store.recordGraphOfDataset(ds).orElseThrow();
            List<Node> sizes = back.find(Node.ANY, DCAT.byteSize.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
            assertThat(sizes).hasSize(1);
            assertThat(sizes.get(0).getLiteralLexicalForm()).isEqualTo("5120.0");
            assertThat(sizes.get(0).sameValueAs(published)).isTrue();
            assertThat(sizes.get(0)).isNotEqualTo(published);
        }
    }
}
