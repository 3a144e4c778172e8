package org.civiccatalog.core.datajson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Upgrades one POD v1.0 entry (a member of a bare top-level array, {@code pod-schema-v1.0/single_entry.json}) to
 * POD v1.1, step by step; docs/datajson-mapping.md lists the steps. Entries already in v1.1 shape pass through
 * (each step only fires on the v1.0 shape). An entry that cannot be upgraded is refused with the field and value.
 */
final class LegacyUpgrade {
    private LegacyUpgrade() {}

    static ObjectNode upgrade(ObjectNode in, Where w) {
        ObjectNode o = in.deepCopy();
        lowercaseAccessLevel(o);
        rename(o, "accessLevelComment", "rights", w);
        rename(o, "dataDictionary", "describedBy", w);
        rename(o, "PrimaryITInvestmentUII", "primaryITInvestmentUII", w);
        frequency(o, w);
        for (String f : List.of("bureauCode", "programCode"))
            if (o.path(f).isTextual()) o.set(f, Json.MAPPER.createArrayNode().add(o.get(f)));
        keywords(o);
        publisher(o);
        contact(o);
        distributions(o, w);
        return o;
    }

    private static void lowercaseAccessLevel(ObjectNode o) {
        if (o.path("accessLevel").isTextual())
            o.put("accessLevel", o.get("accessLevel").textValue().strip().toLowerCase(Locale.ROOT));
    }

    /** Step: v1.0 name -> v1.1 name; an empty v1.0 string is dropped (v1.1 forbids ""). */
    private static void rename(ObjectNode o, String from, String to, Where w) {
        JsonNode v = o.remove(from);
        if (v == null || (v.isTextual() && v.textValue().isEmpty())) return;
        if (o.has(to) && !o.get(to).isNull())
            throw w.fail(from, "cannot upgrade POD v1.0 '" + from + "' to '" + to + "': the entry has both");
        o.set(to, v);
    }

    /** Step: the v1.0 frequency enum ("Weekly", "Completely irregular") becomes an ISO 8601 repeating duration. */
    private static void frequency(ObjectNode o, Where w) {
        JsonNode v = o.get("accrualPeriodicity");
        if (v == null || !v.isTextual()) return;
        String s = v.textValue();
        if (PodRules.accrualPeriodicity(s).filter(s::equals).isPresent()) return;
        String iso = Frequencies.iso(s).orElseThrow(() -> w.fail("accrualPeriodicity",
                Json.quote(s) + " is not a POD v1.0 frequency (Annual, Monthly, Weekly, Daily, ...); cannot upgrade it to v1.1"));
        o.put("accrualPeriodicity", iso);
    }

    /** Step: a comma-separated keyword string becomes an array (trimmed, empty parts dropped). */
    private static void keywords(ObjectNode o) {
        if (!o.path("keyword").isTextual()) return;
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (String k : o.get("keyword").textValue().split(","))
            if (!k.isBlank()) a.add(k.strip());
        if (a.isEmpty()) o.remove("keyword");
        else o.set("keyword", a);
    }

    /** Step: a publisher name becomes {"@type": "org:Organization", "name": ...}. */
    private static void publisher(ObjectNode o) {
        if (!o.path("publisher").isTextual()) return;
        ObjectNode p = Json.object().put("@type", "org:Organization").put("name", o.get("publisher").textValue());
        o.set("publisher", p);
    }

    /** Step: contactPoint (a name) and mbox (an address) become one vCard object with a mailto: hasEmail. */
    private static void contact(ObjectNode o) {
        JsonNode cp = o.get("contactPoint");
        if (cp != null && !cp.isTextual()) return;
        JsonNode mbox = o.remove("mbox");
        if (cp == null && mbox == null) return;
        ObjectNode c = Json.object().put("@type", "vcard:Contact");
        if (cp != null) c.set("fn", cp);
        if (mbox != null && mbox.isTextual()) {
            String m = mbox.textValue().strip();
            c.put("hasEmail", m.regionMatches(true, 0, "mailto:", 0, 7) ? m : "mailto:" + m);
        } else if (mbox != null) {
            c.set("hasEmail", mbox);
        }
        o.set("contactPoint", c);
    }

    /**
     * Steps: each v1.0 distribution's accessURL (a direct download in v1.0) becomes downloadURL and its format (a
     * media type in v1.0) mediaType; the 2013 Socrata variant {@code formats: [{label, value}]} with one entry gives
     * mediaType = value and format = label. The dataset-level accessURL + format become a first distribution and
     * webService a last one ({accessURL, format "API"}), unless a distribution already has that URL.
     */
    private static void distributions(ObjectNode o, Where w) {
        JsonNode dist = o.get("distribution");
        JsonNode accessUrl = o.remove("accessURL");
        JsonNode format = o.remove("format");
        JsonNode webService = o.remove("webService");
        if (dist != null && dist.isObject()) dist = Json.MAPPER.createArrayNode().add(dist);
        if (dist != null && !dist.isArray() && !dist.isNull())
            throw w.fail("distribution", "must be an array of objects, got " + Json.describe(dist) + "; cannot upgrade");
        List<ObjectNode> items = new ArrayList<>();
        if (dist != null && dist.isArray())
            for (int i = 0; i < dist.size(); i++) items.add(item(dist.get(i), "distribution[" + i + "]", w));
        if (accessUrl != null && !hasUrl(items, accessUrl)) {
            ObjectNode d = Json.object().set("downloadURL", accessUrl);
            if (format != null) d.set("mediaType", format);
            items.add(0, d);
        }
        if (webService != null && !hasUrl(items, webService)) {
            ObjectNode d = Json.object().set("accessURL", webService);
            d.put("format", "API");
            if (accessUrl == null && format != null) d.set("mediaType", format);
            items.add(d);
        }
        if (items.isEmpty()) {
            if (dist == null) o.remove("distribution");
            return;
        }
        ArrayNode a = Json.MAPPER.createArrayNode();
        items.forEach(a::add);
        o.set("distribution", a);
    }

    private static ObjectNode item(JsonNode v, String path, Where w) {
        if (!v.isObject()) throw w.fail(path, "must be an object, got " + Json.describe(v) + "; cannot upgrade");
        ObjectNode d = ((ObjectNode) v).deepCopy();
        boolean v10 = !d.has("downloadURL") && !d.has("mediaType")
                && (!d.has("format") || d.has("formats") || looksLikeMediaType(d.get("format")));
        if (!v10) return d;
        if (d.has("accessURL")) d.set("downloadURL", d.remove("accessURL"));
        if (d.has("format") && looksLikeMediaType(d.get("format"))) d.set("mediaType", d.remove("format"));
        JsonNode formats = d.remove("formats");
        if (formats != null) {
            if (!formats.isArray() || formats.size() != 1 || !formats.get(0).isObject())
                throw w.fail(path + ".formats", "must hold exactly one {label, value} object to give one mediaType, got "
                        + Json.describe(formats) + "; cannot upgrade");
            JsonNode f = formats.get(0);
            if (f.hasNonNull("value") && !d.has("mediaType")) d.set("mediaType", f.get("value"));
            if (f.hasNonNull("label") && !d.has("format")) d.set("format", f.get("label"));
        }
        return d;
    }

    private static boolean looksLikeMediaType(JsonNode v) {
        return v.isTextual() && v.textValue().contains("/");
    }

    private static boolean hasUrl(List<ObjectNode> items, JsonNode url) {
        for (ObjectNode d : items)
            if (url.equals(d.get("downloadURL")) || url.equals(d.get("accessURL"))) return true;
        return false;
    }
}
