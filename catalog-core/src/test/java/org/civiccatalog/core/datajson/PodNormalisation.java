package org.civiccatalog.core.datajson;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * THE normalisation of docs/datajson-mapping.md ("What may differ between data.json in and out"), as one function:
 * given a POD v1.1 dataset object as read (v1.0 entries already upgraded), the object
 * {@code DcatToPod(PodToDcat(input))} must equal. Written from the documented list, independently of
 * {@link DcatToPod}; it shares only the schema's patterns ({@link PodRules}, checked against the schema file).
 * Member order is not compared (JSON object equality), as documented.
 */
final class PodNormalisation {
    private static final Set<String> NULLABLE = PodToDcat.NULLABLE;
    private static final Set<String> NOT_NULLABLE = Set.of("@type", "@id", "title", "description", "keyword",
            "publisher", "contactPoint", "identifier", "accessLevel", "bureauCode", "programCode", "isPartOf");
    private static final Set<String> DIST_NOT_NULLABLE = Set.of("@type", "downloadURL");

    private PodNormalisation() {}

    static ObjectNode expected(ObjectNode in, PodDefaults d) {
        ObjectNode o = Json.object();
        for (Map.Entry<String, JsonNode> m : (Iterable<Map.Entry<String, JsonNode>>) in::fields) {
            String k = m.getKey();
            JsonNode v = m.getValue();
            if (v.isNull()) {                                          // N5: nulls
                if (NULLABLE.contains(k) || !NOT_NULLABLE.contains(k)) o.putNull(k);
                continue;
            }
            switch (k) {
                case "@type" -> { }
                case "@id", "identifier", "isPartOf", "spatial", "systemOfRecords" -> text(o, k, v, PodRules::nonEmpty);
                case "title" -> o.set(k, v);
                case "description" -> text(o, k, v, PodRules::nonEmpty);
                case "keyword", "theme" -> texts(o, k, v, PodRules::nonEmpty);
                case "bureauCode" -> texts(o, k, v, s -> PodRules.ifMatches(PodRules.BUREAU_CODE, s));
                case "programCode" -> texts(o, k, v, s -> PodRules.ifMatches(PodRules.PROGRAM_CODE, s));
                case "language" -> texts(o, k, v, s -> PodRules.ifMatches(PodRules.LANGUAGE, s));
                case "references" -> texts(o, k, v, PodNormalisation::uri);
                case "modified" -> text(o, k, v, s -> PodRules.ifMatches(PodRules.MODIFIED, s));
                case "issued" -> text(o, k, v, s -> PodRules.ifMatches(PodRules.ISSUED, s));
                case "temporal" -> text(o, k, v, s -> PodRules.ifMatches(PodRules.TEMPORAL, s));
                case "accrualPeriodicity" -> text(o, k, v, PodRules::accrualPeriodicity);
                case "license", "conformsTo", "describedBy", "landingPage" -> text(o, k, v, PodNormalisation::uri);
                case "rights" -> text(o, k, v, PodRules::rights);
                case "describedByType" -> text(o, k, v, PodRules::mediaType);
                case "primaryITInvestmentUII" -> text(o, k, v, s -> PodRules.ifMatches(PodRules.PRIMARY_IT_INVESTMENT_UII, s));
                case "accessLevel" -> { }
                case "publisher" -> o.set(k, organization(v, d));
                case "contactPoint" -> o.set(k, contact(v, d));
                case "distribution" -> {
                    ArrayNode a = Json.MAPPER.createArrayNode();
                    v.forEach(x -> a.add(distribution(x)));
                    if (!a.isEmpty()) o.set(k, a);
                }
                default -> o.set(k, v);                                 // N9: unknown members verbatim
            }
        }
        o.put("@type", "dcat:Dataset");                                  // N2
        if (!o.has("description")) o.set("description", in.get("title")); // N6
        if (!o.has("publisher")) o.set("publisher", Json.object().put("@type", "org:Organization").put("name", d.publisherName()));
        if (!o.has("contactPoint")) o.set("contactPoint", Json.object().put("@type", "vcard:Contact")
                .put("fn", d.contactName()).put("hasEmail", d.contactEmail()));
        o.put("accessLevel", text(in.get("accessLevel")).flatMap(PodRules::accessLevel).orElse(d.accessLevel()));
        return o;
    }

