package org.civiccatalog.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DCATUS11} against the vendored Project Open Data v1.1 artefacts: each term is a {@code pod:} term of the
 * official JSON-LD context, or a field name of the v1.1 JSON Schemas.
 */
class DcatUs11VocabularyTest {
    private static final String POD_DIR = "pod-schema-v1.1/";
    private static final Set<String> CONTEXT_TERMS =
            DcatUsArtefacts.termsInContext(Fixtures.fixture(POD_DIR + "catalog.jsonld"), "pod", DCATUS11.NS);
    private static final Set<String> SCHEMA_FIELDS = schemaFields();

    private static Set<String> schemaFields() {
        Set<String> out = new TreeSet<>();
        for (String f : List.of("catalog.json", "dataset.json", "distribution.json", "organization.json", "vcard.json"))
            out.addAll(DcatUsArtefacts.schemaPropertyNames(Fixtures.fixture(POD_DIR + f)));
        return out;
    }

    /** The check: is a local name a pod: term of the context, or a v1.1 schema field? */
    static boolean isPodTerm(String localName) {
        return CONTEXT_TERMS.contains(localName) || SCHEMA_FIELDS.contains(localName);
    }

    static Stream<Arguments> podConstants() {
        return VocabTerms.terms(DCATUS11.class).stream().map(t -> Arguments.of(t.label(), t.term().getURI()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("podConstants")
    void pod_constant_is_a_context_term_or_schema_field(String field, String iri) {
        assertThat(iri).startsWith(DCATUS11.NS);
        assertThat(isPodTerm(iri.substring(DCATUS11.NS.length())))
                .as("%s <%s> is neither a pod: term of catalog.jsonld nor a v1.1 schema field", field, iri)
                .isTrue();
    }

    @Test
    void the_context_binds_pod_to_our_namespace_and_every_pod_term_has_a_constant() {
        assertThat(DcatUsArtefacts.context(Fixtures.fixture(POD_DIR + "catalog.jsonld")).get("pod").getAsString().value())
                .isEqualTo(DCATUS11.NS);
        assertThat(CONTEXT_TERMS).containsExactlyInAnyOrder(
                "accessLevel", "bureauCode", "dataQuality", "describedByType", "primaryITInvestmentUII", "programCode");
        Set<String> constants = new TreeSet<>();
        VocabTerms.terms(DCATUS11.class).forEach(t -> constants.add(t.field()));
        assertThat(constants).containsAll(CONTEXT_TERMS);
        // The one constant that rests on the schema-field rule: POD's context sends systemOfRecords to dcat:.
        assertThat(constants).filteredOn(c -> !CONTEXT_TERMS.contains(c)).containsExactly("systemOfRecords");
    }

    @Test
    void made_up_pod_terms_are_rejected() {
        assertThat(SCHEMA_FIELDS).as("schema fields read").contains("accessLevel", "isPartOf", "mediaType", "fn", "conformsTo");
        for (String invented : List.of("accessRights", "harvestSource", "AccessLevel", "bureaucode"))
            assertThat(isPodTerm(invented)).as("pod:%s", invented).isFalse();
    }
}
