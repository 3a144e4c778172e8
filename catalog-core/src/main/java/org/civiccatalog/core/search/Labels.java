package org.civiccatalog.core.search;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Facet values as people name them. Portals spell one format many ways ("csv", "CSV", {@code text/csv}) and one
 * licence by several IRIs; counting each spelling apart would split a facet's counts, so known ones are given one
 * name here. Anything not known is counted as written.
 */
final class Labels {
    private static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("csv", "CSV"), Map.entry("json", "JSON"), Map.entry("geojson", "GeoJSON"), Map.entry("zip", "ZIP"),
            Map.entry("xlsx", "XLSX"), Map.entry("xls", "XLS"), Map.entry("pdf", "PDF"), Map.entry("html", "HTML"),
            Map.entry("kml", "KML"), Map.entry("kmz", "KMZ"), Map.entry("xml", "XML"), Map.entry("shapefile", "Shapefile"),
            Map.entry("shp", "Shapefile"), Map.entry("esri rest", "Esri REST"), Map.entry("txt", "TXT"),
            Map.entry("rdf", "RDF"), Map.entry("turtle", "Turtle"), Map.entry("api", "API"));
    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("text/csv", "CSV"), Map.entry("application/json", "JSON"), Map.entry("application/geo+json", "GeoJSON"),
            Map.entry("application/vnd.geo+json", "GeoJSON"), Map.entry("application/zip", "ZIP"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
            Map.entry("application/vnd.ms-excel", "XLS"), Map.entry("application/pdf", "PDF"), Map.entry("text/html", "HTML"),
            Map.entry("application/vnd.google-earth.kml+xml", "KML"), Map.entry("application/vnd.google-earth.kmz", "KMZ"),
            Map.entry("application/xml", "XML"), Map.entry("text/xml", "XML"), Map.entry("text/plain", "TXT"),
            Map.entry("text/turtle", "Turtle"), Map.entry("application/rdf+xml", "RDF"),
            Map.entry("application/ld+json", "JSON-LD"));
    /** Licence IRIs without scheme, "www." and trailing slash; CKAN licence ids. */
    private static final Map<String, String> LICENSES = Map.ofEntries(
            Map.entry("creativecommons.org/licenses/by/4.0", "CC BY 4.0"),
            Map.entry("creativecommons.org/licenses/by-sa/4.0", "CC BY-SA 4.0"),
            Map.entry("creativecommons.org/publicdomain/zero/1.0", "CC0 1.0"),
            Map.entry("opendefinition.org/licenses/cc-by", "CC BY"), Map.entry("cc-by", "CC BY"),
            Map.entry("opendefinition.org/licenses/cc-by-sa", "CC BY-SA"), Map.entry("cc-by-sa", "CC BY-SA"),
            Map.entry("opendefinition.org/licenses/cc-zero", "CC0"), Map.entry("cc-zero", "CC0"),
            Map.entry("opendefinition.org/licenses/odc-odbl", "ODbL"), Map.entry("odc-odbl", "ODbL"),
            Map.entry("opendatacommons.org/licenses/odbl/1.0", "ODbL 1.0"),
            Map.entry("opendatacommons.org/licenses/pddl/1.0", "PDDL 1.0"), Map.entry("odc-pddl", "PDDL"),
            Map.entry("opendatacommons.org/licenses/by/1.0", "ODC-By 1.0"), Map.entry("odc-by", "ODC-By"),
            Map.entry("project-open-data.cio.gov/unknown-license", "Unknown"),
            Map.entry("other-open", "Other (open)"), Map.entry("notspecified", "Not specified"));
    private static final int MAX = 200;

    private Labels() {}

    /** A dct:format text, named as {@link #FORMATS} has it, else as written. */
    static Optional<String> format(String text) {
        return clean(text).map(t -> FORMATS.getOrDefault(t.toLowerCase(Locale.ROOT), t));
    }

    /** A media type ("text/csv", parameters dropped), by format name when known, else as written. */
    static Optional<String> mediaType(String mediaType) {
        return clean(mediaType).map(t -> {
            String bare = t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            return MEDIA_TYPES.getOrDefault(bare, bare);
        });
    }

    /** A licence IRI or text, by short name when known, else as written. */
    static Optional<String> license(String text) {
        return clean(text).map(t -> {
            String key = t.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
                    .replaceFirst("/+$", "").replaceFirst("/legalcode$", "");
            return LICENSES.getOrDefault(key, t);
        });
    }

    /** Trimmed, whitespace runs as one space, at most {@value #MAX} characters; empty when blank. */
    static Optional<String> clean(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) return Optional.empty();
        return Optional.of(t.length() > MAX ? t.substring(0, MAX) : t);
    }
}
