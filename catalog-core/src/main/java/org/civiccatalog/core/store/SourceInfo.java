package org.civiccatalog.core.store;

import java.util.Objects;
import java.util.Optional;

import org.civiccatalog.core.CatalogIris;

/**
 * A source: one portal or file feed, held as a sub-catalog of the federated catalog.
 *
 * @param id         short stable id, e.g. {@code lacity}
 * @param title      human title
 * @param kind       portal kind: {@code datajson}, {@code dcat-rdf}, {@code socrata}, {@code ckan}...
 * @param url        where it is harvested from, if it has a URL
 * @param owner      jurisdiction that runs it (city, county, state), free text
 */
public record SourceInfo(String id, String title, String kind, Optional<String> url, Optional<String> owner) {
    public SourceInfo {
        CatalogIris.requireSourceId(id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(owner, "owner");
    }

    public static SourceInfo imported(String id, String kind) {
        return new SourceInfo(id, id, kind, Optional.empty(), Optional.empty());
    }
}
