package org.civiccatalog.core.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civiccatalog.core.testing.RdfComparisons.turtle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.testing.Fixtures;
import org.civiccatalog.core.testing.IndependentDescriptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The W3C DCAT 3 examples are published as the same graph in Turtle, RDF/XML and JSON-LD. Importing the .rdf or
 * .jsonld gives a graph isomorphic to importing the .ttl exactly when the two documents' dataset descriptions are
 * isomorphic; a few published examples differ (e.g. a different homepage IRI, an undefined JSON-LD prefix), and
 * for them the imports must differ too, so the test cannot pass by making every import look alike.
 */
class CrossSyntaxImportTest {
    static final DcatRdfReader READER = DcatRdfFixturesTest.READER;

    static Path dir() {
        return Fixtures.fixture("dcat-rdf/w3c-dcat3-examples");
    }

    static Stream<Arguments> pairs() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir())) {
            for (Path ttl : s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                String stem = ttl.getFileName().toString().replaceFirst("\\.ttl$", "");
                for (String ext : List.of(".rdf", ".jsonld"))
                    if (Files.exists(dir().resolve(stem + ext))) out.add(Arguments.of(stem, ext));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}.ttl vs {0}{1}")
    @MethodSource("pairs")
    void same_example_in_another_syntax_imports_the_same(String stem, String ext) {
        Path ttl = dir().resolve(stem + ".ttl");
        Path other = dir().resolve(stem + ext);
        Graph ttlDoc = READER.parse(RdfInput.file(ttl));
        Graph otherDoc = READER.parse(RdfInput.file(other));
        if (IndependentDescriptions.datasets(ttlDoc).isEmpty()) {
            assertThat(IndependentDescriptions.datasets(otherDoc)).isEmpty();
            for (Path p : List.of(ttl, other))
                assertThatThrownBy(() -> READER.read(RdfInput.file(p), "w3c", d -> {}))
                        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no dcat:Dataset found");
            return;
        }
        Graph ttlImport = imports(ttl);
        Graph otherImport = imports(other);
        boolean descriptionsAlike = descriptions(ttlDoc).isIsomorphicWith(descriptions(otherDoc));
        assertThat(ttlImport.isIsomorphicWith(otherImport))
                .as(() -> stem + ".ttl vs " + ext + " (descriptions isomorphic: " + descriptionsAlike + ")\n--- ttl\n"
                        + turtle(ttlImport) + "--- " + ext + "\n" + turtle(otherImport))
                .isEqualTo(descriptionsAlike);
    }

    @Test
    void most_examples_are_the_same_graph_in_every_syntax() throws IOException {
        long alike = pairs().filter(a -> {
            Object[] args = a.get();
            Graph t = READER.parse(RdfInput.file(dir().resolve(args[0] + ".ttl")));
            Graph o = READER.parse(RdfInput.file(dir().resolve(args[0] + (String) args[1])));
            return !IndependentDescriptions.datasets(t).isEmpty() && descriptions(t).isIsomorphicWith(descriptions(o));
        }).count();
        assertThat(alike).as("pairs with datasets whose descriptions agree").isGreaterThan(30);
    }

    private static Graph imports(Path p) {
        Graph union = GraphFactory.createGraphMem();
        READER.read(RdfInput.file(p), "w3c", (ImportedDataset d) -> d.graph().find().forEachRemaining(union::add));
        return union;
    }

    /** The union of every importable dataset's description, in the document's own IRIs. */
    private static Graph descriptions(Graph doc) {
        Graph union = GraphFactory.createGraphMem();
        for (Node d : IndependentDescriptions.importable(doc))
            IndependentDescriptions.describe(doc, d).find().forEachRemaining(union::add);
        return union;
    }
}
