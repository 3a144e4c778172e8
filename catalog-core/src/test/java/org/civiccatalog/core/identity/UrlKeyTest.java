package org.civiccatalog.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlKeyTest {
    @ParameterizedTest
    @CsvSource({
            "https://data.lacity.org/d/abcd-1234, data.lacity.org/d/abcd-1234",
            "http://WWW.Data.LACity.org:80/d/abcd-1234/, data.lacity.org/d/abcd-1234",
            "https://data.lacity.org:443/d/abcd-1234#top, data.lacity.org/d/abcd-1234",
            "https://data.lacity.org:8443/d/abcd-1234, data.lacity.org:8443/d/abcd-1234",
            "https://data.lacity.org/api/views/x/rows.csv?accessType=DOWNLOAD, data.lacity.org/api/views/x/rows.csv?accessType=DOWNLOAD",
            "'  https://data.lacity.org/D/Case  ', data.lacity.org/D/Case",
            "https://data.lacity.org/?page=2, data.lacity.org?page=2"
    })
    void reduces_a_url_to_what_names_the_page(String url, String key) {
        assertThat(UrlKey.of(url)).contains(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://data.lacity.org/", "https://data.lacity.org", "ftp://files.lacity.org/a.csv",
            "mailto:opendata@lacity.org", "not a url", "urn:uuid:7c3e9a52", "https:///nohost/path"})
    void a_home_page_or_a_non_web_address_has_no_key(String url) {
        assertThat(UrlKey.of(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"data.lacity.org/d/x, data.lacity.org", "data.lacity.org:8443/d/x, data.lacity.org:8443",
            "data.lacity.org?page=2, data.lacity.org"})
    void host_of_a_key(String key, String host) {
        assertThat(UrlKey.host(key)).isEqualTo(host);
    }
}
