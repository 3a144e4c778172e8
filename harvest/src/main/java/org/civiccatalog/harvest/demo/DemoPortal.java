package org.civiccatalog.harvest.demo;

import java.net.URI;

import org.civiccatalog.harvest.HarvestSource.Jurisdiction;
import org.civiccatalog.harvest.SourceKind;

/**
 * The six portals of the demo region: a city on Socrata and ArcGIS Hub, a county on DKAN and a plain data.json
 * feed, a state on CKAN and a DCAT Turtle feed. Each has a public-looking host, which every identifier, landing page
 * and download URL of its records uses; only the API is reached on loopback, under {@code /{sourceId}/} of the
 * {@link DemoPortalServer}, so that the port never enters a record (and so never its content hash).
 *
 * @param share the portal's share of the region's datasets (the shares add up to 1)
 */
public enum DemoPortal {
    CITY_SOCRATA("demo-city", "Demo City Open Data", "Demo City", Jurisdiction.CITY, SourceKind.SOCRATA,
            "data.demo-city.example.gov", 0.30),
    CITY_HUB("demo-city-geohub", "Demo City GeoHub", "Demo City", Jurisdiction.CITY, SourceKind.ARCGIS_HUB,
            "geohub.demo-city.example.gov", 0.12),
    COUNTY_DKAN("demo-county", "Demo County Open Data", "Demo County", Jurisdiction.COUNTY, SourceKind.DKAN,
            "data.demo-county.example.gov", 0.18),
    COUNTY_FEED("demo-county-gis", "Demo County GIS Data", "Demo County", Jurisdiction.COUNTY, SourceKind.DATAJSON,
            "gis.demo-county.example.gov", 0.10),
    STATE_CKAN("demo-state", "Demo State Open Data", "State of Demo", Jurisdiction.STATE, SourceKind.CKAN,
            "data.demo-state.example.gov", 0.20),
    STATE_RDF("demo-state-geo", "Demo State Geoportal", "State of Demo", Jurisdiction.STATE, SourceKind.DCAT_RDF,
            "geodata.demo-state.example.gov", 0.10);

    /** Datasets per page of the county's paged data.json ({@code ?page=N}). */
    public static final int FEED_PAGE_SIZE = 200;
    /** Datasets per page of the state's Turtle feed: ckanext-dcat's default {@code datasets_per_page}. */
    public static final int RDF_PAGE_SIZE = 100;

    private final String sourceId;
    private final String title;
    private final String owner;
    private final Jurisdiction jurisdiction;
    private final SourceKind kind;
    private final String host;
    private final double share;

    DemoPortal(String sourceId, String title, String owner, Jurisdiction jurisdiction, SourceKind kind, String host,
               double share) {
        this.sourceId = sourceId;
        this.title = title;
        this.owner = owner;
        this.jurisdiction = jurisdiction;
        this.kind = kind;
        this.host = host;
        this.share = share;
    }

    public String sourceId() {
        return sourceId;
    }

    public String title() {
        return title;
    }

    public String owner() {
        return owner;
    }

    /** A GIS portal: it publishes map layers, described as GIS teams describe them. */
    boolean isGis() {
        return this == CITY_HUB || this == COUNTY_FEED || this == STATE_RDF;
    }

    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    public SourceKind kind() {
        return kind;
    }

    /** The public host its metadata names, e.g. {@code data.demo-city.example.gov}. */
    public String host() {
        return host;
    }

    /** {@code https://{host}}: the base of every URL its records carry. */
    public String publicBase() {
        return "https://" + host;
    }

    double share() {
        return share;
    }

    /** Where the portal's API is served by a server at {@code serverRoot}: {@code {serverRoot}/{sourceId}}. */
    public URI apiRoot(URI serverRoot) {
        String root = serverRoot.toString();
        return URI.create((root.endsWith("/") ? root : root + "/") + sourceId);
    }

    /**
     * The URL a sources file names for the portal: the API root for Socrata, ArcGIS Hub, DKAN and CKAN (the adapter
     * adds its paths); the feed itself for data.json (with {@code ?page=1}, so the adapter walks its pages) and
     * DCAT RDF (Hydra links lead on).
     */
    public URI sourceUrl(URI serverRoot) {
        URI api = apiRoot(serverRoot);
        return switch (kind) {
            case DATAJSON -> URI.create(api + "/data.json?page=1");
            case DCAT_RDF -> URI.create(api + "/catalog.ttl");
            default -> api;
        };
    }

    /** The portal whose API is served under this path segment. */
    static java.util.Optional<DemoPortal> bySourceId(String id) {
        for (DemoPortal p : values()) if (p.sourceId.equals(id)) return java.util.Optional.of(p);
        return java.util.Optional.empty();
    }
}
