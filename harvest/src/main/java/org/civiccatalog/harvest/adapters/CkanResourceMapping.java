package org.civiccatalog.harvest.adapters;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A CKAN resource as a POD distribution. name -> title, description, format, mimetype -> mediaType (else derived
 * from a well-known format: data.ca.gov resources carry a format but no mimetype, and POD requires a mediaType
 * with every downloadURL). ckanext-dcat's explicit {@code download_url} / {@code access_url} win; otherwise
 * {@code url} is a downloadURL when the resource is a file (uploaded, a CKAN {@code /download/} link, or a file
 * format) and an accessURL when it is a page or service (HTML, API, ArcGIS/OGC services, unknown formats). The
 * resource's id, size, hash, created and last_modified are kept as {@code "ckan.<key>"} members.
 */
final class CkanResourceMapping {
    /** Upper-cased CKAN format -> IANA media type, for resources without mimetype. */
    static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("CSV", "text/csv"), Map.entry("TSV", "text/tab-separated-values"), Map.entry("TXT", "text/plain"),
            Map.entry("JSON", "application/json"), Map.entry("GEOJSON", "application/geo+json"),
            Map.entry("XML", "application/xml"), Map.entry("RDF", "application/rdf+xml"),
            Map.entry("PDF", "application/pdf"), Map.entry("ZIP", "application/zip"),
            Map.entry("XLS", "application/vnd.ms-excel"),
            Map.entry("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("DOC", "application/msword"), Map.entry("KML", "application/vnd.google-earth.kml+xml"),
            Map.entry("KMZ", "application/vnd.google-earth.kmz"), Map.entry("HTML", "text/html"),
            Map.entry("PARQUET", "application/vnd.apache.parquet"));
    /** Formats that are a page or a service to use, not a file to download. */
    static final Set<String> ACCESS_FORMATS = Set.of("HTML", "API", "WEB PAGE", "ESRI REST", "ARCGIS GEOSERVICES REST API",
            "WMS", "WFS", "WCS", "WMTS", "OGC WMS", "OGC WFS", "SPARQL", "ODATA", "URL", "LINK");
    static final java.util.List<String> KEPT = java.util.List.of("id", "size", "hash", "created", "last_modified");

    private CkanResourceMapping() {}

    static ObjectNode toPod(ObjectNode res) {
        ObjectNode d = PortalJson.MAPPER.createObjectNode();
        d.put("@type", "dcat:Distribution");
        put(d, "title", PortalJson.text(res, "name"));
        put(d, "description", PortalJson.text(res, "description"));
        String format = PortalJson.text(res, "format");
        put(d, "format", format);
        String fmt = format == null ? "" : format.strip().toUpperCase(Locale.ROOT);
        String mime = PortalJson.text(res, "mimetype");
        put(d, "mediaType", mime != null && mime.contains("/") ? mime.strip() : MEDIA_TYPES.get(fmt));
        String download = PortalJson.text(res, "download_url"), access = PortalJson.text(res, "access_url");
        String url = PortalJson.text(res, "url");
        if (url != null) {
            if (isFile(res, url, fmt)) download = download == null ? url.strip() : download;
            else access = access == null ? url.strip() : access;
        }
        put(d, "downloadURL", download);
        put(d, "accessURL", access);
        for (String k : KEPT) {
            JsonNode v = res.get(k);
            if (v != null && !v.isNull() && !(v.isTextual() && v.textValue().isEmpty())) d.set("ckan." + k, v);
        }
        return d;
    }

    /** Uploaded to CKAN, a CKAN download link, or a file format and not a page or service. */
    static boolean isFile(ObjectNode res, String url, String fmt) {
        if ("upload".equals(PortalJson.text(res, "url_type"))) return true;
        if (url.contains("/download/")) return true;
        if (ACCESS_FORMATS.contains(fmt)) return false;
        return MEDIA_TYPES.containsKey(fmt) && !fmt.equals("HTML");
    }

    private static void put(ObjectNode o, String key, String value) {
        if (value != null) o.put(key, value);
    }
}
