package org.civiccatalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class WebConfigTest {
    @Test
    void defaults_are_the_documented_ones() {
        WebConfig c = WebConfig.defaults();
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.defaultPageSize()).isEqualTo(100);
        assertThat(c.maxPageSize()).isEqualTo(1000);
        assertThat(c.gzip()).isTrue();
        assertThat(c.maxAge()).isZero();
        assertThat(c.baseIri()).isEmpty();
    }

    @Test
    void context_path_follows_the_base_iri_unless_set() {
        WebConfig c = WebConfig.defaults();
        assertThat(c.effectiveContextPath("http://localhost:8080/")).isEqualTo("/");
        assertThat(c.effectiveContextPath("https://data.example.gov/catalog/")).isEqualTo("/catalog");
        assertThat(c.withContextPath("/").effectiveContextPath("https://data.example.gov/catalog/")).isEqualTo("/");
    }

    @Test
    void bad_settings_name_the_bad_value() {
        assertThatThrownBy(() -> WebConfig.defaults().withPort(70000)).hasMessageContaining("70000");
        assertThatThrownBy(() -> WebConfig.defaults().withPageSizes(0, 10)).hasMessageContaining("0");
        assertThatThrownBy(() -> WebConfig.defaults().withPageSizes(200, 100)).hasMessageContaining("200");
        assertThatThrownBy(() -> WebConfig.defaults().withMaxAge(Duration.ofSeconds(-1))).hasMessageContaining("PT-1S");
        assertThatThrownBy(() -> WebConfig.defaults().withBaseIri("ftp://x/")).hasMessageContaining("ftp://x/");
        assertThatThrownBy(() -> WebConfig.defaults().withContextPath("civic")).hasMessageContaining("civic");
    }
}
