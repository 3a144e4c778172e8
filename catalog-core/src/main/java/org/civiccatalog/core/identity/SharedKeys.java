package org.civiccatalog.core.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.codec.digest.MurmurHash3;

/**
 * The keys that two or more descriptions hold, with their holders. Nearly every key (an identifier, a landing page)
 * is held by one description only, so a map from every key to its holders would cost the region's catalog a few
 * hundred bytes per key; instead a first pass counts 64-bit hashes of the keys in a sorted array, and a second
 * builds the map for the keys whose hash was seen twice or more. The map holds the keys themselves, so a collision of
 * hashes joins nothing.
 */
final class SharedKeys {
    /** The keys of the {@code i}th description, handed to {@code key}; called twice per description, same order. */
    @FunctionalInterface
    interface KeysOf {
        void keys(int i, Consumer<String> key);
    }

    private SharedKeys() {}

    /** Each key held at least twice, with the indexes of its holders (ascending, repeated if a description holds it twice). */
    static Map<String, List<Integer>> of(int size, KeysOf keysOf) {
        Hashes seen = new Hashes(size * 2 + 16);
        for (int i = 0; i < size; i++) keysOf.keys(i, seen::add);
        Set<Long> shared = seen.repeated();
        Map<String, List<Integer>> holders = new HashMap<>();
        if (shared.isEmpty()) return holders;
        int[] at = {0};
        for (int i = 0; i < size; i++) {
            int holder = i;
            keysOf.keys(i, key -> {
                if (shared.contains(seen.hashes[at[0]++]))
                    holders.computeIfAbsent(key, k -> new ArrayList<>(2)).add(holder);
            });
        }
        holders.values().removeIf(who -> who.size() < 2);
        return holders;
    }

    static long hash(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return MurmurHash3.hash128x64(bytes, 0, bytes.length, 0)[0];
    }

    /** The hashes of the keys in the order they came, and which of them came more than once. */
    private static final class Hashes {
        long[] hashes;
        int size;

        Hashes(int capacity) {
            hashes = new long[capacity];
        }

        void add(String key) {
            if (size == hashes.length) hashes = Arrays.copyOf(hashes, size * 2);
            hashes[size++] = hash(key);
        }

        Set<Long> repeated() {
            long[] sorted = Arrays.copyOf(hashes, size);
            Arrays.sort(sorted);
            Set<Long> out = new HashSet<>();
            for (int i = 1; i < sorted.length; i++) if (sorted[i] == sorted[i - 1]) out.add(sorted[i]);
            return out;
        }
    }
}
