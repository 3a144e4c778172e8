package org.civiccatalog.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DCATUS3} against the vendored DCAT-US 3.0 artefacts (DOI-DO/dcat-us and GSA/dcat-us, see
 * shared/fixtures/SOURCES.md): its terms are those of the SHACL shapes and JSON-LD context, and every machine-readable
 * artefact spells the namespace exactly {@link DCATUS3#NS}. The spec's own examples are split; the table below says
 * which file uses which spelling (docs/vocab.md explains the choice).
 */
class DcatUs3VocabularyTest {
    private static final Path SHAPES = Fixtures.fixture("shacl/dcat-us-3.0/dcat-us_3.0_shacl_shapes.ttl");
    private static final Path CONTEXT = Fixtures.fixture("dcat-us-3.0/context/dcat-us-3.0.jsonld");
    private static final Path FIXTURES = Fixtures.sharedDir().resolve("fixtures");

    /** The spec's example files that spell a DCAT-US ontology IRI, and how. Everything else must use {@link DCATUS3#NS}. */
    private static final Map<String, String> EXAMPLE_SPELLINGS = examples();

    private static Map<String, String> examples() {
        String table = DCATUS3.ALT_NS;                                // the spec's namespace table spelling
        String profile = "https://www.data.gov/ontology/dcat-us#";   // used only as a dct:conformsTo value
        Map<String, String> m = new TreeMap<>();
        m.put("dcat-us-3.0/examples/antimeridian-bbox.ttl", table);
        m.put("dcat-us-3.0/examples/dataset/geographicbbox.ttl", table);
        m.put("dcat-us-3.0/examples/dataset/in_series.ttl", table);
        m.put("dcat-us-3.0/examples/distribution/availability.ttl", table);
        m.put("dcat-us-3.0/examples/liability-statement.ttl", table);
        m.put("dcat-us-3.0/examples/program.ttl", table);
        m.put("dcat-us-3.0/examples/restriction/access-restriction.ttl", table);
        m.put("dcat-us-3.0/examples/restriction/cuiRestriction.ttl", table);
        m.put("dcat-us-3.0/examples/restriction/use-restriction.ttl", table);
        m.put("dcat-us-3.0/examples/example1-dcat-us-3.0.ttl", DCATUS3.NS);
        m.put("dcat-us-3.0/examples/catalog_record.ttl", profile);
        m.put("dcat-us-3.0/examples/catalog_record.jsonld", profile);
        return m;
    }

    private static final Set<String> SHAPE_TERMS = DcatUsArtefacts.termsInRdf(SHAPES, DCATUS3.NS);
    private static final Set<String> CONTEXT_TERMS = DcatUsArtefacts.termsInContext(CONTEXT, DCATUS3.PREFIX, DCATUS3.NS);

    /** The check: is a local name a DCAT-US 3 term of the vendored shapes or context? */
    static boolean isDcatUs3Term(String localName) {
        return SHAPE_TERMS.contains(localName) || CONTEXT_TERMS.contains(localName);
    }

    static Stream<Arguments> dcatUs3Constants() {
        return VocabTerms.terms(DCATUS3.class).stream().map(t -> Arguments.of(t.label(), t.term().getURI()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dcatUs3Constants")
    void dcat_us3_constant_appears_in_the_shapes_or_context(String field, String iri) {
        assertThat(iri).startsWith(DCATUS3.NS);
        assertThat(isDcatUs3Term(iri.substring(DCATUS3.NS.length())))
                .as("%s <%s> is in neither the DCAT-US 3 shapes nor the context", field, iri)
                .isTrue();
    }

    @Test
    void every_term_of_the_shapes_and_context_has_a_constant() {
        Set<String> artefactTerms = new TreeSet<>(SHAPE_TERMS);
        artefactTerms.addAll(CONTEXT_TERMS);
        Set<String> constants = VocabTerms.terms(DCATUS3.class).stream()
                .map(t -> t.term().getURI().substring(DCATUS3.NS.length()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(SHAPE_TERMS).as("terms read from the shapes").hasSizeGreaterThan(15);
        assertThat(CONTEXT_TERMS).as("terms read from the context").hasSizeGreaterThan(15);
        assertThat(constants).isEqualTo(artefactTerms);
    }

    @Test
    void terms_not_in_the_artefacts_are_rejected() {
        // Constants that once stood in DCATUS3 and appear in no DCAT-US 3 artefact, and terms only the examples use.
        for (String invented : List.of("DataStandard", "isDataStandard", "guidance", "accessRestrictionStatus",
                "Program", "agency", "availability"))
            assertThat(isDcatUs3Term(invented)).as("dcat-us:%s", invented).isFalse();
        // Case matters: the GSA JSON Schema's "dcat-us:CuiRestriction" is not the term.
        assertThat(isDcatUs3Term("CuiRestriction")).isFalse();
    }

    /** Every vendored DCAT-US 3 file that declares or uses a DCAT-US ontology namespace, with its spellings. */
    private static Map<String, Set<String>> declaringFiles() {
        Map<String, Set<String>> out = new TreeMap<>();
        DcatUsArtefacts.filesUnder(FIXTURES.resolve("dcat-us-3.0"), FIXTURES.resolve("shacl/dcat-us-3.0"))
                .forEach(f -> {
                    Set<String> s = DcatUsArtefacts.namespaceSpellings(DcatUsArtefacts.read(f));
                    if (!s.isEmpty()) out.put(FIXTURES.relativize(f).toString().replace('\\', '/'), s);
                });
        return out;
    }

    static Stream<Arguments> machineReadableArtefacts() {
        List<Arguments> args = declaringFiles().entrySet().stream()
                .filter(e -> !EXAMPLE_SPELLINGS.containsKey(e.getKey()))
                .map(e -> Arguments.of(e.getKey(), e.getValue()))
                .toList();
        List<String> names = args.stream().map(a -> (String) a.get()[0]).toList();
        // Non-vacuity: the context, the shapes and the JSON Schemas are among the files checked.
        assertThat(names).contains("dcat-us-3.0/context/dcat-us-3.0.jsonld", "shacl/dcat-us-3.0/dcat-us_3.0_shacl_shapes.ttl")
                .anyMatch(n -> n.startsWith("dcat-us-3.0/json-schema"));
        return args.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("machineReadableArtefacts")
    void machine_readable_artefact_uses_exactly_our_namespace(String file, Set<String> spellings) {
        assertThat(DcatUsArtefacts.usesOnlyOurNamespace(spellings))
                .as("%s declares %s, expected only %s", file, spellings, DCATUS3.NS)
                .isTrue();
    }

    @Test
    void spec_examples_use_exactly_the_documented_spellings() {
        Map<String, Set<String>> actual = new LinkedHashMap<>();
        declaringFiles().forEach((f, s) -> {
            if (f.startsWith("dcat-us-3.0/examples/")) actual.put(f, s);
        });
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        EXAMPLE_SPELLINGS.forEach((f, ns) -> expected.put(f, Set.of(ns)));
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void the_spec_table_spelling_is_detected_as_foreign() {
        Set<String> turtle = DcatUsArtefacts.namespaceSpellings(
                "@prefix dcat-us: <http://resources.data.gov/ontology/dcat-us#> .\nex:a a dcat-us:AccessRestriction .");
        assertThat(turtle).containsExactly(DCATUS3.ALT_NS);
        assertThat(DcatUsArtefacts.usesOnlyOurNamespace(turtle)).isFalse();

        Set<String> json = DcatUsArtefacts.namespaceSpellings("{\"@context\": {\"dcat-us\": \"https://data.resources.gov/ontology/dcat-us#\"}}");
        assertThat(DcatUsArtefacts.usesOnlyOurNamespace(json)).as("https variant").isFalse();

        Set<String> mixed = DcatUsArtefacts.namespaceSpellings(
                "{\"$id\": \"" + DCATUS3.NS + "purpose\", \"x\": \"" + DCATUS3.ALT_NS + "purpose\"}");
        assertThat(mixed).containsExactlyInAnyOrder(DCATUS3.NS, DCATUS3.ALT_NS);
        assertThat(DcatUsArtefacts.usesOnlyOurNamespace(mixed)).as("a file mixing both").isFalse();

        // And on a real vendored file.
        Path example = Fixtures.fixture("dcat-us-3.0/examples/restriction/access-restriction.ttl");
        assertThat(DcatUsArtefacts.usesOnlyOurNamespace(DcatUsArtefacts.namespaceSpellings(DcatUsArtefacts.read(example))))
                .isFalse();
    }

    @Test
    void the_context_binds_the_dcat_us_prefix_to_our_namespace() {
        assertThat(DcatUsArtefacts.context(CONTEXT).get(DCATUS3.PREFIX).getAsString().value()).isEqualTo(DCATUS3.NS);
    }
}
