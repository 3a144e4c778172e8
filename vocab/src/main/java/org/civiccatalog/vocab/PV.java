package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The piveau vocabulary of the data.europa.eu Metadata Quality Assessment (MQA): its five dimensions, one metric per
 * indicator and the score metrics. Our audit writes its MQA measurements with these metric IRIs, so a query written
 * for data.europa.eu's DQV output ({@code ?m dqv:isMeasurementOf pv:scoring}) runs unchanged on ours. Terms as
 * declared by piveau-vocabularies ({@code io.piveau.vocabularies.vocabulary.PV}); the per-dimension score metrics
 * ({@code findabilityScoring} ...) as data.europa.eu publishes them.
 */
public final class PV {
    public static final String PREFIX = "pv";
    public static final String NS = "https://piveau.eu/ns/voc#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Dimensions (dqv:Dimension)
    public static final Resource findability = term("findability");
    public static final Resource accessibility = term("accessibility");
    public static final Resource interoperability = term("interoperability");
    public static final Resource reusability = term("reusability");
    public static final Resource contextuality = term("contextuality");

    // Indicator metrics (dqv:Metric), findability
    public static final Resource keywordAvailability = term("keywordAvailability");
    public static final Resource categoryAvailability = term("categoryAvailability");
    public static final Resource spatialAvailability = term("spatialAvailability");
    public static final Resource temporalAvailability = term("temporalAvailability");
    // accessibility
    public static final Resource accessUrlStatusCode = term("accessUrlStatusCode");
    public static final Resource downloadUrlAvailability = term("downloadUrlAvailability");
    public static final Resource downloadUrlStatusCode = term("downloadUrlStatusCode");
    // interoperability
    public static final Resource formatAvailability = term("formatAvailability");
    public static final Resource mediaTypeAvailability = term("mediaTypeAvailability");
    public static final Resource formatMediaTypeVocabularyAlignment = term("formatMediaTypeVocabularyAlignment");
    public static final Resource formatMediaTypeNonProprietary = term("formatMediaTypeNonProprietary");
    public static final Resource formatMediaTypeMachineInterpretable = term("formatMediaTypeMachineInterpretable");
    public static final Resource dcatApCompliance = term("dcatApCompliance");
    // reusability
    public static final Resource licenceAvailability = term("licenceAvailability");
    public static final Resource knownLicence = term("knownLicence");
    public static final Resource accessRightsAvailability = term("accessRightsAvailability");
    public static final Resource accessRightsVocabularyAlignment = term("accessRightsVocabularyAlignment");
    public static final Resource contactPointAvailability = term("contactPointAvailability");
    public static final Resource publisherAvailability = term("publisherAvailability");
    // contextuality
    public static final Resource rightsAvailability = term("rightsAvailability");
    public static final Resource byteSizeAvailability = term("byteSizeAvailability");
    public static final Resource dateIssuedAvailability = term("dateIssuedAvailability");
    public static final Resource dateModifiedAvailability = term("dateModifiedAvailability");

    // Score metrics: the total (0-405) and one per dimension
    public static final Resource scoring = term("scoring");
    public static final Resource findabilityScoring = term("findabilityScoring");
    public static final Resource accessibilityScoring = term("accessibilityScoring");
    public static final Resource interoperabilityScoring = term("interoperabilityScoring");
    public static final Resource reusabilityScoring = term("reusabilityScoring");
    public static final Resource contextualityScoring = term("contextualityScoring");

    private static Resource term(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private PV() {}
}
