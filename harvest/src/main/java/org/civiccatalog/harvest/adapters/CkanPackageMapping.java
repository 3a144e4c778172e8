package org.civiccatalog.harvest.adapters;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A CKAN package dict as a POD v1.1 dataset object, which {@code PodToDcat} maps to DCAT. Pure: no I/O. The table
 * is in docs/harvest-portals.md; in short: id -> identifier, title (else name), notes -> description, tags ->
 * keyword, groups -> theme, metadata_modified -> modified, metadata_created -> issued (unless an extra gives it),
 * organization -> publisher (with its portal page as IRI), maintainer (else author) -> contactPoint, license_url (else license_id) -> license, url
 * (else {root}/dataset/{name}) -> landingPage, resources -> distribution ({@link CkanResourceMapping}).
 *
 * <p>Nothing else is lost: every {@code extras} entry is kept as the member {@code "ckan.extras.<key>"}, and every
 * top-level key that is not CKAN core (ckanext-scheming or ckanext-harvest fields such as {@code source_type}) as
 * {@code "ckan.<key>"}; {@code PodToDcat} keeps those as {@code civic:extraField}. An extra or custom field whose key
 * is a POD string member DCAT can hold ({@code accessLevel}, {@code temporal}, ...: data.gov-style packages carry
 * them) also fills that member, unless the package itself gave it.
 */
final class CkanPackageMapping {
    /** Keys mapped above, or CKAN bookkeeping that says nothing about the dataset. */
    static final Set<String> CORE = Set.of("id", "name", "title", "notes", "url", "author", "author_email",
            "maintainer", "maintainer_email", "license_id", "license_url", "isopen", "organization", "owner_org",
            "groups", "tags", "tag_string", "extras", "resources", "num_resources", "num_tags", "metadata_created",
            "metadata_modified", "state", "private", "creator_user_id", "revision_id", "revision_timestamp",
            "relationships_as_object", "relationships_as_subject", "tracking_summary");
    /** POD string members an extra of the same name fills (CKAN core has no field for them). */
    static final Set<String> POD_FROM_EXTRAS = Set.of("accessLevel", "rights", "spatial", "temporal",
            "accrualPeriodicity", "issued", "conformsTo", "describedBy", "describedByType", "systemOfRecords",
            "primaryITInvestmentUII");
    static final String EXTRA = "ckan.";

    private final URI root;

