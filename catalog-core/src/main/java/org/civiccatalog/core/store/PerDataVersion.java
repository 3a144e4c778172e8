package org.civiccatalog.core.store;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A value read from the store, kept until the next committed write: pages read the same small things (the latest
 * audit run, the sources, the crosswalks) on every view, though they change only with a write. The version and the
 * value are read in one read transaction (the caller's, or one of their own), so a value is kept under exactly the
 * version it was read from: a reader whose snapshot is older or newer reads it again. Inside a write transaction
 * the value is read and not kept. Values must be immutable.
 */
public final class PerDataVersion<T> {
    private record Kept<T>(DataVersion version, T value) {}

    private volatile Kept<T> kept;

    /** The value for the caller's snapshot; {@code read} must read through {@code store} (in the same transaction). */
    public T get(CatalogStore store, Supplier<T> read) {
        return store.read(ds -> {
            Optional<DataVersion> v = store.dataVersion();
            if (v.isEmpty()) return read.get();
            Kept<T> k = kept;
            if (k != null && k.version().equals(v.get())) return k.value();
            T value = read.get();
            kept = new Kept<>(v.get(), value);
            return value;
        });
    }
}
