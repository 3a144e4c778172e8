package org.civiccatalog.harvest.adapters;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.HttpResult;

/**
 * The JSON side of the portal adapters (CKAN, Socrata, ArcGIS Hub): one Jackson setup, and a parse that turns
 * anything that is not a JSON object (an HTML error page, a truncated body) into a message that names the URL, the
 * status and what came back instead.
 */
final class PortalJson {
    static final ObjectMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private PortalJson() {}

    /** The body as a JSON object, or empty-handed with a {@link HarvestException} naming the URL. */
    static ObjectNode object(HttpResult r) {
        return object(r.url(), r);
    }

    static ObjectNode object(URI requested, HttpResult r) {
        JsonNode n;
        try {
            n = MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new HarvestException("GET " + requested + " answered " + r.status() + " with "
                    + describeBody(r) + ", not JSON: " + firstLine(e.getMessage()), e);
        }
        if (n == null || !n.isObject())
            throw new HarvestException("GET " + requested + " answered " + r.status() + " with "
                    + (n == null ? "an empty body" : "a JSON " + n.getNodeType().name().toLowerCase(Locale.ROOT))
                    + ", expected a JSON object");
        return (ObjectNode) n;
    }

    /** "an HTML page (text/html, 11546 bytes)": for messages about bodies that are not what they should be. */
    static String describeBody(HttpResult r) {
        String type = r.header("Content-Type").orElse("no Content-Type");
        byte[] b = r.body();
        String head = new String(b, 0, Math.min(b.length, 256), java.nio.charset.StandardCharsets.UTF_8).stripLeading();
        String what = head.isEmpty() ? "an empty body"
                : head.regionMatches(true, 0, "<!doctype html", 0, 14) || head.regionMatches(true, 0, "<html", 0, 5)
                ? "an HTML page" : "a body";
        return what + " (" + type + ", " + r.body().length + " bytes)";
    }

    /** A text value, or null when absent, null or not a non-blank string. */
    static String text(JsonNode parent, String key) {
        JsonNode v = parent == null ? null : parent.get(key);
        return v != null && v.isTextual() && !v.textValue().isBlank() ? v.textValue() : null;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
