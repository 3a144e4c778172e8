package org.civiccatalog.core.audit.mqa;

import static org.civiccatalog.core.audit.mqa.Dimension.ACCESSIBILITY;
import static org.civiccatalog.core.audit.mqa.Dimension.CONTEXTUALITY;
import static org.civiccatalog.core.audit.mqa.Dimension.FINDABILITY;
import static org.civiccatalog.core.audit.mqa.Dimension.INTEROPERABILITY;
import static org.civiccatalog.core.audit.mqa.Dimension.REUSABILITY;

import org.apache.jena.rdf.model.Resource;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.PV;

/**
 * The 23 MQA indicators with their weights (standards.md §7.2). Dataset-level indicators are met or not; for
 * distribution-level ones a dataset earns weight × the share of its distributions that meet them, except the five
 * format indicators of interoperability, which count its best distribution only ("identical content").
 */
public enum Indicator {
    KEYWORD(PV.keywordAvailability, FINDABILITY, 30, Level.DATASET, DCAT.keyword,
            "Add keywords (data.json: keyword), the words people would search for."),
    CATEGORY(PV.categoryAvailability, FINDABILITY, 30, Level.DATASET, DCAT.theme,
            "Add a category (data.json: theme), e.g. Transport, Health, Environment."),
    SPATIAL(PV.spatialAvailability, FINDABILITY, 20, Level.DATASET, DCTERMS.spatial,
            "Say which area the data covers (data.json: spatial), e.g. \"Los Angeles, CA\" or a bounding box."),
    TEMPORAL(PV.temporalAvailability, FINDABILITY, 20, Level.DATASET, DCTERMS.temporal,
            "Say which period the data covers (data.json: temporal), e.g. 2015-01-01/2024-12-31."),
    ACCESS_URL_STATUS(PV.accessUrlStatusCode, ACCESSIBILITY, 50, Level.DISTRIBUTION, DCAT.accessURL,
            "Make each distribution's access URL answer (HTTP 2xx or 3xx); add one where it is missing (data.json: accessURL)."),
    DOWNLOAD_URL(PV.downloadUrlAvailability, ACCESSIBILITY, 20, Level.DISTRIBUTION, DCAT.downloadURL,
            "Give each distribution a direct download link (data.json: downloadURL, with its mediaType)."),
    DOWNLOAD_URL_STATUS(PV.downloadUrlStatusCode, ACCESSIBILITY, 30, Level.DISTRIBUTION, DCAT.downloadURL,
            "Make each distribution's download URL answer (HTTP 2xx or 3xx)."),
    FORMAT(PV.formatAvailability, INTEROPERABILITY, 20, Level.BEST_DISTRIBUTION, DCTERMS.format,
            "Name the file format of the distribution (data.json: format), e.g. CSV."),
    MEDIA_TYPE(PV.mediaTypeAvailability, INTEROPERABILITY, 10, Level.BEST_DISTRIBUTION, DCAT.mediaType,
            "Give the distribution's media type (data.json: mediaType), e.g. text/csv."),
    FORMAT_VOCABULARY(PV.formatMediaTypeVocabularyAlignment, INTEROPERABILITY, 10, Level.BEST_DISTRIBUTION, DCAT.mediaType,
            "Use a registered IANA media type (e.g. text/csv) or a standard format name (e.g. CSV, JSON, GEOJSON)."),
    NON_PROPRIETARY(PV.formatMediaTypeNonProprietary, INTEROPERABILITY, 20, Level.BEST_DISTRIBUTION, DCTERMS.format,
            "Offer the data in an open format too, e.g. CSV, JSON, GeoJSON or ODS, not only XLSX or a shapefile."),
    MACHINE_READABLE(PV.formatMediaTypeMachineInterpretable, INTEROPERABILITY, 20, Level.BEST_DISTRIBUTION, DCTERMS.format,
            "Offer the data in a machine-readable format, e.g. CSV or JSON, not only PDF or HTML."),
    COMPLIANCE(PV.dcatApCompliance, INTEROPERABILITY, 30, Level.DATASET, DCAT.Dataset,
            "Fix the validation errors listed for this dataset."),
    LICENCE(PV.licenceAvailability, REUSABILITY, 20, Level.DISTRIBUTION, DCTERMS.license,
            "State the licence (data.json: license), as the URL of the licence."),
    KNOWN_LICENCE(PV.knownLicence, REUSABILITY, 10, Level.DISTRIBUTION, DCTERMS.license,
            "Use a standard open licence URL, e.g. https://creativecommons.org/publicdomain/zero/1.0/ or https://opendatacommons.org/licenses/pddl/1.0/."),
    ACCESS_RIGHTS(PV.accessRightsAvailability, REUSABILITY, 10, Level.DATASET, DCTERMS.accessRights,
            "State who may access the data (data.json: accessLevel: public, restricted public or non-public)."),
    ACCESS_RIGHTS_VOCABULARY(PV.accessRightsVocabularyAlignment, REUSABILITY, 5, Level.DATASET, DCTERMS.accessRights,
            "Use one of the standard access levels (data.json: accessLevel: public, restricted public or non-public)."),
    CONTACT_POINT(PV.contactPointAvailability, REUSABILITY, 20, Level.DATASET, DCAT.contactPoint,
            "Name a contact (data.json: contactPoint with fn and hasEmail)."),
    PUBLISHER(PV.publisherAvailability, REUSABILITY, 10, Level.DATASET, DCTERMS.publisher,
            "Name the publishing department (data.json: publisher.name)."),
    RIGHTS(PV.rightsAvailability, CONTEXTUALITY, 5, Level.DISTRIBUTION, DCTERMS.rights,
            "Add a rights statement (data.json: rights), e.g. how the data may be used or any restriction."),
    BYTE_SIZE(PV.byteSizeAvailability, CONTEXTUALITY, 5, Level.DISTRIBUTION, DCAT.byteSize,
            "Give each file's size in bytes (dcat:byteSize; data.json has no field for it, DCAT feeds do)."),
    ISSUED(PV.dateIssuedAvailability, CONTEXTUALITY, 5, Level.DATASET, DCTERMS.issued,
            "Give the date the data was first published (data.json: issued)."),
    MODIFIED(PV.dateModifiedAvailability, CONTEXTUALITY, 5, Level.DATASET, DCTERMS.modified,
            "Give the date of the last update (data.json: modified).");

