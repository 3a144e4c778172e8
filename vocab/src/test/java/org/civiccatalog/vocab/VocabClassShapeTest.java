package org.civiccatalog.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.lang.model.SourceVersion;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixed shape of a vocabulary class and the naming rule (docs/vocab.md): a constant is named exactly as its term,
 * case kept (Jena style: {@code Catalog} and {@code catalog} coexist); '-' becomes '_' and a Java keyword gets a
 * trailing '_'.
 */
class VocabClassShapeTest {

    /** The Java name the naming rule gives a term's local name. */
    static String javaName(String localName) {
        String n = localName.replace('-', '_');
        return SourceVersion.isKeyword(n) ? n + "_" : n;
    }

    static Stream<Arguments> vocabularyClasses() {
        return VocabTerms.vocabularyClasses().stream().map(c -> Arguments.of(c.getSimpleName(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vocabularyClasses")
    void class_has_the_fixed_shape(String name, Class<?> c) throws Exception {
        assertThat(Modifier.isFinal(c.getModifiers())).as("%s is final", name).isTrue();
        Constructor<?>[] ctors = c.getDeclaredConstructors();
        assertThat(ctors).hasSize(1);
        assertThat(Modifier.isPrivate(ctors[0].getModifiers())).as("%s constructor is private", name).isTrue();
        String ns = VocabTerms.string(c, "NS");
        assertThat(ns).matches("https?://\\S+[#/]");
        assertThat(((Resource) c.getField("NAMESPACE").get(null)).getURI()).isEqualTo(ns);
        assertThat(VocabTerms.terms(c)).as("%s has terms", name).isNotEmpty();
    }

    static Stream<Arguments> allTerms() {
        return VocabTerms.allTerms().stream().map(t -> Arguments.of(t.label(), t));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allTerms")
    void constant_is_named_exactly_as_its_term(String label, VocabTerms.Term t) {
        String ns = VocabTerms.string(t.owner(), "NS");
        String uri = t.term().getURI();
        assertThat(uri).as(label).startsWith(ns);
        String local = uri.substring(ns.length());
        assertThat(t.field()).as("%s names <%s>", label, uri).isEqualTo(javaName(local));
        if (Character.isUpperCase(local.charAt(0)))
            assertThat(t.term()).as("%s is a class, declared as a Resource", label).isNotInstanceOf(Property.class);
    }

    @Test
    void no_two_constants_name_the_same_term() {
        Map<String, String> seen = new HashMap<>();
        List<String> duplicates = VocabTerms.allTerms().stream()
                .filter(t -> seen.putIfAbsent(t.term().getURI(), t.label()) != null)
                .map(t -> t.label() + " duplicates " + seen.get(t.term().getURI()))
                .toList();
        assertThat(duplicates).isEmpty();
    }

    @Test
    void the_naming_rule_handles_case_hyphens_and_keywords() {
        assertThat(javaName("Catalog")).isEqualTo("Catalog");
        assertThat(javaName("catalog")).isEqualTo("catalog");
        assertThat(javaName("street-address")).isEqualTo("street_address");
        assertThat(javaName("abstract")).isEqualTo("abstract_");
        assertThat(Set.of(DCAT.Catalog.getURI(), DCAT.catalog.getURI())).hasSize(2);
    }
}
