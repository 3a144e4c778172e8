package org.civiccatalog.harvest.adapters;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.HttpResult;

/**
 * One answer of CKAN's {@code package_search}: the envelope {@code {success, result: {count, results[]}}} checked,
 * or a {@link HarvestException} that names the URL: a body that is not JSON (an HTML error page), {@code
 * success:false} (with CKAN's error type and message), an error status, or a result without {@code count} and
 * {@code results}.
 *
 * @param count   how many packages the portal says match (the whole search, not this page)
 * @param results the package dicts of this page, in portal order
 */
record CkanSearchPage(URI url, long count, List<ObjectNode> results) {
    CkanSearchPage {
        results = List.copyOf(results);
    }

    static CkanSearchPage parse(URI url, HttpResult r) {
        ObjectNode body = PortalJson.object(url, r);
        JsonNode success = body.get("success");
        if (success != null && success.isBoolean() && !success.booleanValue())
            throw new HarvestException("GET " + url + " answered " + r.status() + " with success:false: " + error(body));
        if (!r.ok())
            throw new HarvestException("GET " + url + " answered " + r.status() + ": " + error(body));
        JsonNode result = body.get("result");
        if (success == null || !success.asBoolean(false) || result == null || !result.isObject())
            throw new HarvestException("GET " + url + " is not a CKAN action API answer (expected {success:true, result:{...}})");
        JsonNode count = result.get("count"), results = result.get("results");
        if (count == null || !count.canConvertToLong() || results == null || !results.isArray())
            throw new HarvestException("GET " + url + ": package_search result has no numeric 'count' and 'results' array");
        List<ObjectNode> packages = new ArrayList<>(results.size());
        for (JsonNode p : results) {
            if (!p.isObject()) throw new HarvestException("GET " + url + ": package_search results hold a non-object: " + p);
            packages.add((ObjectNode) p);
        }
        return new CkanSearchPage(url, count.asLong(), packages);
    }

    /** The package ids (or names, for a package without id) of this page, in order: what a repeated page repeats. */
    List<String> ids() {
        return results.stream().map(p -> p.path("id").asText(p.path("name").asText(""))).toList();
    }

    private static String error(ObjectNode body) {
        JsonNode e = body.get("error");
        if (e == null || e.isNull()) return "no error given";
        if (!e.isObject()) return e.toString();
        String type = PortalJson.text(e, "__type"), message = PortalJson.text(e, "message");
        return (type == null ? "" : type + ": ") + (message == null ? e.toString() : message);
    }
}