    /** What an indicator is measured on. */
    public enum Level {
        DATASET, DISTRIBUTION, BEST_DISTRIBUTION
    }

    private final Resource metric;
    private final Dimension dimension;
    private final int weight;
    private final Level level;
    private final Resource property;
    private final String howToFix;
    /** Built once: the audit asks for it for every finding (CSV rows, the rules of a run). */
    private final String ruleId;

    Indicator(Resource metric, Dimension dimension, int weight, Level level, Resource property, String howToFix) {
        this.metric = metric;
        this.ruleId = "mqa." + metric.getLocalName();
        this.dimension = dimension;
        this.weight = weight;
        this.level = level;
        this.property = property;
        this.howToFix = howToFix;
    }

    /** The piveau metric (pv:keywordAvailability ...). */
    public Resource metric() {
        return metric;
    }

    public Dimension dimension() {
        return dimension;
    }

    public int weight() {
        return weight;
    }

    public Level level() {
        return level;
    }

    /** The property the indicator checks (dcat:Dataset for the compliance indicator). */
    public Resource property() {
        return property;
    }

    public String howToFix() {
        return howToFix;
    }

    /** The rule id of the finding that says the indicator is not met: "mqa." + the metric's local name. */
    public String ruleId() {
        return ruleId;
    }

    /** Whether the indicator depends on link checks. */
    public boolean needsLinkCheck() {
        return this == ACCESS_URL_STATUS || this == DOWNLOAD_URL_STATUS;
    }
}
