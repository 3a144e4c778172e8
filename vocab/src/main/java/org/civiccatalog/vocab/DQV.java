package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C Data Quality Vocabulary. Terms keep the exact spelling of the specification. */
public final class DQV {
    public static final String PREFIX = "dqv";
    public static final String NS = "http://www.w3.org/ns/dqv#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes
    public static final Resource Category = ResourceFactory.createResource(NS + "Category");
    public static final Resource Dimension = ResourceFactory.createResource(NS + "Dimension");
    public static final Resource Metric = ResourceFactory.createResource(NS + "Metric");
    public static final Resource QualityAnnotation = ResourceFactory.createResource(NS + "QualityAnnotation");
    public static final Resource QualityCertificate = ResourceFactory.createResource(NS + "QualityCertificate");
    public static final Resource QualityMeasurement = ResourceFactory.createResource(NS + "QualityMeasurement");
    public static final Resource QualityMetadata = ResourceFactory.createResource(NS + "QualityMetadata");
    public static final Resource QualityPolicy = ResourceFactory.createResource(NS + "QualityPolicy");
    public static final Resource UserQualityFeedback = ResourceFactory.createResource(NS + "UserQualityFeedback");

    // Properties
    public static final Property computedOn = ResourceFactory.createProperty(NS + "computedOn");
    public static final Property expectedDataType = ResourceFactory.createProperty(NS + "expectedDataType");
    public static final Property hasQualityAnnotation = ResourceFactory.createProperty(NS + "hasQualityAnnotation");
    public static final Property hasQualityMeasurement = ResourceFactory.createProperty(NS + "hasQualityMeasurement");
    public static final Property hasQualityMetadata = ResourceFactory.createProperty(NS + "hasQualityMetadata");
    public static final Property inCategory = ResourceFactory.createProperty(NS + "inCategory");
    public static final Property inDimension = ResourceFactory.createProperty(NS + "inDimension");
    public static final Property isMeasurementOf = ResourceFactory.createProperty(NS + "isMeasurementOf");
    public static final Property value = ResourceFactory.createProperty(NS + "value");

    private DQV() {}
}
