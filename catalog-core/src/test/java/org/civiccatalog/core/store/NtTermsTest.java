package org.civiccatalog.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.riot.out.NodeFmtLib;
import org.junit.jupiter.api.Test;

/** The fast N-Triples terms are Jena's, character for character: stored content hashes depend on them. */
class NtTermsTest {
    static List<Node> nodesWith(String s) {
        return List.of(NodeFactory.createURI("http://x.test/" + s), NodeFactory.createLiteralString(s),
                NodeFactory.createLiteralLang(s, "en-GB"), NodeFactory.createLiteralDT(s, XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT(s, XSDDatatype.XSDstring));
    }

    @Test
    void every_bmp_character_in_iris_and_literals_is_written_as_jena_writes_it() {
        List<String> differ = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            for (Node n : nodesWith("a" + (char) c + "b"))
                if (!NtTerms.of(n).equals(NodeFmtLib.strNT(n))) differ.add(Integer.toHexString(c) + " " + n);
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void other_terms_are_written_as_jena_writes_them() {
        List<Node> nodes = new ArrayList<>();
        nodes.addAll(nodesWith("caf\u00e9 \uD83D\uDE00 \"quoted\"\n"));
        nodes.addAll(nodesWith(""));
        nodes.add(NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger));
        nodes.add(NodeFactory.createLiteralDirLang("x", "ar", TextDirection.RTL));
        nodes.add(NodeFactory.createLiteralDT("x", NodeFactory.getType("http://x.test/dt with space")));
        nodes.add(NodeFactory.createBlankNode("b0"));
        for (Node n : nodes) assertThat(NtTerms.of(n)).as(n.toString()).isEqualTo(NodeFmtLib.strNT(n));
    }

    /** The twin: the check above can see a difference, since escaping and plain copying differ. */
    @Test
    void characters_jena_escapes_are_not_copied_plainly() {
        for (String s : List.of("a\"b", "a\\b", "a\nb", "a\tb"))
            assertThat(NtTerms.of(NodeFactory.createLiteralString(s))).isNotEqualTo("\"" + s + "\"");
        assertThat(NtTerms.of(NodeFactory.createURI("http://x.test/a b"))).isNotEqualTo("<http://x.test/a b>");
        assertThat(NtTerms.plainIri("http://x.test/a{b}")).isFalse();
        assertThat(NtTerms.plainLexical("plain text, caf\u00e9")).isTrue();
    }
}
