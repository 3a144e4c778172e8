package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** DCAT-US 3.0. Namespace spelling pinned to the one the official JSON-LD context, SHACL shapes and JSON Schemas use (docs/vocab.md). Terms keep the exact spelling of the specification. */
public final class DCATUS3 {
    public static final String PREFIX = "dcat-us";
    public static final String NS = "http://data.resources.gov/ontology/dcat-us#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes
    public static final Resource AccessRestriction = ResourceFactory.createResource(NS + "AccessRestriction");
    public static final Resource CUIRestriction = ResourceFactory.createResource(NS + "CUIRestriction");
    public static final Resource DataStandard = ResourceFactory.createResource(NS + "DataStandard");
    public static final Resource GeographicBoundingBox = ResourceFactory.createResource(NS + "GeographicBoundingBox");
    public static final Resource LiabilityStatement = ResourceFactory.createResource(NS + "LiabilityStatement");
    public static final Resource UseRestriction = ResourceFactory.createResource(NS + "UseRestriction");

    // Properties
    public static final Property accessRestriction = ResourceFactory.createProperty(NS + "accessRestriction");
    public static final Property accessRestrictionStatus = ResourceFactory.createProperty(NS + "accessRestrictionStatus");
    public static final Property cuiBannerMarking = ResourceFactory.createProperty(NS + "cuiBannerMarking");
    public static final Property cuiRestriction = ResourceFactory.createProperty(NS + "cuiRestriction");
    public static final Property describedBy = ResourceFactory.createProperty(NS + "describedBy");
    public static final Property designationIndicator = ResourceFactory.createProperty(NS + "designationIndicator");
    public static final Property geographicBoundingBox = ResourceFactory.createProperty(NS + "geographicBoundingBox");
    public static final Property guidance = ResourceFactory.createProperty(NS + "guidance");
    public static final Property isDataStandard = ResourceFactory.createProperty(NS + "isDataStandard");
    public static final Property liabilityStatement = ResourceFactory.createProperty(NS + "liabilityStatement");
    public static final Property purpose = ResourceFactory.createProperty(NS + "purpose");
    public static final Property restrictionNote = ResourceFactory.createProperty(NS + "restrictionNote");
    public static final Property restrictionStatus = ResourceFactory.createProperty(NS + "restrictionStatus");
    public static final Property specificRestriction = ResourceFactory.createProperty(NS + "specificRestriction");
    public static final Property useRestriction = ResourceFactory.createProperty(NS + "useRestriction");
    public static final Property westBoundingLongitude = ResourceFactory.createProperty(NS + "westBoundingLongitude");
    public static final Property eastBoundingLongitude = ResourceFactory.createProperty(NS + "eastBoundingLongitude");
    public static final Property northBoundingLatitude = ResourceFactory.createProperty(NS + "northBoundingLatitude");
    public static final Property southBoundingLatitude = ResourceFactory.createProperty(NS + "southBoundingLatitude");

    private DCATUS3() {}
}
