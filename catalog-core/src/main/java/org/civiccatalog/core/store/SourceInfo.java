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
 * @param owner        who runs it, free text ("City of Los Angeles")
 * @param jurisdiction the level of government that runs it: city, county, state, region or other (lower-case);
 *                     cross-portal identity prefers the lowest level as a dataset's origin
 */
public record SourceInfo(String id, String title, String kind, Optional<String> url, Optional<String> owner,
                         Optional<String> jurisdiction) {
    public SourceInfo {
        CatalogIris.requireSourceId(id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
    }

    /** A source whose level of government is not known (file imports). */
    public SourceInfo(String id, String title, String kind, Optional<String> url, Optional<String> owner) {
        this(id, title, kind, url, owner, Optional.empty());
    }

    public static SourceInfo imported(String id, String kind) {
        return new SourceInfo(id, id, kind, Optional.empty(), Optional.empty());
    }
}
