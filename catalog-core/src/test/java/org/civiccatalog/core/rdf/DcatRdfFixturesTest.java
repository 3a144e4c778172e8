package org.civiccatalog.core.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civiccatalog.core.testing.RdfComparisons.turtle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.core.testing.Fixtures;
import org.civiccatalog.core.testing.IndependentDescriptions;
import org.civiccatalog.core.testing.RdfComparisons;
import org.civiccatalog.vocab.DCTERMS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every RDF file under shared/fixtures/dcat-rdf: the four files that are invalid Turtle as published (SOURCES.md)
 * must fail with a line number; files in which the test itself finds no dataset must fail with "no dcat:Dataset
 * found"; every other file imports, is stored in a real TDB2 store, and each dataset's stored record, with the
 * store's own triples removed and the IRI mapping undone, is isomorphic to the dataset's description computed
 * independently from the original document.
 */
class DcatRdfFixturesTest {
    static final String BASE = "http://test.example/";
    static final String SOURCE = "fixture";
    static final CatalogIris IRIS = CatalogIris.of(BASE);
    static final DcatRdfReader READER = DcatRdfReader.create(IRIS);

    /** SOURCES.md, "Files that are deliberately NOT valid": invalid Turtle as published. */
    static final Set<String> INVALID_AS_PUBLISHED = Set.of(
            "dcat-ap-3.0.1/examples/example-bee-population-dataset-series-api.ttl",
            "dcat-ap-3.0.1/examples/example-bee-population-dataset-series-combined.ttl",
            "dcat-ap-hvd-3.0.0/examples/example-bees_wasps_dataset.ttl",
            "ckanext-dcat/dataset.ttl");

    static Path root() {
        return Fixtures.fixture("dcat-rdf");
    }

    static Stream<String> rdfFiles() throws IOException {
        try (Stream<Path> s = Files.walk(root())) {
            return s.filter(Files::isRegularFile).filter(DcatRdfFixturesTest::isRdfDocument)
                    .map(p -> root().relativize(p).toString().replace('\\', '/')).sorted().toList().stream();
        }
    }

    /** RDF by extension; a JSON-LD file holding only an @context is a context, not a document. */
    static boolean isRdfDocument(Path p) {
        Lang lang = RDFLanguages.filenameToLang(p.getFileName().toString());
        if (lang == null) return false;
        if (lang.equals(Lang.JSONLD) || lang.equals(Lang.JSONLD11)) {
            try {
                JsonNode json = new ObjectMapper().readTree(RdfDocumentParser.stripBom(Files.readAllBytes(p)));
                return !(json.isObject() && json.size() == 1 && json.has("@context"));
            } catch (IOException e) {
                return true;   // let the importer say what is wrong with it
            }
        }
        return true;
    }

