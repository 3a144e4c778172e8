package org.civiccatalog.core.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ValueTypeTest {
    @Test
    void dates_are_strict_in_their_pattern() {
        assertThat(ValueType.DATE.accepts("20240229", Optional.of("yyyyMMdd"))).isTrue();
        assertThat(ValueType.DATE.accepts("20230229", Optional.of("yyyyMMdd"))).as("no 29 February in 2023").isFalse();
        assertThat(ValueType.DATE.accepts("20240231", Optional.of("yyyyMMdd"))).isFalse();
        assertThat(ValueType.DATE.accepts("2024-02-01", Optional.of("yyyyMMdd"))).isFalse();
        assertThat(ValueType.DATE.accepts("2024-02-01", Optional.empty())).isTrue();
        assertThat(ValueType.DATE.accepts("2/1/24", Optional.empty())).isFalse();
    }

    @Test
    void datetimes_without_a_pattern_need_an_offset() {
        assertThat(ValueType.DATETIME.accepts("2010-04-14T06:37:38-08:00", Optional.empty())).isTrue();
        assertThat(ValueType.DATETIME.accepts("2010-04-14T06:37:38Z", Optional.empty())).isTrue();
        assertThat(ValueType.DATETIME.accepts("2010-04-14T06:37:38", Optional.empty())).isFalse();
        assertThat(ValueType.DATETIME.accepts("04/14/2010 06:37:38 AM", Optional.empty())).isFalse();
    }

    @Test
    void numbers_urls_emails_booleans() {
        assertThat(ValueType.INTEGER.accepts("-12", Optional.empty())).isTrue();
        assertThat(ValueType.INTEGER.accepts("12.5", Optional.empty())).isFalse();
        assertThat(ValueType.NUMBER.accepts("-118.2654", Optional.empty())).isTrue();
        assertThat(ValueType.NUMBER.accepts("1e3", Optional.empty())).isTrue();
        assertThat(ValueType.NUMBER.accepts("west", Optional.empty())).isFalse();
        assertThat(ValueType.URL.accepts("https://data.lacity.org/x", Optional.empty())).isTrue();
        assertThat(ValueType.URL.accepts("www.muni.org", Optional.empty())).as("Anchorage's municipality_url").isFalse();
        assertThat(ValueType.URL.accepts("ftp://example.org/x", Optional.empty())).isFalse();
        assertThat(ValueType.EMAIL.accepts("healthscores@openexington.org", Optional.empty())).isTrue();
        assertThat(ValueType.EMAIL.accepts("mailto: nobody", Optional.empty())).isFalse();
        assertThat(ValueType.BOOLEAN.accepts("TRUE", Optional.empty())).isTrue();
        assertThat(ValueType.BOOLEAN.accepts("yes", Optional.empty())).isFalse();
    }

    @Test
    void socrata_types_that_cannot_hold_a_field() {
        assertThat(FieldChecks.compatible(ValueType.NUMBER, "text")).isTrue();
        assertThat(FieldChecks.compatible(ValueType.NUMBER, "number")).isTrue();
        assertThat(FieldChecks.compatible(ValueType.NUMBER, "calendar_date")).isFalse();
        assertThat(FieldChecks.compatible(ValueType.DATETIME, "floating_timestamp")).isTrue();
        assertThat(FieldChecks.compatible(ValueType.DATETIME, "number")).isFalse();
        assertThat(FieldChecks.compatible(ValueType.BOOLEAN, "checkbox")).isTrue();
        assertThat(FieldChecks.compatible(ValueType.STRING, "point")).isTrue();
        assertThat(FieldChecks.compatible(ValueType.NUMBER, "point")).isFalse();
    }

    @Test
    void xml_text_drops_characters_xml_cannot_carry() {
        assertThat(Open311Writer.xmlText("plain & <simple>")).isEqualTo("plain & <simple>");
        assertThat(Open311Writer.xmlText("bell\u0007 and nul\u0000 end")).isEqualTo("bell and nul end");
        assertThat(Open311Writer.xmlText("emoji \uD83D\uDE00 ok, lone \uD800 not")).isEqualTo("emoji \uD83D\uDE00 ok, lone  not");
    }
}
