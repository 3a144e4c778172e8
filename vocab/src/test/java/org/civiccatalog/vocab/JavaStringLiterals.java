package org.civiccatalog.vocab;

import java.util.ArrayList;
import java.util.List;

/**
 * A small lexer that finds the string literals (and text blocks) of Java source, skipping comments and char literals.
 * Enough for a grep test; not a Java parser. Escapes are left as written.
 */
final class JavaStringLiterals {
    private JavaStringLiterals() {}

    /** A string literal and the line it starts on (1-based). */
    record Literal(int line, String text) {}

    static List<Literal> of(String src) {
        List<Literal> out = new ArrayList<>();
        int i = 0;
        int line = 1;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (c == '\'') {
                i++;
                while (i < n && src.charAt(i) != '\'') i += src.charAt(i) == '\\' ? 2 : 1;
                i++;
            } else if (src.startsWith("\"\"\"", i)) {
                int start = i + 3;
                int j = start;
                while (j < n && !src.startsWith("\"\"\"", j)) j += src.charAt(j) == '\\' ? 2 : 1;
                j = Math.min(j, n);
                out.add(new Literal(line, src.substring(start, j)));
                line += count(src, i, j);
                i = j + 3;
            } else if (c == '"') {
                int start = i + 1;
                int j = start;
                while (j < n && src.charAt(j) != '"' && src.charAt(j) != '\n') j += src.charAt(j) == '\\' ? 2 : 1;
                j = Math.min(j, n);
                out.add(new Literal(line, src.substring(start, j)));
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int k = 0;
        for (int i = from; i < Math.min(to, s.length()); i++) if (s.charAt(i) == '\n') k++;
        return k;
    }
}
