package org.civiccatalog.harvest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.SourceLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Defaults, and bad settings refused with a message naming the setting and the value. */
class HarvestHttpClientBuilderTest {

    @Test
    void defaults_are_the_documented_ones() {
        HarvestHttpClient.Settings s = HarvestHttpClient.withDefaults().settings();

        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.readTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.requestTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.maxResponseBytes()).isEqualTo(SourceLimits.defaults().maxResponseBytes());
        assertThat(s.maxRetries()).isEqualTo(3);
        assertThat(s.backoffBase()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.backoffCap()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.maxRetryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(s.maxRedirects()).isEqualTo(5);
        assertThat(s.maxConnectionsPerHost()).isEqualTo(2);
        assertThat(s.userAgent()).startsWith("civic-catalog-harvester");
        assertThat(HarvestHttpClient.withDefaults().validators()).isEmpty();
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                bad("connectTimeout must be > 0, got PT0S", b -> b.connectTimeout(Duration.ZERO)),
                bad("readTimeout must be > 0, got PT-1S", b -> b.readTimeout(Duration.ofSeconds(-1))),
                bad("requestTimeout must be > 0, got PT0S", b -> b.requestTimeout(Duration.ZERO)),
                bad("maxResponseBytes must be 1..2147483639 (a body is held in one byte array), got 0", b -> b.maxResponseBytes(0)),
                bad("maxResponseBytes must be 1..2147483639 (a body is held in one byte array), got 4294967296", b -> b.maxResponseBytes(1L << 32)),
                bad("maxRetries must be 0..20, got -1", b -> b.maxRetries(-1)),
                bad("backoffBase must be > 0, got PT0S", b -> b.backoffBase(Duration.ZERO)),
                bad("maxRetryAfter must be >= 0, got PT-1S", b -> b.maxRetryAfter(Duration.ofSeconds(-1))),
                bad("maxRedirects must be 0..20, got 21", b -> b.maxRedirects(21)),
                bad("maxConnectionsPerHost must be 1..64, got 0", b -> b.maxConnectionsPerHost(0)),
                bad("userAgent must be non-blank, one line, got ' '", b -> b.userAgent(" ")));
    }

    private static Arguments bad(String message, Consumer<HarvestHttpClient.Builder> setting) {
        return Arguments.of(message, setting);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void a_bad_setting_is_refused_by_its_setter(String message, Consumer<HarvestHttpClient.Builder> setting) {
        assertThatThrownBy(() -> setting.accept(HarvestHttpClient.builder()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void settings_that_contradict_each_other_are_refused_by_build() {
        assertThatThrownBy(() -> HarvestHttpClient.builder().backoffBase(Duration.ofSeconds(5)).backoffCap(Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("backoffCap (PT1S) must not be below backoffBase (PT5S)");
        assertThatThrownBy(() -> HarvestHttpClient.builder().readTimeout(Duration.ofSeconds(60)).requestTimeout(Duration.ofSeconds(10)).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("requestTimeout (PT10S) must not be below readTimeout (PT1M)");
    }

    @Test
    void only_http_and_https_urls_are_fetched() {
        URI ftp = URI.create("ftp://data.example.gov/data.json");
        assertThatThrownBy(() -> HarvestHttpClient.withDefaults().get(ftp))
                .isInstanceOf(HarvestException.class)
                .hasMessage("GET ftp://data.example.gov/data.json: only absolute http and https URLs can be fetched");
    }

    @Test
    void accept_encoding_belongs_to_the_client() {
        URI url = URI.create("http://127.0.0.1:9/data.json");
        assertThatThrownBy(() -> HarvestHttpClient.withDefaults().get(url, Map.of("accept-encoding", "br")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Accept-Encoding is set by the client");
    }
}
