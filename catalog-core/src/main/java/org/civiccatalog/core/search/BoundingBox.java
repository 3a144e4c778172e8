package org.civiccatalog.core.search;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A box in WGS 84 degrees: west, south, east, north. Spatial extents are compared as boxes: a dataset's geometry
 * (a POD "w,s,e,n" string, a WKT geometry, a GeoJSON geometry) is reduced to the box around it, and a search box
 * matches a dataset whose box intersects it (touching edges count). Boxes that cross the antimeridian (west greater
 * than east) are not supported: such a search is refused, and such an extent is not indexed.
 */
public record BoundingBox(double west, double south, double east, double north) {
    private static final String NUM = "\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*";
    private static final Pattern POD = Pattern.compile("^" + NUM + "," + NUM + "," + NUM + "," + NUM + "$");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern WKT = Pattern.compile(
            "^\\s*(?:<[^>]*>\\s*)?(POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION|ENVELOPE)"
                    + "\\s*(?:Z|M|ZM)?\\s*\\((.*)\\)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    public BoundingBox {
        if (!valid(west, south, east, north))
            throw new IllegalArgumentException("not a box in degrees (west <= east, south <= north): " + west + "," + south
                    + "," + east + "," + north);
    }

    /** Whether the four values make a box this class accepts. */
    public static boolean valid(double west, double south, double east, double north) {
        return Double.isFinite(west) && Double.isFinite(south) && Double.isFinite(east) && Double.isFinite(north)
                && west >= -180 && east <= 180 && south >= -90 && north <= 90 && west <= east && south <= north;
    }

    /** "west,south,east,north", as POD's {@code spatial} and the {@code bbox} search parameter write it. */
    public static Optional<BoundingBox> parsePod(String text) {
        if (text == null) return Optional.empty();
        Matcher m = POD.matcher(text);
        if (!m.matches()) return Optional.empty();
        return of(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4)));
    }

    /**
     * The box around a WKT geometry (with or without a CRS IRI in front, GeoSPARQL style; coordinates in longitude,
     * latitude order as in CRS84), or around a CQL {@code ENVELOPE(west, east, north, south)}.
     */
    public static Optional<BoundingBox> parseWkt(String text) {
        if (text == null) return Optional.empty();
        Matcher m = WKT.matcher(text);
        if (!m.matches()) return Optional.empty();
        double[] values = NUMBER.matcher(m.group(2)).results().mapToDouble(r -> Double.parseDouble(r.group())).toArray();
        if (m.group(1).toUpperCase(Locale.ROOT).equals("ENVELOPE"))
            return values.length == 4 ? of(values[0], values[3], values[1], values[2]) : Optional.empty();
        // Only 2-D coordinates are read: a Z or M value would be taken for a longitude.
        if (text.toUpperCase(Locale.ROOT).matches("(?s).*\\b(Z|M|ZM)\\s*\\(.*")) return Optional.empty();
        if (values.length < 2 || values.length % 2 != 0) return Optional.empty();
        Extent e = new Extent();
        for (int i = 0; i < values.length; i += 2) e.add(values[i], values[i + 1]);
        return e.box();
    }

    /** The box around a GeoJSON geometry, feature or feature collection (its "bbox" member when it has one). */
    public static Optional<BoundingBox> parseGeoJson(String text) {
        if (text == null || !text.strip().startsWith("{")) return Optional.empty();
        try {
            JsonNode n = JSON.readTree(text);
            if (n == null || !n.isObject()) return Optional.empty();
            JsonNode bbox = n.get("bbox");
            if (bbox != null && bbox.isArray() && bbox.size() == 4 && allNumbers(bbox))
                return of(bbox.get(0).asDouble(), bbox.get(1).asDouble(), bbox.get(2).asDouble(), bbox.get(3).asDouble());
            Extent e = new Extent();
            collect(n, e);
            return e.box();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** Any of the forms above. */
    public static Optional<BoundingBox> parseAny(String text) {
        return parsePod(text).or(() -> parseWkt(text)).or(() -> parseGeoJson(text));
    }

    public boolean intersects(BoundingBox o) {
        return west <= o.east && east >= o.west && south <= o.north && north >= o.south;
    }

    /** "west,south,east,north" with the shortest decimal form of each. */
    public String toPod() {
        return num(west) + "," + num(south) + "," + num(east) + "," + num(north);
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static Optional<BoundingBox> of(double w, double s, double e, double n) {
        return valid(w, s, e, n) ? Optional.of(new BoundingBox(w, s, e, n)) : Optional.empty();
    }

    private static boolean allNumbers(JsonNode array) {
        for (JsonNode v : array) if (!v.isNumber()) return false;
        return true;
    }

    /** Walks "coordinates" (nested arrays of positions) and "geometry", "geometries", "features". */
    private static void collect(JsonNode n, Extent e) {
        if (n.isObject()) {
            JsonNode coords = n.get("coordinates");
            if (coords != null) positions(coords, e);
            for (String member : new String[] {"geometry", "geometries", "features"}) {
                JsonNode c = n.get(member);
                if (c != null) collect(c, e);
            }
        } else if (n.isArray()) {
            for (JsonNode c : n) collect(c, e);
        }
    }

    private static void positions(JsonNode coords, Extent e) {
        if (!coords.isArray() || coords.isEmpty()) return;
        if (coords.get(0).isNumber()) {
            if (coords.size() >= 2 && coords.get(1).isNumber()) e.add(coords.get(0).asDouble(), coords.get(1).asDouble());
            return;
        }
        for (JsonNode c : coords) positions(c, e);
    }

    /** The running extent of longitude, latitude pairs. */
    private static final class Extent {
        double w = Double.POSITIVE_INFINITY, s = Double.POSITIVE_INFINITY;
        double e = Double.NEGATIVE_INFINITY, n = Double.NEGATIVE_INFINITY;
        boolean bad;

        void add(double lon, double lat) {
            if (!Double.isFinite(lon) || !Double.isFinite(lat)) bad = true;
            w = Math.min(w, lon);
            e = Math.max(e, lon);
            s = Math.min(s, lat);
            n = Math.max(n, lat);
        }

        Optional<BoundingBox> box() {
            return bad || w > e ? Optional.empty() : of(w, s, e, n);
        }
    }
}
