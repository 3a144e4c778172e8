package org.civiccatalog.core.store;

import java.util.function.Supplier;

/**
 * A value read from the store, kept until the next committed write: pages read the same small things (the latest
 * audit run, the sources, the crosswalks) on every view, though they change only with a write. The version is read
 * before the value (or in the same read transaction), so a value is never older than the version it is kept under.
 * Inside a write transaction the value is read and not kept. Values must be immutable.
 */
public final class PerDataVersion<T> {
    private record Kept<T>(DataVersion version, T value) {}

    private volatile Kept<T> kept;

    public T get(CatalogStore store, Supplier<T> read) {
        java.util.Optional<DataVersion> v = store.dataVersion();
        if (v.isEmpty()) return read.get();
        Kept<T> k = kept;
        if (k != null && k.version().equals(v.get())) return k.value();
        T value = read.get();
        kept = new Kept<>(v.get(), value);
        return value;
    }
}
