package org.civiccatalog.core.datajson;

import java.util.Objects;

/**
 * What {@link DcatToPod} writes for a field POD v1.1 requires when the graph has none: DCAT from other sources
 * often lacks a contact point, a publisher name or an access level.
 *
 * @param publisherName publisher {@code name} when the graph has no publisher, or one without a name
 * @param contactName   contactPoint {@code fn} when the graph has no contact point, or one without a name
 * @param contactEmail  contactPoint {@code hasEmail} when the graph has no contact point; a bare address gets "mailto:"
 * @param accessLevel   {@code accessLevel} when neither pod:accessLevel nor a known dct:accessRights gives one
 */
public record PodDefaults(String publisherName, String contactName, String contactEmail, String accessLevel) {
    public PodDefaults {
        publisherName = nonBlank(publisherName, "publisherName");
        contactName = nonBlank(contactName, "contactName");
        String email = nonBlank(contactEmail, "contactEmail");
        contactEmail = PodRules.email(email).orElseThrow(() ->
                new IllegalArgumentException("contactEmail is not an e-mail address POD accepts: " + Json.quote(email)));
        String level = nonBlank(accessLevel, "accessLevel");
        accessLevel = PodRules.accessLevel(level).orElseThrow(() -> new IllegalArgumentException(
                "accessLevel must be public, restricted public or non-public, got " + Json.quote(level)));
    }

    /** Defaults naming the catalog itself as publisher and contact, for a public catalog. */
    public static PodDefaults of(String catalogOperator, String contactEmail) {
        return new PodDefaults(catalogOperator, catalogOperator, contactEmail, "public");
    }

    private static String nonBlank(String s, String name) {
        Objects.requireNonNull(s, name);
        if (s.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
        return s;
    }
}
