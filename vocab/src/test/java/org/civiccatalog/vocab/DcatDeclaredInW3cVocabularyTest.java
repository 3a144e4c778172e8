package org.civiccatalog.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link DCAT} constant is declared in the vendored W3C DCAT 3 vocabulary ({@code dcat3.ttl}, w3c/dxwg).
 *
 * <p>"Declared" means the term has an rdf:type there, asserted or entailed: the W3C file declares the DCAT 3 inverse
 * properties (seriesMember, next, nextVersion, isVersionOf, inCatalog, isDistributionOf) only by
 * {@code owl:inverseOf}, whose domain and range are owl:ObjectProperty in the OWL 2 RDF-Based Semantics, so they are
 * typed by entailment. Nothing else counts: a term that is only mentioned (in a note, as an object) is not declared.
 */
class DcatDeclaredInW3cVocabularyTest {
    private static final Model DCAT3 = RDFDataMgr.loadModel(Fixtures.fixture("vocab/w3c-dcat3/dcat3.ttl").toString());
    private static final Model DCAT2 = RDFDataMgr.loadModel(Fixtures.fixture("vocab/w3c-dcat2/dcat2.ttl").toString());

    /** The check: does the vocabulary give {@code term} an rdf:type, asserted or entailed by owl:inverseOf? */
    static boolean isDeclared(Model vocabulary, Resource term) {
        return vocabulary.contains(term, RDF.type, (RDFNode) null)
                || vocabulary.contains(term, OWL.inverseOf, (RDFNode) null)
                || vocabulary.contains(null, OWL.inverseOf, term);
    }

    static Stream<Arguments> dcatConstants() {
        List<VocabTerms.Term> terms = VocabTerms.terms(DCAT.class);
        assertThat(terms).as("DCAT constants found by reflection").hasSizeGreaterThan(50);
        return terms.stream().map(t -> Arguments.of(t.label(), t.term()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dcatConstants")
    void dcat_constant_is_declared_in_the_w3c_dcat3_vocabulary(String field, Resource term) {
        assertThat(isDeclared(DCAT3, term))
                .as("%s <%s> is not declared (no rdf:type, asserted or by owl:inverseOf) in dcat3.ttl", field, term.getURI())
                .isTrue();
    }

    @Test
    void made_up_dcat_terms_from_the_pod_context_are_rejected() {
        // The official POD v1.1 context sends isPartOf, references and systemOfRecords to @vocab dcat:, inventing terms.
        for (String invented : List.of("isPartOf", "references", "systemOfRecords"))
            assertThat(isDeclared(DCAT3, ResourceFactory.createResource(DCAT.NS + invented)))
                    .as("dcat:%s must not count as declared", invented)
                    .isFalse();
    }

    @Test
    void the_check_tells_dcat3_from_dcat2() {
        // Non-vacuity: the same check, run on the DCAT 2 vocabulary, rejects the DCAT 3 series terms.
        for (Resource dcat3Only : List.of(DCAT.DatasetSeries, DCAT.inSeries, DCAT.seriesMember, DCAT.first, DCAT.prev))
            assertThat(isDeclared(DCAT2, dcat3Only)).as("%s declared in DCAT 2?", dcat3Only).isFalse();
        assertThat(isDeclared(DCAT2, DCAT.Dataset)).isTrue();
    }

    @Test
    void every_term_the_w3c_vocabulary_declares_has_a_constant() {
        Set<String> declared = new TreeSet<>();
        DCAT3.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(DCAT.NS) && s.getURI().length() > DCAT.NS.length()
                    && isDeclared(DCAT3, s))
                declared.add(s.getURI().substring(DCAT.NS.length()));
        });
        Set<String> constants = new TreeSet<>();
        VocabTerms.terms(DCAT.class).forEach(t -> constants.add(t.field()));
        assertThat(declared).as("terms declared in dcat3.ttl").hasSizeGreaterThan(50);
        assertThat(constants).containsAll(declared);
    }

    @Test
    void the_only_untyped_dcat3_terms_are_the_inverse_properties() {
        // Documents exactly which constants pass by the owl:inverseOf entailment rather than an asserted type.
        List<String> byInverseOnly = VocabTerms.terms(DCAT.class).stream()
                .filter(t -> !DCAT3.contains(t.term(), RDF.type, (RDFNode) null))
                .map(VocabTerms.Term::field)
                .sorted()
                .toList();
        assertThat(byInverseOnly)
                .containsExactly("inCatalog", "isDistributionOf", "isVersionOf", "next", "nextVersion", "seriesMember");
    }
}
