package org.civiccatalog.core.store;

/**
 * Which committed state of the database a reader sees: a new value after every committed write, to any graph
 * (records, logs such as an audit run's quality graph, reference graphs), unlike {@link StoreState}, which moves
 * with changes to the catalog's records only.
 *
 * @param database the database instance (a compaction swaps it, and its count starts again)
 * @param version  the count of its committed writes
 */
public record DataVersion(Object database, long version) {}
