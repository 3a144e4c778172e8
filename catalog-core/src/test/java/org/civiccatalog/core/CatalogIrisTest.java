package org.civiccatalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CatalogIrisTest {
    final CatalogIris iris = CatalogIris.of("https://catalog.example.gov");

    @Test
    void plain_identifiers_are_kept_readable() {
        assertThat(iris.dataset("lacity", "abcd-1234")).isEqualTo("https://catalog.example.gov/dataset/lacity/abcd-1234");
    }

    @Test
    void url_identifiers_become_a_stable_slug_without_slashes() {
        String a = iris.dataset("lacity", "https://data.lacity.org/api/views/abcd-1234");
        String b = iris.dataset("lacity", "https://data.lacity.org/api/views/abcd-1234");
        assertThat(a).isEqualTo(b);
        String key = a.substring(a.lastIndexOf('/') + 1);
        assertThat(key).matches("[a-z0-9-]+").contains("abcd-1234");
        assertThat(iris.dataset("lacity", "https://data.lacity.org/api/views/abcd-1235")).isNotEqualTo(a);
    }

    @Test
    void identifiers_differing_only_in_case_or_punctuation_get_different_keys() {
        assertThat(CatalogIris.key("A B")).isNotEqualTo(CatalogIris.key("a-b"));
        assertThat(CatalogIris.key("a b")).isNotEqualTo(CatalogIris.key("a_b "));
    }

    @Test
    void record_of_dataset_maps_back() {
        String ds = iris.dataset("s1", "x/y");
        assertThat(iris.recordOfDataset(ds)).contains(iris.record("s1", "x/y"));
        assertThat(iris.recordOfDataset("https://elsewhere.example/dataset/s1/x")).isEmpty();
    }

    @Test
    void bad_source_ids_and_bases_are_refused() {
        assertThatThrownBy(() -> iris.source("Bad Id")).isInstanceOf(CatalogException.class);
        assertThatThrownBy(() -> CatalogIris.of("ftp://x/")).isInstanceOf(CatalogException.class);
        assertThatThrownBy(() -> CatalogIris.key("  ")).isInstanceOf(CatalogException.class);
    }
}
