package org.civiccatalog.core.store;

import java.time.Instant;

/**
 * One earlier version of a record, kept in the history database: its number (1 for the oldest), when it stopped
 * being the current description, and its IRI (also the name of the history graph holding it).
 */
public record RecordVersion(int n, Instant invalidatedAt, String versionIri) {}
