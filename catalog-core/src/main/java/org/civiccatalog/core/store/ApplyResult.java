package org.civiccatalog.core.store;

/** What one {@link CatalogStore#replaceRecords} call wrote. */
public record ApplyResult(int records, long triples, long version) {}
