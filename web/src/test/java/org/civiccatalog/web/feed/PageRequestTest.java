package org.civiccatalog.web.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civiccatalog.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {
    @Test
    void absent_parameters_take_the_defaults() {
        assertThat(PageRequest.parse(null, null, 100, 1000)).isEqualTo(new PageRequest(1, 100, false));
    }

    @Test
    void page_size_is_capped_and_remembered_as_given() {
        PageRequest r = PageRequest.parse("3", "5000", 100, 1000);
        assertThat(r).isEqualTo(new PageRequest(3, 1000, true));
        assertThat(r.offset()).isEqualTo(2000);
        assertThat(new PageLinks("http://x/catalog", r).page(4)).isEqualTo("http://x/catalog?page=4&pageSize=1000");
        assertThat(new PageLinks("http://x/catalog", new PageRequest(2, 10, false)).self()).isEqualTo("http://x/catalog?page=2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.0", "x", "", " ", "1e3", "9999999999999999999"})
    void non_positive_or_non_integer_values_are_invalid_input(String bad) {
        assertThatThrownBy(() -> PageRequest.parse(bad, null, 100, 1000))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("page");
        assertThatThrownBy(() -> PageRequest.parse(null, bad, 100, 1000))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("pageSize");
    }
}
