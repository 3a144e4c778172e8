package org.civiccatalog.core.store;

import java.util.Optional;

/** What the store holds about one record, for a harvest's diff: its content hash and whether it is withdrawn. */
public record RecordState(String upstreamId, Optional<String> contentHash, boolean withdrawn) {}
