package org.civiccatalog.core.store;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * {@link NodeFmtLib#strNT(Node)}, the same characters, without its cost for the common case. Jena writes a term
 * one character at a time through an indented writer that checks for line starts on every character: in a
 * profiled full harvest that was 25 % of all CPU. IRIs and literals made only of characters Jena writes as they
 * are are built here directly; anything else (characters Jena escapes, surrogates, text direction, blank nodes,
 * triple terms) goes to Jena. The hashes already stored depend on these strings, so they must not change:
 * {@code NtTermsTest} compares both for every BMP character.
 */
final class NtTerms {
    private NtTerms() {}

    static String of(Node n) {
        if (n.isURI()) {
            String u = n.getURI();
            return plainIri(u) ? "<" + u + ">" : NodeFmtLib.strNT(n);
        }
        if (n.isLiteral() && n.getLiteralBaseDirection() == null) {
            String lex = n.getLiteralLexicalForm();
            if (!plainLexical(lex)) return NodeFmtLib.strNT(n);
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return "\"" + lex + "\"@" + lang;
            RDFDatatype dt = n.getLiteralDatatype();
            if (dt == null || dt.equals(XSDDatatype.XSDstring)) return "\"" + lex + "\"";
            String dtIri = dt.getURI();
            return plainIri(dtIri) ? "\"" + lex + "\"^^<" + dtIri + ">" : NodeFmtLib.strNT(n);
        }
        return NodeFmtLib.strNT(n);
    }

    /** No character that Jena's IRI writer escapes: below U+0014, space, {@code <>"{}|^`\}, DEL; no surrogate. */
    static boolean plainIri(String s) {
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x14 || Character.isSurrogate(c)) return false;
            switch (c) {
                case ' ', '<', '>', '"', '{', '}', '|', '^', '`', '\\', '\u007F':
                    return false;
                default:
            }
        }
        return true;
    }

    /** No character that Jena's string writer escapes: tab, LF, FF, CR, quote, backslash, U+FFFD; no surrogate. */
    static boolean plainLexical(String s) {
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) return false;
            switch (c) {
                case '\t', '\n', '\f', '\r', '"', '\\', '\uFFFD':
                    return false;
                default:
            }
        }
        return true;
    }
}
