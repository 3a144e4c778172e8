package org.civiccatalog.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrefixesTest {

    static Stream<Arguments> vocabularyClasses() {
        List<Class<?>> classes = VocabTerms.vocabularyClasses();
        assertThat(classes).as("vocabulary classes found").hasSizeGreaterThanOrEqualTo(15);
        return classes.stream().map(c -> Arguments.of(c.getSimpleName(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vocabularyClasses")
    void every_vocabulary_class_is_registered(String name, Class<?> c) {
        String prefix = VocabTerms.string(c, "PREFIX");
        String ns = VocabTerms.string(c, "NS");
        assertThat(Prefixes.namespace(prefix)).as("%s.PREFIX %s", name, prefix).contains(ns);
        assertThat(Prefixes.mapping().getNsPrefixURI(prefix)).isEqualTo(ns);
    }

    @Test
    void no_two_prefixes_share_a_namespace_and_none_nests_in_another() {
        Map<String, String> all = Prefixes.all();
        assertThat(all.values()).doesNotHaveDuplicates();
        List<String> nested = new ArrayList<>();
        all.forEach((p, ns) -> all.forEach((q, other) -> {
            if (!p.equals(q) && other.startsWith(ns)) nested.add(q + " <" + other + "> inside " + p + " <" + ns + ">");
        }));
        assertThat(nested).as("a namespace inside another makes curie() ambiguous").isEmpty();
    }

    @Test
    void the_other_dcat_us_spelling_is_not_registered() {
        assertThat(Prefixes.all().values()).doesNotContain(DCATUS3.ALT_NS).contains(DCATUS3.NS);
    }

    static Stream<Arguments> allTerms() {
        return VocabTerms.allTerms().stream().map(t -> Arguments.of(t.label(), t));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allTerms")
    void curie_of_every_term_is_prefix_colon_local_name(String label, VocabTerms.Term t) {
        String prefix = VocabTerms.string(t.owner(), "PREFIX");
        String ns = VocabTerms.string(t.owner(), "NS");
        assertThat(Prefixes.curie(t.term())).isEqualTo(prefix + ":" + t.term().getURI().substring(ns.length()));
    }

    @Test
    void curie_examples_and_unknown_iris() {
        assertThat(Prefixes.curie(DCAT.Dataset)).isEqualTo("dcat:Dataset");
        assertThat(Prefixes.curie(DCAT.dataset)).isEqualTo("dcat:dataset");
        assertThat(Prefixes.curie(DCATUS3.describedBy)).isEqualTo("dcat-us:describedBy");
        assertThat(Prefixes.curie(DCATUS11.accessLevel)).isEqualTo("pod:accessLevel");
        Resource foreign = ResourceFactory.createResource(DCATUS3.ALT_NS + "describedBy");
        assertThat(Prefixes.curie(foreign)).isEqualTo(DCATUS3.ALT_NS + "describedBy");
    }

    @Test
    void the_mapping_is_locked() {
        assertThatThrownBy(() -> Prefixes.mapping().setNsPrefix("ex", "http://example.org/"))
                .isInstanceOf(PrefixMapping.JenaLockedException.class);
        assertThatThrownBy(() -> Prefixes.mapping().removeNsPrefix("dcat"))
                .isInstanceOf(PrefixMapping.JenaLockedException.class);
        assertThatThrownBy(() -> Prefixes.all().put("ex", "http://example.org/"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Prefixes.mapping().getNsPrefixMap()).isEqualTo(Prefixes.all());
    }

    @Test
    void the_sparql_prologue_parses_and_declares_every_prefix() {
        var q = QueryFactory.create(Prefixes.sparqlPrologue() + "SELECT * WHERE { ?s a dcat:DatasetSeries }");
        assertThat(q.getPrefixMapping().getNsPrefixMap()).isEqualTo(Prefixes.all());
    }
}
