package org.civiccatalog.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RdfExporterTest {
    @TempDir Path dir;

    private static Graph sample(String ds) {
        Graph g = GraphFactory.createGraphMem();
        Node d = NodeFactory.createURI(ds);
        Node pub = NodeFactory.createBlankNode();
        g.add(Triple.create(d, RDF.type.asNode(), DCAT.Dataset.asNode()));
        g.add(Triple.create(d, DCTERMS.title.asNode(), NodeFactory.createLiteralLang("Trees & <parks> \"quoted\"", "en")));
        g.add(Triple.create(d, DCTERMS.description.asNode(), NodeFactory.createLiteralString("line one\nline two\ttab")));
        g.add(Triple.create(d, DCTERMS.modified.asNode(), NodeFactory.createLiteralDT("2026-01-02",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
        g.add(Triple.create(d, DCTERMS.publisher.asNode(), pub));
        g.add(Triple.create(pub, FOAF.name.asNode(), NodeFactory.createLiteralString("Public Works")));
        g.add(Triple.create(d, NodeFactory.createURI("http://example.org/ext/odd-term_1"), NodeFactory.createLiteralString("x")));
        return g;
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void every_syntax_round_trips_to_an_isomorphic_graph(RdfSyntax syntax) {
        try (var store = TdbCatalogStore.open(dir, "http://test.example/")) {
            var iris = store.iris();
            store.replaceRecords(SourceInfo.imported("s", "datajson"), List.of(
                    new RecordGraph("s", "a", iris.dataset("s", "a"), sample(iris.dataset("s", "a"))),
                    new RecordGraph("s", "b", iris.dataset("s", "b"), sample(iris.dataset("s", "b")))));
            Graph expected = GraphFactory.createGraphMem();
            store.read(ds -> {
                // everything but the standards registry, a reference graph every store holds (docs/standards.md)
                ds.asDatasetGraph().find().forEachRemaining(q -> {
                    if (!q.getGraph().getURI().equals(iris.standardsGraph())) expected.add(q.asTriple());
                });
                return null;
            });
            var out = new ByteArrayOutputStream();
            long n = new RdfExporter(store).export(syntax, out);
            assertThat(n).isEqualTo(2);
            Graph actual = RDFParser.source(new ByteArrayInputStream(out.toByteArray()))
                    .lang(lang(syntax)).toGraph();
            assertThat(actual.isIsomorphicWith(expected))
                    .as(() -> "not isomorphic:\n" + out.toString(java.nio.charset.StandardCharsets.UTF_8)).isTrue();
        }
    }

    @Test
    void an_export_missing_one_triple_is_caught_must_fail_twin() {
        try (var store = TdbCatalogStore.open(dir, "http://test.example/")) {
            var iris = store.iris();
            store.replaceRecords(SourceInfo.imported("s", "datajson"),
                    List.of(new RecordGraph("s", "a", iris.dataset("s", "a"), sample(iris.dataset("s", "a")))));
            Graph expected = GraphFactory.createGraphMem();
            store.read(ds -> {
                // everything but the standards registry, a reference graph every store holds (docs/standards.md)
                ds.asDatasetGraph().find().forEachRemaining(q -> {
                    if (!q.getGraph().getURI().equals(iris.standardsGraph())) expected.add(q.asTriple());
                });
                return null;
            });
            var out = new ByteArrayOutputStream();
            new RdfExporter(store).export(RdfSyntax.NTRIPLES, out);
            String nt = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            String dropped = nt.lines().filter(l -> l.contains("Public Works")).findFirst().orElseThrow();
            Graph damaged = RDFParser.fromString(nt.replace(dropped + "\n", ""), Lang.NTRIPLES).toGraph();
            assertThat(damaged.size()).isEqualTo(expected.size() - 1);
            assertThat(damaged.isIsomorphicWith(expected)).isFalse();
        }
    }

    @Test
    void rdfxml_refuses_control_characters_it_cannot_carry() {
        Graph g = GraphFactory.createGraphMem();
        g.add(Triple.create(NodeFactory.createURI("http://x/d"), DCTERMS.title.asNode(), NodeFactory.createLiteralString("bell\u0007")));
        var out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> {
            try (var w = TripleStreamWriter.create(RdfSyntax.RDFXML, out)) {
                w.graph(g);
            }
        }).hasMessageContaining("control character");
    }

    static Lang lang(RdfSyntax s) {
        return switch (s) {
            case TURTLE -> Lang.TURTLE;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
            case NTRIPLES -> Lang.NTRIPLES;
        };
    }

    @SuppressWarnings("unused")
    private static void dump(Graph g) {
        RDFDataMgr.write(System.out, g, Lang.TURTLE);
    }
}
