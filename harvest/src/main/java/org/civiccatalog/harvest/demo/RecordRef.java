package org.civiccatalog.harvest.demo;

import java.util.Objects;

import org.civiccatalog.core.CatalogIris;

/**
 * A record of the demo region as the harvest keys it: the source id and the upstream identifier (Socrata and Hub
 * identifier URL, DKAN UUID, feed layer URL, CKAN package id, the dataset IRI of the Turtle feed).
 */
public record RecordRef(String sourceId, String identifier) {
    public RecordRef {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(identifier, "identifier");
    }

    /** The catalog IRI the harvest gives this record: {@code iris.dataset(sourceId, identifier)}. */
    public String datasetIri(CatalogIris iris) {
        return iris.dataset(sourceId, identifier);
    }
}
