package org.civiccatalog.harvest.links;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.civiccatalog.core.audit.mqa.FileTypes;

/**
 * Compares the Content-Type a server sent with the media type (or format) the metadata declared. A mismatch is a
 * finding about the metadata or the server, not a broken link. Served types that say nothing (octet-stream) and types
 * the catalog does not know when only a format was declared give no verdict. Some pairs are the same data in practice
 * and are not mismatches: GeoJSON or JSON-LD served as JSON, XML dialects served as XML, shapefiles and KMZ in a ZIP.
 */
final class ContentTypes {
    private static final Set<String> GENERIC = Set.of("application/octet-stream", "binary/octet-stream",
            "application/x-download", "application/force-download", "application/download", "application/unknown");
    /** Served file type -> declared file types it also fits. */
    private static final Map<String, Set<String>> FITS = Map.of(
            "JSON", Set.of("GEOJSON", "JSON_LD"),
            "GEOJSON", Set.of("JSON"),
            "JSON_LD", Set.of("JSON"),
            "XML", Set.of("RDF_XML", "KML", "GML", "ATOM", "RSS"),
            "RDF_XML", Set.of("XML"), "KML", Set.of("XML"), "GML", Set.of("XML"), "ATOM", Set.of("XML"), "RSS", Set.of("XML"),
            "ZIP", Set.of("SHP", "KMZ", "GPKG"));

    private ContentTypes() {}

    /** "text/csv" from "Text/CSV; charset=utf-8"; empty for a missing or blank header. */
    static Optional<String> mediaType(String contentType) {
        if (contentType == null) return Optional.empty();
        int semi = contentType.indexOf(';');
        String t = (semi >= 0 ? contentType.substring(0, semi) : contentType).strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    /**
     * Whether the served type contradicts what {@code target} declares: empty when there is no verdict (nothing
     * declared for this kind of link, nothing served, or a served type that says nothing).
     */
    static Optional<Boolean> mismatch(LinkTarget target, Optional<String> served) {
        if (served.isEmpty() || GENERIC.contains(served.get()) || target.declaredType().isEmpty()) return Optional.empty();
        String s = served.get();
        Optional<String> servedCode = FileTypes.ofMediaType(s).map(FileTypes.FileType::code);
        Optional<String> declaredCode;
        if (target.mediaType().isPresent()) {
            String m = target.mediaType().get();
            if (m.equals(s)) return Optional.of(false);
            declaredCode = FileTypes.ofMediaType(m).map(FileTypes.FileType::code).or(() -> target.format());
        } else {
            declaredCode = target.format();
            if (servedCode.isEmpty()) return Optional.empty();
        }
        if (servedCode.isEmpty() || declaredCode.isEmpty()) return Optional.of(true);
        String sc = servedCode.get(), dc = declaredCode.get();
        return Optional.of(!(sc.equals(dc) || FITS.getOrDefault(sc, Set.of()).contains(dc)));
    }
}
