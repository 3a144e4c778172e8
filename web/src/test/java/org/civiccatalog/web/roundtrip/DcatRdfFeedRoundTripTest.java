package org.civiccatalog.web.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.civiccatalog.core.testing.RdfComparisons.canonicalLiterals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.imports.CatalogImporter;
import org.civiccatalog.core.imports.ImportReport;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.core.testing.Fixtures;
import org.civiccatalog.core.testing.IndependentDescriptions;
import org.civiccatalog.core.testing.RdfComparisons;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.FOAF;
import org.civiccatalog.vocab.HYDRA;
import org.civiccatalog.vocab.Prefixes;
import org.civiccatalog.web.WebApp;
import org.civiccatalog.web.WebConfig;
import org.civiccatalog.web.http.Representation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.javalin.Javalin;

/**
 * End to end, over real HTTP: every DCAT RDF document under shared/fixtures/dcat-rdf is imported with the real
 * {@link CatalogImporter} (one source per file) into one real TDB2 store, the real web application serves it on a
 * free port, and for every imported dataset what the original document said about it (its description, computed
 * independently of production code by {@link IndependentDescriptions}) comes back out of the dataset's IRI in
 * Turtle, JSON-LD, RDF/XML and N-Triples: the served graph, without the catalog's record triples, with the IRI
 * mapping undone and literals canonicalised, is isomorphic to it. The paged {@code /catalog} feed lists every
 * imported dataset exactly once. Files the importer rejects must be rejected for a documented reason only: the
 * four invalid-as-published Turtle files of SOURCES.md, and documents without any dcat:Dataset.
 */
class DcatRdfFeedRoundTripTest {
    static final String BASE = "http://catalog.test/";
    static final CatalogIris IRIS = CatalogIris.of(BASE);
    static final int PAGE_SIZE = 40;

    /** SOURCES.md, "Files that are deliberately NOT valid": invalid Turtle as published. */
    static final Set<String> INVALID_AS_PUBLISHED = Set.of(
            "dcat-ap-3.0.1/examples/example-bee-population-dataset-series-api.ttl",
            "dcat-ap-3.0.1/examples/example-bee-population-dataset-series-combined.ttl",
            "dcat-ap-hvd-3.0.0/examples/example-bees_wasps_dataset.ttl",
            "ckanext-dcat/dataset.ttl");

    /** How a dataset's RDF is asked for: by Accept on its IRI, or by a suffix. */
    enum Variant {
        TURTLE_BY_ACCEPT(Representation.TURTLE, "text/turtle", null),
        TURTLE_BY_SUFFIX(Representation.TURTLE, null, ".ttl"),
        JSONLD_BY_SUFFIX(Representation.JSONLD, null, ".jsonld"),
        RDFXML_BY_ACCEPT(Representation.RDFXML, "application/rdf+xml", null),
        NTRIPLES_BY_SUFFIX(Representation.NTRIPLES, null, ".nt");

        final Representation rep;
        final String accept;
        final String suffix;

        Variant(Representation rep, String accept, String suffix) {
            this.rep = rep;
            this.accept = accept;
            this.suffix = suffix;
        }
    }

    /**
     * The variants every dataset is checked in: Turtle by Accept, JSON-LD by suffix, RDF/XML by Accept, N-Triples
     * by suffix (Turtle by suffix is checked on a distribution IRI of each dataset).
     */
    static final List<Variant> CHECKED = List.of(Variant.TURTLE_BY_ACCEPT, Variant.JSONLD_BY_SUFFIX,
            Variant.RDFXML_BY_ACCEPT, Variant.NTRIPLES_BY_SUFFIX);


    /** One fixture file: its source, what the importer did with it, and the test's own reading of it. */
    record Imported(String rel, Path file, String sourceId, Optional<ImportReport> report, Optional<RuntimeException> error,
                    Optional<IndependentDescriptions.Document> original, Optional<RuntimeException> parseError) {
        /** Catalog IRI -> original dataset node, for the datasets the test expects imported. */
        Map<String, Node> expectedDatasets() {
            Map<String, Node> out = new LinkedHashMap<>();
            original.ifPresent(doc -> doc.importable().stream().sorted(Comparator.comparing(Node::toString))
                    .forEach(d -> out.put(IRIS.dataset(sourceId, doc.upstreamId(d)), d)));
            return out;
        }
    }

