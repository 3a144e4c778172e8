package org.civiccatalog.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The piece of a description a result list shows: around the first word searched for, with the words that match
 * marked by their offsets (the page marks them; the text itself stays plain, to be escaped where it is shown).
 * Words are compared as the index compares them (same analyzer: "permits" finds "permit").
 */
final class Snippets {
    static final int LENGTH = 240;
    private static final Pattern TAG = Pattern.compile("<[^>]{0,500}>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Snippets() {}

    /** A snippet and its marked spans ([start, end) in the snippet). */
    record Snippet(String text, List<int[]> highlight) {}

    /** Descriptions as plain text: markup some portals keep (DKAN) removed, common entities decoded, spaces joined. */
    static String plain(String description) {
        if (description == null || description.isEmpty()) return "";
        String s = description.indexOf('<') >= 0 ? TAG.matcher(description).replaceAll(" ") : description;
        if (s.indexOf('&') >= 0)
            s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                 .replace("&#39;", "'").replace("&amp;", "&");
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    /** The analyzed terms of the words searched for. */
    static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text.isBlank()) return out;
        try (TokenStream ts = analyzer.tokenStream(IndexSchema.DESCRIPTION, text.replaceAll("[\"*?~^()\\[\\]{}:\\\\+!-]", " "))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Snippet of(Analyzer analyzer, String description, Set<String> terms) {
        List<int[]> matches = new ArrayList<>();
        if (!terms.isEmpty() && !description.isEmpty()) {
            try (TokenStream ts = analyzer.tokenStream(IndexSchema.DESCRIPTION, description)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    if (!terms.contains(term.toString())) continue;
                    if (!matches.isEmpty() && offset.startOffset() - matches.get(0)[0] > LENGTH) break;
                    matches.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int start = matches.isEmpty() ? 0
                : Math.min(matches.get(0)[0], wordStart(description, Math.max(0, matches.get(0)[0] - LENGTH / 4)));
        int end = Math.min(description.length(), start + LENGTH);
        if (end < description.length()) end = wordEnd(description, end);
        String prefix = start > 0 ? "… " : "", suffix = end < description.length() ? " …" : "";
        String text = prefix + description.substring(start, end) + suffix;
        List<int[]> spans = new ArrayList<>();
        for (int[] m : matches)
            if (m[0] >= start && m[1] <= end) spans.add(new int[] {m[0] - start + prefix.length(), m[1] - start + prefix.length()});
        return new Snippet(text, spans);
    }

    /** The start of the word at or after {@code i} (a cut never splits a word). */
    private static int wordStart(String s, int i) {
        if (i == 0) return 0;
        int j = s.indexOf(' ', i);
        return j < 0 ? i : j + 1;
    }

    private static int wordEnd(String s, int i) {
        int j = s.lastIndexOf(' ', i);
        return j <= 0 ? i : j;
    }
}
