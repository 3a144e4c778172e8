package org.civiccatalog.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The primitive key numbering agrees with a HashMap through growth, on spread and on clustered keys. */
class LongIndexTest {
    @Test
    void numbers_keys_in_the_order_added_and_finds_them_as_a_map_would() {
        Random r = new Random(42);
        for (boolean clustered : new boolean[] {false, true}) {
            LongIndex index = new LongIndex(4);   // grows many times
            Map<Long, Integer> expected = new HashMap<>();
            for (int i = 0; i < 200_000; i++) {
                long k = clustered ? 14_250L + 37L * r.nextInt(150_000) : r.nextLong();
                if (k == Long.MIN_VALUE) continue;
                int n = index.add(k);
                Integer before = expected.putIfAbsent(k, expected.size());
                assertThat(n).isEqualTo(before == null ? expected.size() - 1 : before);
            }
            assertThat(index.size()).isEqualTo(expected.size());
            expected.forEach((k, n) -> assertThat(index.get(k)).isEqualTo(n));
            for (int i = 0; i < 10_000; i++) {
                long k = clustered ? 14_250L + 37L * (150_000 + i) : r.nextLong();
                if (!expected.containsKey(k)) assertThat(index.get(k)).as("absent key").isEqualTo(-1);
            }
        }
    }

    @Test
    void the_reserved_key_is_refused() {
        assertThatThrownBy(() -> new LongIndex(1).add(Long.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new LongIndex(1).get(Long.MIN_VALUE)).isEqualTo(-1);
    }
}