    @TempDir
    static Path dir;
    static CatalogStore store;
    static Javalin app;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Map<String, Imported> IMPORTED = new LinkedHashMap<>();
    static long importMillis;
    static final java.util.concurrent.atomic.AtomicInteger COMPARED = new java.util.concurrent.atomic.AtomicInteger();

    static Path root() {
        return Fixtures.fixture("dcat-rdf");
    }

    static List<String> rdfFiles() throws IOException {
        try (Stream<Path> s = Files.walk(root())) {
            return s.filter(Files::isRegularFile).filter(DcatRdfFeedRoundTripTest::isRdfDocument)
                    .map(p -> root().relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** RDF by extension; a JSON-LD file holding only an @context is a context, not a document. */
    static boolean isRdfDocument(Path p) {
        Lang lang = RDFLanguages.filenameToLang(p.getFileName().toString());
        if (lang == null) return false;
        if (lang.equals(Lang.JSONLD) || lang.equals(Lang.JSONLD11)) {
            try {
                JsonNode json = new ObjectMapper().readTree(Files.readAllBytes(p));
                return !(json.isObject() && json.size() == 1 && json.has("@context"));
            } catch (IOException e) {
                return true;   // let the importer say what is wrong with it
            }
        }
        return true;
    }

    /** A valid, readable source id per file: its index and a slug of its path. */
    static String sourceId(int index, String rel) {
        String slug = rel.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        String id = String.format("f%03d-%s", index, slug);
        return id.length() > 64 ? id.substring(0, 64) : id;
    }

    @BeforeAll
    static void importEveryFileAndStart() throws IOException {
        store = TdbCatalogStore.open(dir, BASE);
        CatalogImporter importer = new CatalogImporter(store);
        List<String> files = rdfFiles();
        long t0 = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            String rel = files.get(i);
            Path file = root().resolve(rel);
            String source = sourceId(i, rel);
            Optional<ImportReport> report = Optional.empty();
            Optional<RuntimeException> error = Optional.empty();
            try {
                report = Optional.of(importer.importFiles(SourceInfo.imported(source, "dcat-rdf"), List.of(file)));
            } catch (RuntimeException e) {
                error = Optional.of(e);
            }
            Optional<IndependentDescriptions.Document> original = Optional.empty();
            Optional<RuntimeException> parseError = Optional.empty();
            if (!INVALID_AS_PUBLISHED.contains(rel)) {
                try {
                    original = Optional.of(IndependentDescriptions.read(file, IRIS.source(source) + "/"));
                } catch (RuntimeException e) {
                    parseError = Optional.of(e);
                }
            }
            IMPORTED.put(rel, new Imported(rel, file, source, report, error, original, parseError));
        }
        importMillis = (System.nanoTime() - t0) / 1_000_000;
        app = WebApp.create(WebConfig.defaults().withPageSizes(PAGE_SIZE, 1000).withPort(0).withHost("127.0.0.1"),
                store, h -> {}).start();
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
        if (store != null) store.close();
        System.out.printf("[roundtrip] %d files (%d imported, %d rejected), %d datasets imported in %d ms;"
                        + " %d dataset responses isomorphic to the original description%n", IMPORTED.size(),
                IMPORTED.values().stream().filter(i -> i.report().isPresent()).count(),
                IMPORTED.values().stream().filter(i -> i.error().isPresent()).count(),
                expectedCatalog().size(), importMillis, COMPARED.get());
    }

    static Stream<String> files() throws IOException {
        return rdfFiles().stream();
    }

    /** Every dataset IRI the test expects in the catalog. */
    static Set<String> expectedCatalog() {
        Set<String> all = new TreeSet<>();
        IMPORTED.values().forEach(i -> all.addAll(i.expectedDatasets().keySet()));
        return all;
    }

    @Test
    void the_fixture_set_is_the_one_these_tests_rely_on_and_the_round_trip_is_not_vacuous() {
        assertThat(IMPORTED).hasSizeGreaterThan(150);
        assertThat(IMPORTED.keySet()).containsAll(INVALID_AS_PUBLISHED)
                .doesNotContain("dcat-ap-3.0.1/context/dcat-ap.jsonld", "dcat-ap-3.0.1/examples/context.jsonld")
                .noneMatch(f -> f.endsWith(".md"));
        long withDatasets = IMPORTED.values().stream().filter(i -> !i.expectedDatasets().isEmpty()).count();
        assertThat(withDatasets).as("files with importable datasets").isGreaterThan(120);
        assertThat(expectedCatalog()).as("datasets expected in the catalog").hasSizeGreaterThan(200);
        assertThat(store.countDatasets()).isEqualTo(expectedCatalog().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void every_dataset_of_the_file_comes_back_out_of_its_feeds_as_the_original_described_it(String rel) {
        Imported imp = IMPORTED.get(rel);
        assertThat(imp).as("%s was imported by @BeforeAll", rel).isNotNull();
        if (INVALID_AS_PUBLISHED.contains(rel)) {
            assertThat(imp.error()).as("%s is invalid Turtle as published: the import must fail", rel).isPresent();
            assertThat(imp.error().get()).isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith(imp.file() + ":");
            assertThat(((InvalidInputException) imp.error().get()).line()).as("line of the syntax error").isPresent();
            assertNothingStored(imp);
            return;
        }
        if (imp.parseError().isPresent())
            fail("%s: the test's own plain-Jena parse failed (the importer %s):%n%s", rel,
                    imp.error().map(e -> "failed too: " + e.getMessage()).orElse("accepted it"),
                    stackTrace(imp.parseError().get()));
        IndependentDescriptions.Document doc = imp.original().orElseThrow();
        if (doc.found().isEmpty()) {
            assertThat(imp.error()).as("%s holds no dcat:Dataset: the import must fail", rel).isPresent();
            assertThat(imp.error().get()).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("no dcat:Dataset found");
            assertNothingStored(imp);
            return;
        }
        if (imp.error().isPresent())
            fail("%s: the importer rejected a valid DCAT document with %d dataset(s) for an undocumented reason:%n%s",
                    rel, doc.found().size(), stackTrace(imp.error().get()));

        Map<String, Node> expected = imp.expectedDatasets();
        ImportReport report = imp.report().orElseThrow();
        assertThat(report.datasets()).as("%s: datasets imported", rel).isEqualTo(expected.size());
        assertThat(report.notes().stream().filter(n -> n.contains(": skipped ")).count())
                .as("%s: datasets skipped (found but without a key, or only listed): %s", rel, report.notes())
                .isEqualTo(doc.found().size() - expected.size());

        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Node> e : expected.entrySet()) {
            String datasetIri = e.getKey();
            Node original = e.getValue();
            Graph description = canonicalLiterals(doc.describe(original));
            Set<Node> originals = new HashSet<>(doc.distributions(original));
            originals.add(original);
            String upstreamId = doc.upstreamId(original);
            Graph turtle = null;
            for (Variant v : CHECKED) {
                String what = rel + " " + original + " -> <" + datasetIri + "> as " + v;
                try {
                    Graph served = fetch(datasetIri, v);
                    if (v == Variant.TURTLE_BY_ACCEPT) turtle = served;
                    assertRecordTriples(what, served, imp.sourceId(), upstreamId, datasetIri);
                    assertThat(RdfComparisons.mintedDistributions(served, datasetIri)).as(what + ": distribution IRIs")
                            .containsExactlyElementsOf(IntStream.rangeClosed(1, originals.size() - 1)
                                    .mapToObj(n -> IRIS.distribution(datasetIri, n)).sorted().toList());
                    Graph actual = comparable(served, imp.sourceId(), upstreamId, datasetIri, originals);
                    assertSameDescription(what, actual, description);
                    COMPARED.incrementAndGet();
                } catch (AssertionError | RuntimeException ex) {
                    failures.add(ex.getMessage());
                }
            }
            if (turtle != null && originals.size() > 1) {
                // a distribution IRI dereferences to the same record graph
                String dist = IRIS.distribution(datasetIri, originals.size() - 1);
                try {
                    Graph g = fetch(dist, Variant.TURTLE_BY_SUFFIX);
                    if (!g.isIsomorphicWith(turtle)) failures.add(rel + ": <" + dist + ">.ttl is not the record of <"
                            + datasetIri + ">\n" + RdfComparisons.turtle(g));
                } catch (AssertionError | RuntimeException ex) {
                    failures.add(ex.getMessage());
                }
            }
        }
        if (!failures.isEmpty())
            fail("%d difference(s) in %s:%n%n%s", failures.size(), rel, String.join("\n\n", failures));
    }

    /** The graph of a feed response, brought into the original document's terms. */
    static Graph comparable(Graph served, String sourceId, String upstreamId, String datasetIri, Set<Node> originals) {
        return canonicalLiterals(RdfComparisons.unmapped(
                RdfComparisons.withoutRecord(served, IRIS, sourceId, upstreamId, datasetIri), datasetIri, originals));
    }

    /** Throws an AssertionError showing both graphs in Turtle, and the ground triples only one side has. */
    static void assertSameDescription(String what, Graph actual, Graph expected) {
        if (actual.isIsomorphicWith(expected)) return;
        throw new AssertionError(what + ": the feed's description is not the original's\n"
                + RdfComparisons.groundDifferences(actual, "feed", expected, "original")
                + "--- feed, unmapped (" + actual.size() + " triples)\n" + RdfComparisons.turtle(actual)
                + "--- original description (" + expected.size() + " triples)\n" + RdfComparisons.turtle(expected));
    }

    /** The triples dropped before comparing are there, and are what the store says they are. */
    static void assertRecordTriples(String what, Graph served, String sourceId, String upstreamId, String datasetIri) {
        Node rec = NodeFactory.createURI(IRIS.record(sourceId, upstreamId));
        Node src = NodeFactory.createURI(IRIS.source(sourceId));
        Node ds = NodeFactory.createURI(datasetIri);
        assertThat(served.contains(rec, RDF.type.asNode(), DCAT.CatalogRecord.asNode())).as(what + ": record typed").isTrue();
        assertThat(served.contains(rec, FOAF.primaryTopic.asNode(), ds)).as(what + ": record's primary topic").isTrue();
        assertThat(served.contains(rec, CIVIC.upstreamId.asNode(), NodeFactory.createLiteralString(upstreamId)))
                .as(what + ": record's upstream id").isTrue();
        assertThat(served.contains(rec, DCAT.inCatalog.asNode(), src)).as(what + ": record in its source").isTrue();
        assertThat(served.contains(src, DCAT.record.asNode(), rec)).as(what + ": source lists the record").isTrue();
        assertThat(served.contains(src, DCAT.dataset.asNode(), ds)).as(what + ": source lists the dataset").isTrue();
    }

    private static void assertNothingStored(Imported imp) {
        assertThat(store.sources()).as("a rejected file leaves no source").noneMatch(s -> s.id().equals(imp.sourceId()));
        assertThat(store.datasetIris(0, Integer.MAX_VALUE)).as("a rejected file leaves no dataset")
                .noneMatch(iri -> iri.startsWith(BASE + "dataset/" + imp.sourceId() + "/"));
    }

    // --- the must-fail twin -------------------------------------------------------------------------------------

    /** A few files of different families and syntaxes, each with distributions. */
    static Stream<String> twinFiles() {
        return Stream.of("w3c-dcat3-examples/basic-example.ttl", "w3c-dcat3-examples/basic-example.jsonld",
                "dcat-ap-hvd-3.0.0/examples/example-ms_dataset_2_distributions.ttl",
                "govdata-de/bremen-catalog-dataset-extracted.rdf", "ckanext-dcat/dataset_sweden.rdf",
                "dcat-ap-2.1.1/examples/example1.nt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twinFiles")
    void altering_one_literal_of_the_expected_description_makes_the_comparison_fail(String rel) {
        Imported imp = IMPORTED.get(rel);
        assertThat(imp).as(rel).isNotNull();
        IndependentDescriptions.Document doc = imp.original().orElseThrow();
        Map.Entry<String, Node> first = imp.expectedDatasets().entrySet().stream()
                .filter(e -> !doc.distributions(e.getValue()).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError(rel + " has no dataset with a distribution"));
        String datasetIri = first.getKey();
        Node original = first.getValue();
        String upstreamId = doc.upstreamId(original);
        Graph description = doc.describe(original);
        Set<Node> originals = new HashSet<>(doc.distributions(original));
        originals.add(original);
        Node aDistribution = originals.stream().filter(n -> !n.equals(original))
                .filter(n -> description.find(n, Node.ANY, Node.ANY).toList().stream().anyMatch(t -> t.getObject().isLiteral()))
                .min(Comparator.comparing(Node::toString))
                .orElseThrow(() -> new AssertionError(rel + ": no distribution with a literal"));

        for (Variant v : CHECKED) {
            Graph actual = comparable(fetch(datasetIri, v), imp.sourceId(), upstreamId, datasetIri, originals);
            // the twin's premise: unaltered, the very same comparison passes
            assertSameDescription(rel + " as " + v, actual, canonicalLiterals(description));
            for (Node subject : List.of(original, aDistribution)) {
                Triple victim = literalTriple(description, subject);
                Node altered = alter(victim.getObject());
                Graph wrong = GraphFactory.createGraphMem();
                description.find().forEachRemaining(t -> wrong.add(t.equals(victim)
                        ? Triple.create(t.getSubject(), t.getPredicate(), altered) : t));
                assertThat(wrong.size()).isEqualTo(description.size());
                assertThatThrownBy(() -> assertSameDescription(rel + " as " + v + " (altered)", actual,
                        canonicalLiterals(wrong)))
                        .as("%s as %s: changing %s to %s must be noticed", rel, v, victim, altered)
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining("is not the original's")
                        .hasMessageContaining(altered.getLiteralLexicalForm());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"5120", "2023-01-05", "true"})
    void canonical_literal_forms_do_not_hide_a_different_value(String lexical) {
        XSDDatatype type = lexical.equals("true") ? XSDDatatype.XSDboolean
                : lexical.contains("-") ? XSDDatatype.XSDdate : XSDDatatype.XSDdecimal;
        Node s = NodeFactory.createURI("https://example.org/ds");
        Node p = NodeFactory.createURI("https://example.org/p");
        Graph a = GraphFactory.createGraphMem();
        a.add(Triple.create(s, p, NodeFactory.createLiteralDT(lexical, type)));
        String otherValue = switch (lexical) {
            case "5120" -> "5121";
            case "true" -> "false";
            default -> "2023-01-06";
        };
        Graph b = GraphFactory.createGraphMem();
        b.add(Triple.create(s, p, NodeFactory.createLiteralDT(otherValue, type)));
        assertThatThrownBy(() -> assertSameDescription("value", canonicalLiterals(a), canonicalLiterals(b)))
                .isInstanceOf(AssertionError.class);
        Graph c = GraphFactory.createGraphMem();
        c.add(Triple.create(s, p, NodeFactory.createLiteralDT(lexical.equals("5120") ? "5120.0" : lexical, type)));
        assertSameDescription("same value", canonicalLiterals(a), canonicalLiterals(c));
    }

    /** A string-like literal of {@code subject} if it has one, else any literal; chosen deterministically. */
    private static Triple literalTriple(Graph g, Node subject) {
        List<Triple> ts = g.find(subject, Node.ANY, Node.ANY).toList().stream().filter(t -> t.getObject().isLiteral())
                .sorted(Comparator.comparing(Triple::toString)).toList();
        return ts.stream().filter(t -> t.getObject().getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())
                        || !t.getObject().getLiteralLanguage().isEmpty()).findFirst()
                .orElseGet(() -> ts.stream().findFirst().orElseThrow(() -> new AssertionError(subject + " has no literal")));
    }

    private static Node alter(Node literal) {
        String lex = literal.getLiteralLexicalForm() + " [altered by the twin]";
        return literal.getLiteralLanguage().isEmpty() ? NodeFactory.createLiteralString(lex)
                : NodeFactory.createLiteralLang(lex, literal.getLiteralLanguage());
    }

    // --- the paged catalog feed --------------------------------------------------------------------------------

    static final Node CATALOG = NodeFactory.createURI(BASE + "catalog");

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Representation.class, names = {"TURTLE", "JSONLD", "RDFXML", "NTRIPLES"})
    void walking_hydra_next_of_the_catalog_lists_every_imported_dataset_exactly_once(Representation rep) {
        Set<String> expected = expectedCatalog();
        List<String> seen = new ArrayList<>();
        Set<String> pages = new HashSet<>();
        String url = BASE + "catalog." + rep.suffix();
        while (url != null) {
            assertThat(pages.add(url)).as("page visited twice: %s", url).isTrue();
            assertThat(pages.size()).as("pages").isLessThanOrEqualTo(expected.size() / PAGE_SIZE + 2);
            Graph g = parse(get(url, null), rep, url);
            List<String> members = objects(g, CATALOG, HYDRA.member.asNode());
            assertThat(new TreeSet<>(objects(g, CATALOG, DCAT.dataset.asNode()))).as("%s: dcat:dataset = hydra:member", url)
                    .isEqualTo(new TreeSet<>(members));
            assertThat(members).as(url).hasSizeLessThanOrEqualTo(PAGE_SIZE);
            assertThat(objects(g, CATALOG, HYDRA.totalItems.asNode())).as("%s: totalItems", url)
                    .containsExactly(String.valueOf(expected.size()));
            for (String m : members)
                assertThat(g.contains(NodeFactory.createURI(m), RDF.type.asNode(), Node.ANY))
                        .as("%s: the page carries the record of %s", url, m).isTrue();
            seen.addAll(members);
            List<Node> views = g.find(CATALOG, HYDRA.view.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
            assertThat(views).as("%s: one view", url).hasSize(1);
            List<String> next = objects(g, views.get(0), HYDRA.next.asNode());
            assertThat(next).as("%s: at most one next", url).hasSizeLessThanOrEqualTo(1);
            url = next.isEmpty() ? null : next.get(0);
        }
        assertThat(pages).hasSize((expected.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        assertThat(seen).as("datasets listed by the walk").doesNotHaveDuplicates();
        assertThat(new TreeSet<>(seen)).as("datasets listed by the walk").isEqualTo(expected);
    }

    private static List<String> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject)
                .mapWith(o -> o.isLiteral() ? o.getLiteralLexicalForm() : o.getURI()).toList();
    }

    // --- HTTP ------------------------------------------------------------------------------------------------------

    /** GETs a dataset (or distribution) IRI as {@code v} asks, checks the answer's headers, and parses it. */
    static Graph fetch(String iri, Variant v) {
        String url = v.suffix == null ? iri : iri + v.suffix;
        HttpResponse<byte[]> r = get(url, v.accept);
        String what = "GET <" + url + ">" + (v.accept == null ? "" : " Accept: " + v.accept);
        assertThat(r.statusCode()).as("%s: status; body %s", what, new String(r.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).as(what + ": Content-Type").hasValue(v.rep.contentType());
        if (v.accept != null)
            assertThat(r.headers().firstValue("Content-Location")).as(what + ": Content-Location")
                    .hasValue(iri + "." + v.rep.suffix());
        return parse(r, v.rep, url);
    }

    /** Refuses every remote context: what a client of our feeds must never need. */
    static final DocumentLoader NO_REMOTE_CONTEXTS = (url, options) -> {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "a feed made the JSON-LD processor fetch <" + url + ">");
    };

    /**
     * Parses a response with plain Jena, except JSON-LD, read with RDF4J Rio: Jena's JSON-LD reader (Titanium)
     * drops triples with an IRI that has nothing after its scheme (Bremen's {@code dct:language <TODO:>}), which our
     * output carries correctly. That Jena and Rio read our JSON-LD alike otherwise is CatalogFeedTest's business.
     */
    static Graph parse(HttpResponse<byte[]> r, Representation rep, String url) {
        assertThat(r.statusCode()).as("GET %s", url).isEqualTo(200);
        if (rep == Representation.JSONLD) return org.civiccatalog.web.RdfCompare.rio(r.body(), rep);
        Lang lang = switch (rep) {
            case TURTLE -> Lang.TURTLE;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
            case NTRIPLES -> Lang.NTRIPLES;
            case HTML -> throw new IllegalArgumentException("HTML");
        };
        Graph g = GraphFactory.createGraphMem();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).base(serverUrl(url))
                .set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(NO_REMOTE_CONTEXTS))
                .parse(g);
        return g;
    }

    static HttpResponse<byte[]> get(String iri, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(serverUrl(iri))).GET();
        if (accept != null) b.header("Accept", accept);
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The running server's URL of an IRI under the base. */
    static String serverUrl(String iri) {
        assertThat(iri).startsWith(BASE);
        return "http://127.0.0.1:" + app.port() + "/" + iri.substring(BASE.length());
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
