package org.civiccatalog.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SharedKeysTest {
    @Test
    void keys_held_twice_or_more_come_with_their_holders_and_keys_held_once_do_not() {
        List<List<String>> keys = List.of(List.of("a", "x"), List.of("b", "x", "y"), List.of("c"), List.of("y", "x"), List.of());
        Map<String, List<Integer>> shared = SharedKeys.of(keys.size(), (i, key) -> keys.get(i).forEach(key));
        assertThat(shared).containsOnlyKeys("x", "y");
        assertThat(shared.get("x")).containsExactly(0, 1, 3);
        assertThat(shared.get("y")).containsExactly(1, 3);
    }

    @Test
    void nothing_shared_gives_an_empty_map() {
        List<String> keys = List.of("a", "b", "c");
        assertThat(SharedKeys.of(keys.size(), (i, key) -> key.accept(keys.get(i)))).isEmpty();
    }
}
