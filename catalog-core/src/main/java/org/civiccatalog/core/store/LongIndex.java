package org.civiccatalog.core.store;

import java.util.Arrays;

/**
 * Numbers distinct {@code long} keys 0, 1, 2 ... in the order they are added: an open-addressing table of primitive
 * keys, for joins over hundreds of thousands of node ids where a {@code HashMap<Long, ...>} spends its time in
 * cache misses on boxed keys and entries (most of a record-state read at 300,000 records). Not thread-safe.
 */
final class LongIndex {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] numbers;
    private int size;

    LongIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        numbers = new int[capacity];
        Arrays.fill(keys, EMPTY);
    }

    /** The key's number, given it if new. */
    int add(long key) {
        if (key == EMPTY) throw new IllegalArgumentException("key " + key + " is reserved");
        if ((size + 1) * 2 > keys.length) grow();
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == key) return numbers[i];
            if (keys[i] == EMPTY) {
                keys[i] = key;
                numbers[i] = size;
                return size++;
            }
        }
    }

    /** The key's number, or -1. */
    int get(long key) {
        if (key == EMPTY) return -1;
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == key) return numbers[i];
            if (keys[i] == EMPTY) return -1;
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldNumbers = numbers;
        keys = new long[oldKeys.length * 2];
        numbers = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == EMPTY) continue;
            int i = slot(oldKeys[j], mask);
            while (keys[i] != EMPTY) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            numbers[i] = oldNumbers[j];
        }
    }

    /** A mix of all the key's bits (node-table offsets differ mostly in their low bits). */
    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
