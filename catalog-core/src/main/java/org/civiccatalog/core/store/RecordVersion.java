package org.civiccatalog.core.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One earlier version of a record, kept in the history database: its number (1 for the oldest), when it stopped
 * being the current description, its IRI (also the name of the history graph holding it), the harvest run that
 * replaced it (none for an import) and its {@code civic:contentHash} (none when the record had no hash).
 */
public record RecordVersion(int n, Instant invalidatedAt, String versionIri, Optional<String> invalidatedBy,
                            Optional<String> contentHash) {
    public RecordVersion {
        Objects.requireNonNull(invalidatedAt, "invalidatedAt");
        Objects.requireNonNull(versionIri, "versionIri");
        Objects.requireNonNull(invalidatedBy, "invalidatedBy");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
