package org.civiccatalog.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {
    static final String PERMITS = "Building permits issued by the department of building and safety since 2013,"
            + " with permit type, valuation, address, census tract and the date each permit was issued or finaled.";

    private static TextFingerprint fp(String title, String description) {
        return TextFingerprint.of(title, description).orElseThrow();
    }

    /** The words as first specified: NFKD, marks dropped, lower case, tags and non-letters/digits as spaces. */
    static String reference(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("<[^>]*>", " ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    @Test
    void titles_read_as_the_reference_normalisation_in_ascii_and_beyond() {
        String[] titles = {"Building Permits 2013-2024", "  <b>Crime</b> data: LAPD ", "Café Inspections", "ﬁre ½ Stations",
                "Zürich Straße", "Ｆｕｌｌｗｉｄｔｈ ＡＢＣ", "İstanbul DIŞ", "数据 集 2020", "Emoji 🚒 fire", "a<b c>d", "x\u0301y"};
        for (String t : titles)
            assertThat(TextFingerprint.of(t, PERMITS).map(TextFingerprint::title).orElse(""))
                    .as(t).isEqualTo(String.join(" ", java.util.Arrays.stream(reference(t).split(" ")).filter(w -> !w.isEmpty()).toList()));
        assertThat(fp("Café Inspections", PERMITS).title()).as("twin: the accent is dropped, not kept").isNotEqualTo("café inspections");
    }

    @Test
    void case_accents_and_punctuation_do_not_tell_titles_apart() {
        assertThat(fp("Building Permits — Issued", PERMITS).title()).isEqualTo(fp("building permits: issued!", PERMITS).title());
        assertThat(fp("Café Inspections", PERMITS).title()).isEqualTo("cafe inspections");
    }

    @Test
    void a_reworded_word_still_matches() {
        TextFingerprint a = fp("Building Permits", PERMITS);
        TextFingerprint b = fp("Building permits", PERMITS.replace("finaled", "completed"));
        assertThat(a.textContainment(b)).isGreaterThanOrEqualTo(TextFingerprint.MIN_TEXT_CONTAINMENT).isLessThan(1.0);
        assertThat(a.matches(b)).isTrue();
    }

    @Test
    void another_description_under_the_same_title_does_not_match() {
        TextFingerprint a = fp("Building Permits", PERMITS);
        TextFingerprint b = fp("Building Permits", "Permits for county unincorporated areas from the public works"
                + " department, listing applicant, parcel number, work description and fees paid per permit.");
        assertThat(a.textContainment(b)).isLessThan(TextFingerprint.MIN_TEXT_CONTAINMENT);
        assertThat(a.matches(b)).isFalse();
    }

    @Test
    void the_same_description_under_another_title_does_not_match() {
        assertThat(fp("Building Permits", PERMITS).matches(fp("Tree Permits", PERMITS))).isFalse();
    }

    @Test
    void a_title_dressed_by_the_republisher_and_a_note_appended_still_match() {
        TextFingerprint origin = fp("Building Permits - Current", PERMITS);
        TextFingerprint copy = fp("Building permits - current - Demo City",
                PERMITS + " Republished by Demo County (GIS Data) for regional use; see the original publisher for updates.");
        assertThat(origin.titleContainment(copy)).isEqualTo(1.0);
        assertThat(origin.matches(copy)).isTrue();
        assertThat(copy.matches(origin)).isTrue();
        assertThat(origin.head()).isEqualTo(copy.head());
    }

    @Test
    void another_year_of_a_series_is_not_a_copy_even_with_the_same_text() {
        assertThat(fp("Building Permits 2020", PERMITS).matches(fp("Building Permits 2021", PERMITS))).isFalse();
        assertThat(fp("Building Permits", PERMITS).matches(fp("Building Permits 2013-2020", PERMITS))).isFalse();
        assertThat(fp("Building Permits 2021", PERMITS).matches(fp("Building permits (2021)", PERMITS))).isTrue();
    }

    @Test
    void html_in_a_description_is_not_words() {
        assertThat(fp("Building Permits", "<p>" + PERMITS.replace(", ", "</p><p>") + "</p>")
                .matches(fp("Building Permits", PERMITS))).isTrue();
    }

    @Test
    void a_thin_description_gives_no_fingerprint() {
        assertThat(TextFingerprint.of("Budget", "The budget.")).isEmpty();
        assertThat(TextFingerprint.of("Budget", null)).isEmpty();
        assertThat(TextFingerprint.of("  ", PERMITS)).isEmpty();
        assertThat(TextFingerprint.of("Budget", PERMITS)).isPresent();
    }
}
