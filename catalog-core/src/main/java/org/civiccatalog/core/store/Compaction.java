package org.civiccatalog.core.store;

import java.time.Duration;

/**
 * What compacting the store did: its size on disk before and after, and how long it took.
 *
 * @param bytesBefore the database directory's size before
 * @param bytesAfter  its size after (the old generation deleted)
 */
public record Compaction(long bytesBefore, long bytesAfter, Duration took) {
    public String describe() {
        return String.format(java.util.Locale.ROOT, "store compacted from %s to %s in %.1f s", size(bytesBefore),
                size(bytesAfter), took.toMillis() / 1000.0);
    }

    static String size(long bytes) {
        if (bytes >= 1L << 30) return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        return String.format(java.util.Locale.ROOT, "%.0f MB", bytes / (double) (1L << 20));
    }
}
