package org.civiccatalog.core.identity;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What is left to compare when two descriptions share no identifier or URL: the title, normalised (case, accents,
 * punctuation), and the set of words of the description. Two fingerprints match when the titles are equal and the
 * word sets nearly so (Jaccard >= {@value #MIN_SIMILARITY}). Descriptions shorter than {@value #MIN_WORDS} distinct
 * words are too thin to tell copies from namesakes ("Budget" on every portal), so they get no fingerprint.
 *
 * @param title normalised title
 * @param words hashes of the description's first {@value #MAX_WORDS} distinct words, sorted
 */
record TextFingerprint(String title, int[] words) {
    static final int MIN_WORDS = 8;
    static final int MAX_WORDS = 160;
    static final double MIN_SIMILARITY = 0.8;

    static Optional<TextFingerprint> of(String title, String description) {
        if (title == null || description == null) return Optional.empty();
        String t = String.join(" ", words(title));
        if (t.isEmpty()) return Optional.empty();
        Set<String> distinct = new LinkedHashSet<>();
        for (String w : words(description)) {
            if (w.length() < 2) continue;
            distinct.add(w);
            if (distinct.size() == MAX_WORDS) break;
        }
        if (distinct.size() < MIN_WORDS) return Optional.empty();
        int[] hashes = distinct.stream().mapToInt(String::hashCode).distinct().sorted().toArray();
        return Optional.of(new TextFingerprint(t, hashes));
    }

    boolean matches(TextFingerprint other) {
        return title.equals(other.title) && similarity(other) >= MIN_SIMILARITY;
    }

    /** Jaccard similarity of the two word sets. */
    double similarity(TextFingerprint other) {
        int i = 0, j = 0, common = 0;
        int[] a = words, b = other.words;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) i++;
            else j++;
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    private static String[] words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.isEmpty() ? new String[0] : plain.split(" ");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextFingerprint f && title.equals(f.title) && Arrays.equals(words, f.words);
    }

    @Override
    public int hashCode() {
        return title.hashCode() * 31 + Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return "TextFingerprint[" + title + ", " + words.length + " words]";
    }
}