    /** @param root the portal root, without trailing '/' (for landing pages and organization IRIs) */
    CkanPackageMapping(URI root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    URI root() {
        return root;
    }

    ObjectNode toPod(ObjectNode pkg) {
        ObjectNode pod = PortalJson.MAPPER.createObjectNode();
        pod.put("@type", "dcat:Dataset");
        String id = PortalJson.text(pkg, "id"), name = PortalJson.text(pkg, "name");
        putText(pod, "identifier", id != null ? id : name);
        putText(pod, "title", firstText(pkg, "title", "name"));
        putText(pod, "description", PortalJson.text(pkg, "notes"));
        keywords(pod, pkg);
        themes(pod, pkg);
        putText(pod, "modified", PortalJson.text(pkg, "metadata_modified"));
        publisher(pod, pkg.get("organization"));
        contact(pod, pkg);
        putText(pod, "license", license(pkg));
        putText(pod, "landingPage", landingPage(pkg, id, name));
        distributions(pod, pkg.path("resources"));
        extras(pod, pkg);
        if (!pod.has("issued")) putText(pod, "issued", PortalJson.text(pkg, "metadata_created"));
        if (!pod.has("accessLevel")) pod.put("accessLevel", pkg.path("private").asBoolean(false) ? "non-public" : "public");
        return pod;
    }

    private static void keywords(ObjectNode pod, ObjectNode pkg) {
        ArrayNode k = PortalJson.MAPPER.createArrayNode();
        for (JsonNode t : pkg.path("tags")) {
            String v = t.isTextual() ? t.textValue() : firstText(t, "display_name", "name");
            if (v != null && !v.isBlank()) k.add(v);
        }
        if (!k.isEmpty()) pod.set("keyword", k);
    }

    private static void themes(ObjectNode pod, ObjectNode pkg) {
        ArrayNode t = PortalJson.MAPPER.createArrayNode();
        for (JsonNode g : pkg.path("groups")) {
            String v = firstText(g, "title", "display_name", "name");
            if (v != null) t.add(v);
        }
        if (!t.isEmpty()) pod.set("theme", t);
    }

    /** An organization dict -> its title (else name) with its page on the portal as IRI; a bare string -> a name. */
    private void publisher(ObjectNode pod, JsonNode org) {
        if (org == null || org.isNull()) return;
        ObjectNode p = PortalJson.MAPPER.createObjectNode();
        p.put("@type", "org:Organization");
        if (org.isTextual()) {
            if (org.textValue().isBlank()) return;
            p.put("name", org.textValue());
        } else {
            String name = PortalJson.text(org, "name"), title = firstText(org, "title", "name");
            if (title == null) return;
            if (name != null && name.matches("[A-Za-z0-9._~-]+")) p.put("@id", root + "/organization/" + name);
            p.put("name", title);
        }
        pod.set("publisher", p);
    }

    /** maintainer (+ maintainer_email), else author (+ author_email). */
    private static void contact(ObjectNode pod, ObjectNode pkg) {
        for (String who : new String[] {"maintainer", "author"}) {
            String fn = PortalJson.text(pkg, who), email = PortalJson.text(pkg, who + "_email");
            if (fn == null && email == null) continue;
            ObjectNode c = PortalJson.MAPPER.createObjectNode();
            c.put("@type", "vcard:Contact");
            c.put("fn", fn != null ? fn : email);
            if (email != null) c.put("hasEmail", email.startsWith("mailto:") ? email : "mailto:" + email.strip());
            pod.set("contactPoint", c);
            return;
        }
    }

    /** license_url when it is an http(s) URL, else license_id; "notspecified" means none. */
    private static String license(ObjectNode pkg) {
        String url = PortalJson.text(pkg, "license_url");
        if (url != null && isHttp(url)) return url.strip();
        String id = PortalJson.text(pkg, "license_id");
        return id == null || id.equals("notspecified") ? null : id;
    }

    private String landingPage(ObjectNode pkg, String id, String name) {
        String url = PortalJson.text(pkg, "url");
        if (url != null && isHttp(url)) return url.strip();
        String key = name != null ? name : id;
        return key == null ? null : root + "/dataset/" + key;
    }

    private static void distributions(ObjectNode pod, JsonNode resources) {
        ArrayNode d = PortalJson.MAPPER.createArrayNode();
        for (JsonNode r : resources)
            if (r.isObject() && !"deleted".equals(PortalJson.text(r, "state"))) d.add(CkanResourceMapping.toPod((ObjectNode) r));
        if (!d.isEmpty()) pod.set("distribution", d);
    }

    /** extras and non-core top-level keys, kept verbatim; POD-named ones also fill their member. */
    private static void extras(ObjectNode pod, ObjectNode pkg) {
        for (Map.Entry<String, JsonNode> f : (Iterable<Map.Entry<String, JsonNode>>) pkg::fields) {
            String key = f.getKey();
            if (CORE.contains(key) || isEmpty(f.getValue())) continue;
            if (key.equals("type") && "dataset".equals(f.getValue().asText())) continue;
            pod.set(EXTRA + key, f.getValue());
            promote(pod, key, f.getValue());
        }
        for (JsonNode e : pkg.path("extras")) {
            String key = PortalJson.text(e, "key");
            JsonNode value = e.get("value");
            if (key == null || value == null || isEmpty(value)) continue;
            pod.set(EXTRA + "extras." + key, value);
            promote(pod, key, value);
        }
    }

    private static void promote(ObjectNode pod, String key, JsonNode value) {
        if (!POD_FROM_EXTRAS.contains(key) || !value.isTextual() || pod.has(key)) return;
        if (key.equals("spatial") && value.textValue().strip().startsWith("{")) return; // GeoJSON stays an extra
        pod.put(key, value.textValue());
    }

    private static boolean isEmpty(JsonNode v) {
        return v.isNull() || (v.isTextual() && v.textValue().isEmpty()) || (v.isContainerNode() && v.isEmpty());
    }

    static boolean isHttp(String s) {
        String t = s.strip().toLowerCase(java.util.Locale.ROOT);
        return (t.startsWith("http://") || t.startsWith("https://")) && t.length() > 8;
    }

    static String firstText(JsonNode n, String... keys) {
        for (String k : keys) {
            String v = PortalJson.text(n, k);
            if (v != null) return v;
        }
        return null;
    }

    private static void putText(ObjectNode o, String key, String value) {
        if (value != null) o.put(key, value);
    }
}
