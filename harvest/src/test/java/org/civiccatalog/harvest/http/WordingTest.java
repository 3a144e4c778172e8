package org.civiccatalog.harvest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class WordingTest {
    @Test
    void sizes_read_naturally_and_never_hide_a_difference_from_a_round_limit() {
        assertThat(Wording.bytes(900)).isEqualTo("900 bytes");
        assertThat(Wording.bytes(512L << 20)).isEqualTo("512 MiB");
        assertThat(Wording.bytes(1536)).isEqualTo("1.5 KiB");
        assertThat(Wording.bytes(4097)).isEqualTo("4,097 bytes");
    }

    @Test
    void durations_read_naturally() {
        assertThat(Wording.duration(Duration.ofMillis(200))).isEqualTo("200 ms");
        assertThat(Wording.duration(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(Wording.duration(Duration.ofSeconds(3599))).isEqualTo("60 min");
        assertThat(Wording.duration(Duration.ofHours(3))).isEqualTo("3 h");
    }

    @Test
    void statuses_carry_their_reason() {
        assertThat(Wording.status(503)).isEqualTo("503 Service Unavailable");
        assertThat(Wording.status(599)).isEqualTo("HTTP status 599");
    }
}
