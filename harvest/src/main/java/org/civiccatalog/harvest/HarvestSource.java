package org.civiccatalog.harvest;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.store.SourceInfo;

/**
 * One portal to harvest.
 *
 * @param id           stable source id (the store's sub-catalog), e.g. {@code lacity}
 * @param kind         which API the portal speaks
 * @param url          the portal's base URL (CKAN, Socrata, DKAN, ArcGIS Hub) or the feed URL (data.json, DCAT RDF)
 * @param owner        who publishes it, e.g. "City of Los Angeles"
 * @param jurisdiction city, county, state or other
 * @param schedule     how often {@code serve} harvests it; empty = only on demand
 */
public record HarvestSource(String id, String title, SourceKind kind, URI url, String owner, Jurisdiction jurisdiction,
                            Optional<Duration> schedule, SourceLimits limits) {
    public HarvestSource {
        CatalogIris.requireSourceId(id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(limits, "limits");
        if (!url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme())))
            throw new IllegalArgumentException("source " + id + ": url must be an absolute http(s) URL, got " + url);
    }

    public static HarvestSource of(String id, SourceKind kind, URI url) {
        return new HarvestSource(id, id, kind, url, id, Jurisdiction.OTHER, Optional.empty(), SourceLimits.defaults());
    }

    public HarvestSource withLimits(SourceLimits l) {
        return new HarvestSource(id, title, kind, url, owner, jurisdiction, schedule, l);
    }

    /** The source as the store knows it. */
    public SourceInfo info() {
        return new SourceInfo(id, title, kind.id(), Optional.of(url.toString()), Optional.of(owner),
                Optional.of(jurisdiction.name().toLowerCase(java.util.Locale.ROOT)));
    }

    public enum Jurisdiction { CITY, COUNTY, STATE, REGION, OTHER }
}
