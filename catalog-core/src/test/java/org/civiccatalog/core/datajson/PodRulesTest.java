package org.civiccatalog.core.datajson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.civiccatalog.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The patterns DcatToPod checks values with are the non-federal schema's own, character for character. */
class PodRulesTest {
    static final JsonNode SCHEMA = read();

    static JsonNode read() {
        try {
            return Json.MAPPER.readTree(Fixtures.fixture("pod-schema-v1.1/gsa-variants/non-federal-v1.1/dataset-non-federal.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> anyOfPatterns(String property) {
        List<String> out = new ArrayList<>();
        SCHEMA.get("properties").get(property).get("anyOf").forEach(a -> {
            if (a.has("pattern")) out.add(a.get("pattern").asText());
        });
        return out;
    }

    static List<String> ours(List<Pattern> ps) {
        return ps.stream().map(Pattern::pattern).toList();
    }

    @Test
    void patterns_are_copied_verbatim_from_the_schema() {
        JsonNode p = SCHEMA.get("properties");
        assertThat(ours(PodRules.MODIFIED)).isEqualTo(anyOfPatterns("modified")).hasSize(3);
        assertThat(ours(PodRules.ISSUED)).isEqualTo(anyOfPatterns("issued"));
        assertThat(ours(PodRules.TEMPORAL)).isEqualTo(anyOfPatterns("temporal")).hasSize(3);
        assertThat(ours(PodRules.ACCRUAL_PERIODICITY)).isEqualTo(anyOfPatterns("accrualPeriodicity"));
        assertThat(ours(PodRules.PRIMARY_IT_INVESTMENT_UII)).isEqualTo(anyOfPatterns("primaryITInvestmentUII"));
        assertThat(ours(PodRules.MEDIA_TYPE)).isEqualTo(anyOfPatterns("describedByType"));
        assertThat(ours(PodRules.BUREAU_CODE)).containsExactly(p.get("bureauCode").get("items").get("pattern").asText());
        assertThat(ours(PodRules.PROGRAM_CODE)).containsExactly(p.get("programCode").get("items").get("pattern").asText());
        assertThat(ours(PodRules.LANGUAGE)).containsExactly(p.get("language").get("anyOf").get(0).get("items").get("pattern").asText());
        assertThat(ours(PodRules.HAS_EMAIL)).containsExactly(SCHEMA.get("definitions").get("vcard-non-federal")
                .get("properties").get("hasEmail").get("pattern").asText());
        List<String> levels = new ArrayList<>();
        p.get("accessLevel").get("enum").forEach(v -> levels.add(v.asText()));
        assertThat(PodRules.ACCESS_LEVELS).containsExactlyInAnyOrderElementsOf(levels);
        assertThat(p.get("rights").get("anyOf").get(0).get("maxLength").asInt()).isEqualTo(PodRules.RIGHTS_MAX);
    }

    @Test
    void repairs_do_what_they_say() {
        assertThat(PodRules.mediaType("application/zip; charset=binary")).contains("application/zip");
        assertThat(PodRules.mediaType("Esri REST")).isEmpty();
        assertThat(PodRules.email(" Jane@Example.org ")).contains("mailto:Jane@Example.org");
        assertThat(PodRules.email("MAILTO:a@b.org")).contains("mailto:a@b.org");
        assertThat(PodRules.email("no address")).isEmpty();
        assertThat(PodRules.accessLevel(" Public ")).contains("public");
        assertThat(PodRules.accrualPeriodicity("Daily")).contains("R/P1D");
        assertThat(PodRules.accrualPeriodicity("R/P0.5M")).contains("R/P0.5M");
        assertThat(PodRules.accrualPeriodicity("whenever")).isEmpty();
        assertThat(PodRules.isUri("http://example.org/a b")).isFalse();
        assertThat(PodRules.isUri("//////not-a-url.example.com/")).isFalse();
        assertThat(PodRules.isUri("https://example.org/ä")).isFalse();
        assertThat(PodRules.isUri("https://example.org/%C3%A4")).isTrue();
    }

    @Test
    void date_patterns_accept_and_reject_like_the_schema() {
        for (String ok : List.of("2014-10-03", "2016-11-15T14:30:48.000Z", "2022-11-02 18:48:55.063953", "R/P1D", "2013", "R/2010-01-01/P1Y"))
            assertThat(PodRules.matches(PodRules.MODIFIED, ok)).as(ok).isTrue();
        for (String bad : List.of("yesterday", "2014-13-01", "03/10/2014", ""))
            assertThat(PodRules.matches(PodRules.MODIFIED, bad)).as(bad).isFalse();
    }
}
