package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** DCAT-US 3.0. Namespace spelling pinned to the one the official JSON-LD context, SHACL shapes and JSON Schemas use (docs/vocab.md). Terms keep the exact spelling of the specification. */
public final class DCATUS3 {
    public static final String PREFIX = "dcat-us";
    public static final String NS = "http://data.resources.gov/ontology/dcat-us#";
    /**
     * The other spelling, used by the spec's namespace table and nine of its Turtle examples (docs/vocab.md). Not a
     * namespace of ours: never written, not registered in {@link Prefixes}; an importer rewrites it to {@link #NS}.
     */
    public static final String ALT_NS = "http://resources.data.gov/ontology/dcat-us#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes
    /** A restriction on access to a distribution: a NARA status plus a specific restriction and a note. */
    public static final Resource AccessRestriction = ResourceFactory.createResource(NS + "AccessRestriction");
    /** Controlled Unclassified Information (CUI) marking of a distribution. */
    public static final Resource CUIRestriction = ResourceFactory.createResource(NS + "CUIRestriction");
    /** A bounding box given by four decimal-degree limits (class; the property is {@link #geographicBoundingBox}). */
    public static final Resource GeographicBoundingBox = ResourceFactory.createResource(NS + "GeographicBoundingBox");
    /** A disclaimer of liability for a dataset (class; the property is {@link #liabilityStatement}). */
    public static final Resource LiabilityStatement = ResourceFactory.createResource(NS + "LiabilityStatement");
    /** A restriction on use of a distribution: a NARA status plus a specific restriction and a note. */
    public static final Resource UseRestriction = ResourceFactory.createResource(NS + "UseRestriction");

    // Properties
    /** An {@link #AccessRestriction} of a distribution. */
    public static final Property accessRestriction = ResourceFactory.createProperty(NS + "accessRestriction");
    /** The CUI banner marking text. */
    public static final Property cuiBannerMarking = ResourceFactory.createProperty(NS + "cuiBannerMarking");
    /** A {@link #CUIRestriction} of a distribution. */
    public static final Property cuiRestriction = ResourceFactory.createProperty(NS + "cuiRestriction");
    /** The data dictionary of a dataset or distribution, as a dcat:Distribution (replaces POD describedBy + describedByType). */
    public static final Property describedBy = ResourceFactory.createProperty(NS + "describedBy");
    /** Which agency designated the information as CUI. */
    public static final Property designationIndicator = ResourceFactory.createProperty(NS + "designationIndicator");
    /** A WGS 84 {@link #GeographicBoundingBox} of a dataset, series or data service. */
    public static final Property geographicBoundingBox = ResourceFactory.createProperty(NS + "geographicBoundingBox");
    /** A {@link #LiabilityStatement} of a dataset. */
    public static final Property liabilityStatement = ResourceFactory.createProperty(NS + "liabilityStatement");
    /** A distribution of the original metadata record of a dataset, e.g. the upstream data.json entry. */
    public static final Property metadataDistribution = ResourceFactory.createProperty(NS + "metadataDistribution");
    /** Why the dataset was created (free text). */
    public static final Property purpose = ResourceFactory.createProperty(NS + "purpose");
    /** Free text the designating authority requires with a CUI marking (e.g. its category description). */
    public static final Property requiredIndicatorPerAuthority = ResourceFactory.createProperty(NS + "requiredIndicatorPerAuthority");
    /** Free-text explanation of an access or use restriction. */
    public static final Property restrictionNote = ResourceFactory.createProperty(NS + "restrictionNote");
    /** Status from the NARA access/use restriction status authority list. */
    public static final Property restrictionStatus = ResourceFactory.createProperty(NS + "restrictionStatus");
    /** Reason from the NARA specific access/use restriction authority list (e.g. FOIA exemption). */
    public static final Property specificRestriction = ResourceFactory.createProperty(NS + "specificRestriction");
    /** A {@link #UseRestriction} of a distribution. */
    public static final Property useRestriction = ResourceFactory.createProperty(NS + "useRestriction");
    /** West limit of a {@link #GeographicBoundingBox}, decimal degrees. */
    public static final Property westBoundingLongitude = ResourceFactory.createProperty(NS + "westBoundingLongitude");
    /** East limit of a {@link #GeographicBoundingBox}, decimal degrees. */
    public static final Property eastBoundingLongitude = ResourceFactory.createProperty(NS + "eastBoundingLongitude");
    /** North limit of a {@link #GeographicBoundingBox}, decimal degrees. */
    public static final Property northBoundingLatitude = ResourceFactory.createProperty(NS + "northBoundingLatitude");
    /** South limit of a {@link #GeographicBoundingBox}, decimal degrees. */
    public static final Property southBoundingLatitude = ResourceFactory.createProperty(NS + "southBoundingLatitude");

    private DCATUS3() {}
}
