package org.civiccatalog.core.identity;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What is left to compare when two descriptions share no identifier or URL: title words and description words,
 * normalised (case, accents, punctuation). Re-publishers dress a title ("Demo City: Street Trees", "Street trees -
 * Demo City") and append a note to the description ("Republished by ..."), so two fingerprints match when the words
 * of the shorter title are nearly all in the longer ({@value #MIN_TITLE_CONTAINMENT}), the numbers in both titles are
 * the same (a 2020 series is not its 2021 sibling), and the first {@value #MAX_WORDS} distinct words of the shorter
 * description are nearly all in the other's ({@value #MIN_TEXT_CONTAINMENT}). A description of fewer than
 * {@value #MIN_WORDS} distinct words is too thin to tell a copy from a namesake ("Budget" on every portal), so it
 * gets no fingerprint.
 *
 * @param title      the normalised title, words joined by single spaces (its distinct words, sorted, are
 *                   {@link #titleWords()}, computed when compared: the region's fingerprints are held at once)
 * @param words      hashes of the description's first {@value #MAX_WORDS} distinct words, sorted
 * @param head       the description's first {@value #HEAD_WORDS} distinct words, joined: a second way (besides the
 *                   title) to find candidates whose titles were dressed differently
 */
record TextFingerprint(String title, int[] words, String head) {
    static final int MIN_WORDS = 8;
    static final int MAX_WORDS = 64;
    static final int HEAD_WORDS = 12;
    static final double MIN_TITLE_CONTAINMENT = 0.75;
    static final double MIN_TEXT_CONTAINMENT = 0.9;

    static Optional<TextFingerprint> of(String title, String description) {
        if (title == null || description == null) return Optional.empty();
        List<String> t = words(title);
        if (t.isEmpty()) return Optional.empty();
        Set<String> distinct = new LinkedHashSet<>();
        for (String w : words(description)) {
            if (w.length() < 2) continue;
            distinct.add(w);
            if (distinct.size() == MAX_WORDS) break;
        }
        if (distinct.size() < MIN_WORDS) return Optional.empty();
        int[] hashes = distinct.stream().mapToInt(String::hashCode).distinct().sorted().toArray();
        String head = String.join(" ", distinct.stream().limit(HEAD_WORDS).toList());
        return Optional.of(new TextFingerprint(String.join(" ", t), hashes, head));
    }

    boolean matches(TextFingerprint other) {
        return sameNumbers(other) && titleContainment(other) >= MIN_TITLE_CONTAINMENT
                && textContainment(other) >= MIN_TEXT_CONTAINMENT;
    }

    /** The title's distinct words, sorted. */
    String[] titleWords() {
        return Arrays.stream(title.split(" ")).distinct().sorted().toArray(String[]::new);
    }

    /** The share of the shorter title's words found in the other title. */
    double titleContainment(TextFingerprint other) {
        String[] a = titleWords(), b = other.titleWords();
        int common = 0;
        for (String w : a) if (Arrays.binarySearch(b, w) >= 0) common++;
        return (double) common / Math.min(a.length, b.length);
    }

    /** The share of the shorter description's words found in the other description. */
    double textContainment(TextFingerprint other) {
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
        return (double) common / Math.min(a.length, b.length);
    }

    private boolean sameNumbers(TextFingerprint other) {
        return Arrays.equals(numbers(titleWords()), numbers(other.titleWords()));
    }

    private static String[] numbers(String[] words) {
        return Arrays.stream(words).filter(w -> w.chars().anyMatch(Character::isDigit)).toArray(String[]::new);
    }

    // compiled once: every active record's title and description go through words() in each identity pass
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern TAGS = java.util.regex.Pattern.compile("<[^>]*>");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private static List<String> words(String text) {
        // ASCII text is its own NFKD form and has no combining marks
        String decomposed = ascii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String plain = NOT_WORD.matcher(TAGS.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ").strip();
        return plain.isEmpty() ? List.of() : List.of(plain.split(" "));
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
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
