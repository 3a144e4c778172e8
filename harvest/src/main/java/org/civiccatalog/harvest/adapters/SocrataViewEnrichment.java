package org.civiccatalog.harvest.adapters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Adds what Socrata's {@code /api/views/<4x4>.json} knows and its data.json does not to the POD dataset object,
 * before it is mapped to DCAT. Pure: no I/O. (Table in docs/harvest-portals.md.)
 * <ul>
 *   <li>{@code category} -> one more {@code theme} (unless already there);</li>
 *   <li>{@code columns} -> {@code "socrata.columns"}: [{name, fieldName, dataTypeName, description}] in column
 *       position order, kept as {@code civic:extraField} (DCAT has no column term; a CSVW table schema needs terms the
 *       vocab module does not have yet);</li>
 *   <li>{@code rowsUpdatedAt} / {@code viewLastModified} (epoch seconds) -> {@code "socrata.rowsUpdatedAt"} /
 *       {@code "socrata.viewLastModified"} (ISO instants), and the later of the two becomes {@code modified} when it
 *       is not older than the data.json's (which gives a date only);</li>
 *   <li>{@code metadata.custom_fields} -> {@code "socrata.customFields"} (string values up to
 *       {@value #MAX_CUSTOM_VALUE} characters; longer ones are map symbols and the like); a field named like
 *       department, agency or owner -> {@code "socrata.department"}, and the publisher becomes that department as
 *       a sub-organization of the data.json publisher;</li>
 *   <li>{@code attribution} -> {@code "socrata.attribution"}; {@code license.termsLink} -> {@code license} when the
 *       data.json has none;</li>
 *   <li>{@code modifyingViewUid} (a derived view's parent) -> {@code "socrata.parentView"}, returned so that the
 *       harvester links the parent's catalog IRI with {@code prov:wasDerivedFrom}.</li>
 * </ul>
 */
final class SocrataViewEnrichment {
    static final int MAX_CUSTOM_VALUE = 1000;
    static final String EXTRA = "socrata.";
    private static final Pattern DEPARTMENT = Pattern.compile("(?i).*\\b(department|dept|agency|owner)\\b.*");

    private SocrataViewEnrichment() {}

    /** Merges {@code view} into {@code pod}; returns the parent view's 4x4 of a derived view. */
    static Optional<String> apply(ObjectNode pod, ObjectNode view) {
        theme(pod, PortalJson.text(view, "category"));
        columns(pod, view.path("columns"));
        times(pod, view);
        customFields(pod, view.path("metadata").path("custom_fields"));
        String attribution = PortalJson.text(view, "attribution");
        if (attribution != null) pod.put(EXTRA + "attribution", attribution);
        String terms = PortalJson.text(view.path("license"), "termsLink");
        if (!pod.has("license") && terms != null && CkanPackageMapping.isHttp(terms)) pod.put("license", terms.strip());
        String parent = PortalJson.text(view, "modifyingViewUid");
        if (parent == null || !SocrataViews.FOUR_BY_FOUR.matcher(parent).matches()) return Optional.empty();
        pod.put(EXTRA + "parentView", parent);
        return Optional.of(parent);
    }

    private static void theme(ObjectNode pod, String category) {
        if (category == null) return;
        JsonNode themes = pod.get("theme");
        ArrayNode t = themes != null && themes.isArray() ? (ArrayNode) themes : pod.putArray("theme");
        for (JsonNode x : t) if (x.isTextual() && x.textValue().equalsIgnoreCase(category.strip())) return;
        t.add(category.strip());
    }

    private static void columns(ObjectNode pod, JsonNode columns) {
        List<JsonNode> cols = new ArrayList<>();
        columns.forEach(cols::add);
        if (cols.isEmpty()) return;
        cols.sort(Comparator.comparingLong(c -> c.path("position").asLong(Long.MAX_VALUE)));   // stable: ties keep order
        ArrayNode out = pod.putArray(EXTRA + "columns");
        for (JsonNode c : cols) {
            ObjectNode o = out.addObject();
            for (String k : new String[] {"name", "fieldName", "dataTypeName", "description"}) {
                String v = PortalJson.text(c, k);
                if (v != null) o.put(k, v);
            }
        }
    }

    private static void times(ObjectNode pod, ObjectNode view) {
        String latest = null;
        for (String k : new String[] {"rowsUpdatedAt", "viewLastModified"}) {
            JsonNode v = view.get(k);
            if (v == null || !v.canConvertToLong() || v.asLong() <= 0) continue;
            String iso = Instant.ofEpochSecond(v.asLong()).toString();
            pod.put(EXTRA + k, iso);
            if (latest == null || iso.compareTo(latest) > 0) latest = iso;
        }
        String listed = PortalJson.text(pod, "modified");
        if (latest != null && (listed == null || latest.compareTo(listed) >= 0)) pod.put("modified", latest);
    }

    private static void customFields(ObjectNode pod, JsonNode fieldsets) {
        ObjectNode kept = PortalJson.MAPPER.createObjectNode();
        String department = null;
        for (Map.Entry<String, JsonNode> set : (Iterable<Map.Entry<String, JsonNode>>) fieldsets::fields) {
            ObjectNode fields = PortalJson.MAPPER.createObjectNode();
            for (Map.Entry<String, JsonNode> f : (Iterable<Map.Entry<String, JsonNode>>) set.getValue()::fields) {
                JsonNode v = f.getValue();
                if (!v.isTextual() || v.textValue().isBlank() || v.textValue().length() > MAX_CUSTOM_VALUE) continue;
                fields.put(f.getKey(), v.textValue());
                if (department == null && DEPARTMENT.matcher(f.getKey()).matches()) department = v.textValue().strip();
            }
            if (!fields.isEmpty()) kept.set(set.getKey(), fields);
        }
        if (!kept.isEmpty()) pod.set(EXTRA + "customFields", kept);
        if (department != null) department(pod, department);
    }

    /** The department as publisher, under the data.json's publisher when that is another organization. */
    private static void department(ObjectNode pod, String department) {
        pod.put(EXTRA + "department", department);
        JsonNode listed = pod.get("publisher");
        ObjectNode p = PortalJson.MAPPER.createObjectNode();
        p.put("@type", "org:Organization");
        p.put("name", department);
        if (listed != null && listed.isObject()) {
            String name = PortalJson.text(listed, "name");
            if (name != null && name.strip().toLowerCase(Locale.ROOT).equals(department.toLowerCase(Locale.ROOT))) return;
            p.set("subOrganizationOf", listed);
        }
        pod.set("publisher", p);
    }
}
