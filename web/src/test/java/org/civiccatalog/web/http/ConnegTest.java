package org.civiccatalog.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civiccatalog.web.http.Representation.*;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConnegTest {
    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "'' | TURTLE",
            "*/* | TURTLE",
            "text/turtle | TURTLE",
            "TEXT/Turtle; charset=UTF-8 | TURTLE",
            "application/ld+json;profile=\"http://www.w3.org/ns/json-ld#compacted\" | JSONLD",
            "application/n-triples, text/turtle;q=0.5 | NTRIPLES",
            "text/turtle;q=0.5, application/n-triples | NTRIPLES",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | HTML",
            "application/xml | RDFXML",
            "text/plain | NTRIPLES",
            "application/*;q=0.9, text/html;q=0.1 | JSONLD",
            "*/*;q=0.1, text/turtle;q=0 | JSONLD",
            "garbage, text/html | HTML"})
    void picks_the_best_representation(String accept, Representation expected) {
        assertThat(Conneg.choose(accept, RDF_AND_HTML, TURTLE)).isEqualTo(expected);
    }

    @Test
    void nothing_acceptable_is_refused_naming_what_is_available() {
        assertThatThrownBy(() -> Conneg.choose("image/png, text/turtle;q=0", RDF_AND_HTML, TURTLE))
                .isInstanceOf(NotAcceptableException.class).hasMessageContaining("application/ld+json");
    }

    @Test
    void if_none_match_takes_precedence_and_compares_weakly() {
        Instant t = Instant.parse("2025-01-02T03:04:05Z");
        assertThat(HttpCache.isCurrent("\"a\"", null, "\"a\"", t)).isTrue();
        assertThat(HttpCache.isCurrent("W/\"a\"", null, "\"a\"", t)).isTrue();
        assertThat(HttpCache.isCurrent("*", null, "\"a\"", t)).isTrue();
        assertThat(HttpCache.isCurrent("\"b\"", "Thu, 02 Jan 2025 03:04:05 GMT", "\"a\"", t)).isFalse();
        assertThat(HttpCache.isCurrent(null, "Thu, 02 Jan 2025 03:04:05 GMT", "\"a\"", t)).isTrue();
        assertThat(HttpCache.isCurrent(null, "Thu, 02 Jan 2025 03:04:04 GMT", "\"a\"", t)).isFalse();
        assertThat(HttpCache.isCurrent(null, null, "\"a\"", t)).isFalse();
    }

    @Test
    void gzip_accepted_follows_javalins_rule() {
        assertThat(HttpCache.gzipAccepted("gzip, deflate, br")).isTrue();
        assertThat(HttpCache.gzipAccepted("br, GZIP")).isTrue();
        assertThat(HttpCache.gzipAccepted("deflate")).isFalse();
        assertThat(HttpCache.gzipAccepted(null)).isFalse();
    }
}
