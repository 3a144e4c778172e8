package org.civiccatalog.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * STYLE avoid-3: the vocab module is the only place a namespace is spelled. Scans the string literals of every
 * {@code <module>/src/main/java} outside vocab for a registered namespace (or {@link DCATUS3#ALT_NS}), in either http or
 * https, and lists each offence as file:line. Comments and non-Java resources (.rq, .ttl PREFIX lines) are not scanned.
 */
class NamespacesOnlyInVocabTest {

    /** Every namespace spelling that must not appear outside vocab. */
    static Set<String> forbiddenNamespaces() {
        Set<String> out = new LinkedHashSet<>(Prefixes.all().values());
        out.add(DCATUS3.ALT_NS);
        return out;
    }

    /** The check: offences in one source text, as "line: namespace in \"literal\"". */
    static List<String> offences(String javaSource, Collection<String> namespaces) {
        List<String> out = new ArrayList<>();
        for (JavaStringLiterals.Literal lit : JavaStringLiterals.of(javaSource)) {
            for (String ns : namespaces) {
                String bare = ns.replaceFirst("^https?://", "");
                if (lit.text().contains("http://" + bare) || lit.text().contains("https://" + bare)) {
                    out.add(lit.line() + ": <" + ns + "> in \"" + abbreviate(lit.text()) + "\"");
                    break;
                }
            }
        }
        return out;
    }

    @Test
    void no_module_outside_vocab_spells_a_namespace() throws IOException {
        Path root = Fixtures.repoRoot();
        List<Path> sourceRoots;
        try (Stream<Path> modules = Files.list(root)) {
            sourceRoots = modules.filter(Files::isDirectory)
                    .filter(m -> !m.getFileName().toString().equals("vocab"))
                    .map(m -> m.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .sorted()
                    .toList();
        }
        List<Path> files = sourceRoots.stream().flatMap(NamespacesOnlyInVocabTest::javaFiles).toList();
        assertThat(files).as("Java files found outside vocab under %s", root).isNotEmpty();

        Set<String> namespaces = forbiddenNamespaces();
        List<String> found = new ArrayList<>();
        for (Path f : files)
            for (String o : offences(DcatUsArtefacts.read(f), namespaces))
                found.add(root.relativize(f) + ":" + o);
        assertThat(found)
                .as("Namespace IRIs spelled outside the vocab module (%d files scanned); use the vocab constants or Prefixes", files.size())
                .isEmpty();
    }

    @Test
    void the_check_flags_namespaces_in_literals_but_not_in_comments() {
        String sample = String.join("\n",
                "package x;",                                                                   // 1
                "// a comment may say http://www.w3.org/ns/dcat# freely",                       // 2
                "/* so may a block: http://purl.org/dc/terms/title */",                         // 3
                "class A {",                                                                    // 4
                "  String ds = \"http://www.w3.org/ns/dcat#Dataset\";",                          // 5
                "  char q = '\"'; String home = \"https://data.lacity.org/\";",                  // 6
                "  String q2 = \"\"\"",                                                          // 7
                "      PREFIX dct: <http://purl.org/dc/terms/>",                                // 8
                "      SELECT * {}\"\"\";",                                                     // 9
                "  String s = \"https://schema.org/Dataset\";",                                  // 10
                "  String us = \"http://resources.data.gov/ontology/dcat-us#describedBy\";",     // 11
                "  String esc = \"say \\\"http://xmlns.com/foaf/0.1/name\\\"\";",               // 12
                "}");
        List<String> found = offences(sample, forbiddenNamespaces());
        assertThat(found).extracting(o -> o.substring(0, o.indexOf(':'))).containsExactly("5", "7", "10", "11", "12");
        assertThat(found.get(0)).contains("<" + DCAT.NS + ">");
        assertThat(found.get(2)).as("https spelling of an http namespace").contains("<" + Prefixes.SCHEMA + ">");
        assertThat(found.get(3)).contains("<" + DCATUS3.ALT_NS + ">");
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 120 ? one : one.substring(0, 117) + "...";
    }
}