    private static ObjectNode organization(JsonNode v, PodDefaults d) {
        ObjectNode o = Json.object();
        for (Map.Entry<String, JsonNode> m : (Iterable<Map.Entry<String, JsonNode>>) v::fields) {
            String k = m.getKey();
            JsonNode x = m.getValue();
            if (x.isNull()) {
                if (!Set.of("@id", "@type", "name", "subOrganizationOf").contains(k)) o.putNull(k);
                continue;
            }
            switch (k) {
                case "@type" -> { }
                case "@id", "name" -> text(o, k, x, PodRules::nonEmpty);
                case "subOrganizationOf" -> o.set(k, organization(x, d));
                default -> o.set(k, x);
            }
        }
        o.put("@type", "org:Organization");
        if (!o.has("name")) o.put("name", d.publisherName());
        return o;
    }

    private static ObjectNode contact(JsonNode v, PodDefaults d) {
        ObjectNode o = Json.object();
        for (Map.Entry<String, JsonNode> m : (Iterable<Map.Entry<String, JsonNode>>) v::fields) {
            String k = m.getKey();
            JsonNode x = m.getValue();
            if (x.isNull()) {
                if (!Set.of("@type", "fn", "hasEmail").contains(k)) o.putNull(k);
                continue;
            }
            switch (k) {
                case "@type" -> { }
                case "fn" -> text(o, k, x, PodRules::nonEmpty);
                case "hasEmail" -> text(o, k, x, PodRules::email);       // N7: mailto: added, invalid dropped
                default -> o.set(k, x);
            }
        }
        o.put("@type", "vcard:Contact");
        if (!o.has("fn") && !o.has("hasEmail")) o.put("hasEmail", d.contactEmail());   // N6: the default contact
        if (!o.has("fn")) o.put("fn", d.contactName());
        return o;
    }

    private static ObjectNode distribution(JsonNode v) {
        ObjectNode o = Json.object();
        for (Map.Entry<String, JsonNode> m : (Iterable<Map.Entry<String, JsonNode>>) v::fields) {
            String k = m.getKey();
            JsonNode x = m.getValue();
            if (x.isNull()) {
                if (!DIST_NOT_NULLABLE.contains(k)) o.putNull(k);
                continue;
            }
            switch (k) {
                case "@type" -> { }
                case "title", "description", "format" -> text(o, k, x, PodRules::nonEmpty);
                case "downloadURL", "accessURL", "conformsTo", "describedBy" -> text(o, k, x, PodNormalisation::uri);
                case "mediaType", "describedByType" -> text(o, k, x, PodRules::mediaType);
                default -> o.set(k, x);
            }
        }
        o.put("@type", "dcat:Distribution");
        if (o.has("downloadURL") && !o.path("mediaType").isTextual()) {  // N8: downloadURL needs a mediaType
            JsonNode url = o.remove("downloadURL");
            if (!o.path("accessURL").isTextual()) o.set("accessURL", url);
        }
        return o;
    }

    private static Optional<String> uri(String s) {
        return PodRules.isUri(s) ? Optional.of(s) : Optional.empty();
    }

    private static Optional<String> text(JsonNode v) {
        return v != null && v.isTextual() ? Optional.of(v.textValue()) : Optional.empty();
    }

    private static void text(ObjectNode o, String k, JsonNode v, Function<String, Optional<String>> rule) {
        text(v).flatMap(rule).ifPresent(s -> o.put(k, s));
    }

    /** N4: arrays of strings come back sorted, without duplicates or rejected items; an empty one is left out. */
    private static void texts(ObjectNode o, String k, JsonNode v, Function<String, Optional<String>> rule) {
        TreeSet<String> out = new TreeSet<>();
        for (Iterator<JsonNode> it = v.elements(); it.hasNext(); ) text(it.next()).flatMap(rule).ifPresent(out::add);
        if (out.isEmpty()) return;
        List<String> sorted = new ArrayList<>(out);
        ArrayNode a = o.putArray(k);
        sorted.forEach(a::add);
    }
}
