package org.civiccatalog.core.rdf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civiccatalog.core.InvalidInputException;

/**
 * Checks the DOCTYPE of an RDF/XML document before the XML parser sees it. RDF/XML files often declare internal
 * entities as namespace abbreviations ({@code <!ENTITY dcat "http://www.w3.org/ns/dcat#">}); those are allowed.
 * Refused, with the line of the declaration: an external DTD or entity ({@code SYSTEM}/{@code PUBLIC}: file and
 * network access, XXE), parameter entities, entity values that refer to other entities (the nesting that makes
 * "billion laughs" expansion possible) and more than {@value #MAX_ENTITIES} entity declarations.
 * <p>
 * This is defence in depth: Jena's RDF/XML parser is also configured not to load external DTDs or entities, and
 * the JDK's XML limits cap entity expansion.
 */
final class XmlDoctypeGuard {
    static final int MAX_ENTITIES = 256;
    private static final Pattern EXTERNAL_ID = Pattern.compile("\\b(SYSTEM|PUBLIC)\\b");
    private static final Pattern ENTITY_REF = Pattern.compile("[&%][A-Za-z_:][-A-Za-z0-9._:]*;");

    private final String text;
    private final String input;
    private int pos;

    private XmlDoctypeGuard(String text, String input) {
        this.text = text;
        this.input = input;
    }

    /** @throws InvalidInputException when the DOCTYPE declares anything outside the safe subset */
    static void check(byte[] doc, String input) {
        new XmlDoctypeGuard(decode(doc), input).run();
    }

    private static String decode(byte[] b) {
        Charset cs = StandardCharsets.ISO_8859_1;   // keeps ASCII markup readable for UTF-8 and Latin-1 documents
        if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == 0 && b[1] == '<')))
            cs = StandardCharsets.UTF_16BE;
        else if (b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == '<' && b[1] == 0)))
            cs = StandardCharsets.UTF_16LE;
        return new String(b, cs);
    }

    private void run() {
        while (true) {
            skipSpace();
            if (text.startsWith("\uFEFF", pos) || text.startsWith("\u00EF\u00BB\u00BF", pos)) {
                pos += text.charAt(pos) == '\uFEFF' ? 1 : 3;
            } else if (text.startsWith("<?", pos)) {
                pos = endOf("?>", pos);
            } else if (text.startsWith("<!--", pos)) {
                pos = endOf("-->", pos);
            } else if (text.startsWith("<!DOCTYPE", pos)) {
                doctype();
                return;
            } else {
                return;   // the root element (or not XML at all: the parser reports that)
            }
        }
    }

    private void doctype() {
        int start = pos;
        pos += "<!DOCTYPE".length();
        int headerStart = pos;
        while (pos < text.length() && text.charAt(pos) != '[' && text.charAt(pos) != '>') pos = skipQuoted(pos);
        if (EXTERNAL_ID.matcher(unquoted(text.substring(headerStart, Math.min(pos, text.length())))).find())
            refuse(start, "the DOCTYPE names an external DTD (SYSTEM/PUBLIC); external DTDs and entities are refused");
        if (pos >= text.length()) refuse(start, "unterminated DOCTYPE");
        if (text.charAt(pos) == '>') return;
        pos++;   // '['
        int entities = 0;
        while (true) {
            skipSpace();
            if (pos >= text.length()) refuse(start, "unterminated DOCTYPE internal subset");
            if (text.charAt(pos) == ']') return;
            int declStart = pos;
            if (text.startsWith("<!--", pos)) {
                pos = endOf("-->", pos);
            } else if (text.startsWith("<?", pos)) {
                pos = endOf("?>", pos);
            } else if (text.startsWith("<!", pos)) {
                int end = declEnd(pos);
                String decl = text.substring(pos, end);
                if (decl.startsWith("<!ENTITY")) {
                    if (++entities > MAX_ENTITIES) refuse(declStart, "more than " + MAX_ENTITIES + " entity declarations");
                    entity(decl, declStart);
                } else if (EXTERNAL_ID.matcher(unquoted(decl)).find()) {
                    refuse(declStart, "a declaration names an external resource (SYSTEM/PUBLIC)");
                }
                pos = end;
            } else if (text.charAt(pos) == '%') {
                refuse(declStart, "parameter entity references are refused");
            } else {
                refuse(declStart, "unexpected content in the DOCTYPE internal subset");
            }
        }
    }

    private void entity(String decl, int at) {
        String body = decl.substring("<!ENTITY".length()).strip();
        if (body.startsWith("%")) refuse(at, "parameter entity declarations are refused");
        if (EXTERNAL_ID.matcher(unquoted(body)).find())
            refuse(at, "external entity declaration (SYSTEM/PUBLIC) refused: XML external entities are never resolved");
        Matcher m = ENTITY_REF.matcher(body);
        if (m.find())
            refuse(at, "entity value refers to another entity (" + m.group() + "): nested entity expansion is refused");
    }

    /** Text with quoted literals blanked out, so keywords inside values do not count. */
    private static String unquoted(String s) {
        return s.replaceAll("\"[^\"]*\"|'[^']*'", "\"\"");
    }

    private int declEnd(int from) {
        int i = from + 2;
        while (i < text.length() && text.charAt(i) != '>') i = skipQuoted(i);
        if (i >= text.length()) refuse(from, "unterminated declaration in the DOCTYPE");
        return i + 1;
    }

    private int skipQuoted(int i) {
        char c = text.charAt(i);
        if (c != '"' && c != '\'') return i + 1;
        int close = text.indexOf(c, i + 1);
        return close < 0 ? text.length() : close + 1;
    }

    private int endOf(String terminator, int from) {
        int i = text.indexOf(terminator, from);
        if (i < 0) refuse(from, "unterminated markup before the root element");
        return i + terminator.length();
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private void refuse(int at, String problem) {
        long line = 1, col = 1;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        throw new InvalidInputException(input, line, col, "unsafe XML: " + problem, null);
    }
}