    @Test
    void the_fixture_set_holds_the_files_these_tests_rely_on() throws IOException {
        List<String> files = rdfFiles().toList();
        assertThat(files).hasSizeGreaterThan(150).containsAll(INVALID_AS_PUBLISHED);
        assertThat(files).as("context-only JSON-LD is not a document")
                .doesNotContain("dcat-ap-3.0.1/context/dcat-ap.jsonld", "dcat-ap-3.0.1/examples/context.jsonld");
        assertThat(files).as("non-RDF files are skipped").noneMatch(f -> f.endsWith(".md"));
        long withDatasets = files.stream().filter(f -> !INVALID_AS_PUBLISHED.contains(f))
                .filter(f -> !IndependentDescriptions.importable(READER.parse(RdfInput.file(root().resolve(f)))).isEmpty())
                .count();
        assertThat(withDatasets).as("files with importable datasets (the round trip is not vacuous)").isGreaterThan(120);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rdfFiles")
    void fixture_imports_into_tdb2_and_round_trips_to_its_description(String rel, @TempDir Path dir) {
        Path file = root().resolve(rel);
        if (INVALID_AS_PUBLISHED.contains(rel)) {
            assertThatThrownBy(() -> READER.read(RdfInput.file(file), SOURCE, d -> {}))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).line()).as("line of the error").isPresent()
                            .get().satisfies(l -> assertThat(l).isPositive()))
                    .hasMessageStartingWith(file.toString() + ":");
            return;
        }
        Graph original = READER.parse(RdfInput.file(file));
        Set<Node> found = IndependentDescriptions.datasets(original);
        if (found.isEmpty()) {
            assertThatThrownBy(() -> READER.read(RdfInput.file(file), SOURCE, d -> {}))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("no dcat:Dataset found");
            return;
        }
        assertParserAgreesWithPlainJena(file, original);

        List<ImportedDataset> imported = new ArrayList<>();
        RdfImportReport report = READER.read(RdfInput.file(file), SOURCE, imported::add);
        Set<Node> importable = IndependentDescriptions.importable(original);
        assertThat(report.found()).as("datasets found").isEqualTo(found.size());
        assertThat(imported).as("datasets imported").hasSize(importable.size()).hasSize(report.imported());
        assertThat(report.skipped()).hasSize(found.size() - importable.size());

        try (TdbCatalogStore store = TdbCatalogStore.open(dir, BASE)) {
            store.replaceRecords(SourceInfo.imported(SOURCE, "dcat-rdf"), imported.stream()
                    .map(d -> new RecordGraph(SOURCE, d.upstreamId(), d.datasetIri(), d.graph())).toList());
            assertThat(store.countDatasets()).isEqualTo(importable.size());
            for (ImportedDataset d : imported) assertRoundTrip(rel, store, original, d);
        }
    }

    private static void assertRoundTrip(String rel, TdbCatalogStore store, Graph original, ImportedDataset d) {
        Node origNode = originalNode(original, d);
        Graph expected = IndependentDescriptions.describe(original, origNode);
        Set<Node> distributions = IndependentDescriptions.distributions(original, origNode);
        Set<Node> originals = new HashSet<>(distributions);
        originals.add(origNode);
        String what = rel + " " + d.position();

        // The importer's own output: exactly the description, term for term.
        assertIsomorphic(what + ": imported graph (unmapped)", RdfComparisons.unmapped(d.graph(), d.datasetIri(), originals),
                expected);
        assertThat(RdfComparisons.mintedDistributions(d.graph(), d.datasetIri()).size()).as(what + ": distributions")
                .isEqualTo(distributions.size());

        // What the store gives back: the same, up to TDB2's canonical literal forms.
        Graph stored = store.recordGraphOfDataset(d.datasetIri()).orElseThrow();
        Graph actual = RdfComparisons.unmapped(
                RdfComparisons.withoutRecord(stored, IRIS, SOURCE, d.upstreamId(), d.datasetIri()), d.datasetIri(), originals);
        assertIsomorphic(what + ": stored record (unmapped)", RdfComparisons.canonicalLiterals(actual),
                RdfComparisons.canonicalLiterals(expected));
        assertThat(RdfComparisons.mintedDistributions(stored, d.datasetIri()).size()).as(what + ": stored distributions")
                .isEqualTo(distributions.size());
    }

    static void assertIsomorphic(String what, Graph actual, Graph expected) {
        assertThat(actual.isIsomorphicWith(expected))
                .as(() -> what + " is not the dataset's description\n"
                        + "--- actual (" + actual.size() + " triples)\n" + turtle(actual)
                        + "--- expected (" + expected.size() + " triples)\n" + turtle(expected))
                .isTrue();
    }

    /** The dataset's node in the test's own parse: its IRI, or the blank node with its dct:identifier. */
    private static Node originalNode(Graph original, ImportedDataset d) {
        Set<Node> candidates = IndependentDescriptions.importable(original).stream()
                .filter(n -> n.isURI() ? n.getURI().equals(d.upstreamId())
                        : original.find(n, DCTERMS.identifier.asNode(), Node.ANY).toList().stream()
                                .anyMatch(t -> t.getObject().isLiteral()
                                        && t.getObject().getLiteralLexicalForm().strip().equals(d.upstreamId())))
                .collect(Collectors.toSet());
        assertThat(candidates).as("original node of " + d.upstreamId()).hasSize(1);
        return candidates.iterator().next();
    }

    /** For the syntaxes Jena reads without our options, our parse equals a plain Jena parse. */
    private static void assertParserAgreesWithPlainJena(Path file, Graph ours) {
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang.equals(Lang.JSONLD) || lang.equals(Lang.JSONLD11)) return;   // needs the bundled contexts
        Graph plain = GraphFactory.createGraphMem();
        RDFParser.source(file).base(file.toUri().toString()).parse(plain);
        assertThat(ours.isIsomorphicWith(plain)).as("parse of " + file + " differs from plain Jena").isTrue();
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s);
    }
}
