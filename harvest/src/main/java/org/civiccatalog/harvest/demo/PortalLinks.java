package org.civiccatalog.harvest.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How each portal names a record: its key, identifier, landing page and distribution URLs, in the shapes the real
 * platforms use (Socrata {@code /api/views/<4x4>} and {@code /d/<4x4>}, Hub {@code /datasets/<item>_0}, DKAN and CKAN
 * UUIDs, ckanext-dcat {@code /dataset/<id>/resource/<id>/download/...}). All on the portal's public host: never the
 * loopback address the API is served on.
 */
final class PortalLinks {
    /** A record's identity on its portal. */
    record Identity(String key, String identifier, String landingPage, List<DemoDistribution> distributions) {}

    private final long seed;
    private final RegionLayout layout;

    PortalLinks(long seed, RegionLayout layout) {
        this.seed = seed;
        this.layout = layout;
    }

    /** A CKAN package name: the title's slug made unique by the id's first digits, as CKAN users do by hand. */
    static String ckanName(String title, String id) {
        return Ids.slug(title) + "-" + id.substring(0, 8);
    }

    /**
     * The identity of record {@code index} of {@code p}, about a dataset called {@code title}. Every URL holds the
     * record's own id, so that two unrelated records never share a landing page or a download URL: a shared URL is
     * the ground truth's evidence of a copy.
     */
    Identity of(DemoPortal p, int index, String title, Agencies.Topic topic, SplittableRandom rng) {
        String base = p.publicBase();
        String slug = Ids.slug(title);
        boolean geo = topic.subject().geo();
        return switch (p) {
            case CITY_SOCRATA -> {
                String fxf = Ids.fourByFour(seed, index);
                String views = base + "/api/views/" + fxf;
                List<DemoDistribution> d = new ArrayList<>();
                d.add(new DemoDistribution("CSV", "CSV", "text/csv", views + "/rows.csv?accessType=DOWNLOAD", true));
                if (rng.nextBoolean()) d.add(new DemoDistribution("JSON", "JSON", "application/json", views + "/rows.json?accessType=DOWNLOAD", true));
                if (geo) d.add(new DemoDistribution("GeoJSON", "GeoJSON", "application/vnd.geo+json",
                        base + "/api/geospatial/" + fxf + "?method=export&format=GeoJSON", true));
                yield new Identity(fxf, views, base + "/d/" + fxf, d);
            }
            case CITY_HUB -> {
                String item = Ids.hex32(rng) + "_0";
                String page = base + "/datasets/" + item;
                List<DemoDistribution> d = new ArrayList<>();
                String service = title.replaceAll("[^A-Za-z0-9]+", "_") + "_" + item.substring(0, 6);
                d.add(new DemoDistribution("ArcGIS GeoService", "ArcGIS GeoServices REST API", "application/json",
                        "https://services.arcgis.example.com/DemoCity/arcgis/rest/services/" + service + "/FeatureServer/0", false));
                if (rng.nextBoolean()) d.add(new DemoDistribution("GeoJSON", "GeoJSON", "application/vnd.geo+json", page + ".geojson", false));
                d.add(rng.nextBoolean() ? new DemoDistribution("CSV", "CSV", "text/csv", page + ".csv", false)
                        : new DemoDistribution("Shapefile", "ZIP", "application/zip", page + ".zip", false));
                yield new Identity(item, page, page, d);
            }
            case COUNTY_DKAN -> {
                String uuid = Ids.uuid(rng);
                String files = base + "/sites/default/files/uploaded_resources/" + uuid.substring(0, 8) + "/" + slug;
                List<DemoDistribution> d = new ArrayList<>();
                d.add(new DemoDistribution(title, "csv", "text/csv", files + ".csv", true));
                if (rng.nextInt(3) == 0) d.add(new DemoDistribution(title + " (Excel)", "xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", files + ".xlsx", true));
                if (rng.nextInt(4) == 0) d.add(new DemoDistribution("Data dictionary", "pdf", "application/pdf", files + "-dictionary.pdf", true));
                yield new Identity(uuid, uuid, base + "/dataset/" + uuid, d);
            }
            case COUNTY_FEED -> {
                String layer = slug + "-" + (1000 + index);
                String download = base + "/download/" + layer;
                List<DemoDistribution> d = new ArrayList<>();
                d.add(new DemoDistribution("Shapefile", "Shapefile", "application/zip", download + ".zip", true));
                if (rng.nextBoolean()) d.add(new DemoDistribution("GeoJSON", "GeoJSON", "application/geo+json", download + ".geojson", true));
                if (rng.nextInt(3) == 0) d.add(new DemoDistribution("KML", "KML", "application/vnd.google-earth.kml+xml", download + ".kml", true));
                yield new Identity(layer, base + "/layers/" + layer, base + "/layers/" + layer, d);
            }
            case STATE_CKAN -> {
                String id = Ids.sortableUuid(rng, index, layout.size(p));
                String name = ckanName(title, id);
                // Files on the agencies' own sites, not CKAN uploads: the portal is harvested through loopback, so its
                // own .../dataset/<id>/resource/... links would look like links into another CKAN portal.
                String files = "https://www." + topic.agency().slug() + ".demo-state.example.gov/data/" + name;
                List<DemoDistribution> d = new ArrayList<>();
                d.add(new DemoDistribution(title, "CSV", rng.nextBoolean() ? "text/csv" : null, files + ".csv", true));
                if (rng.nextInt(3) == 0) d.add(new DemoDistribution(title + " (Excel)", "XLSX", null, files + ".xlsx", true));
                if (rng.nextInt(3) == 0) d.add(new DemoDistribution("About this dataset", "HTML", "text/html",
                        "https://www." + topic.agency().slug() + ".demo-state.example.gov/open-data/" + name, false));
                yield new Identity(id, id, base + "/dataset/" + name, d);
            }
            case STATE_RDF -> {
                String uuid = Ids.uuid(rng);
                String page = base + "/dataset/" + uuid;
                List<DemoDistribution> d = new ArrayList<>();
                d.add(new DemoDistribution(title + " (Shapefile)", "ZIP", "application/zip",
                        page + "/resource/" + Ids.uuid(rng) + "/download/" + slug + ".zip", true));
                if (rng.nextBoolean()) d.add(new DemoDistribution(title + " (GeoJSON)", "GeoJSON", "application/geo+json",
                        page + "/resource/" + Ids.uuid(rng) + "/download/" + slug + ".geojson", true));
                if (rng.nextInt(3) == 0) d.add(new DemoDistribution(title + " (CSV)", "CSV", "text/csv",
                        page + "/resource/" + Ids.uuid(rng) + "/download/" + slug + ".csv", true));
                yield new Identity(uuid, page, page, d);
            }
        };
    }
}
