package org.civiccatalog.harvest;

import java.util.Objects;

import org.civiccatalog.core.CatalogIris;

/** What an adapter may use: the HTTP client and the catalog's IRI minting. */
public record HarvestContext(Http http, CatalogIris iris) {
    public HarvestContext {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(iris, "iris");
    }
}
