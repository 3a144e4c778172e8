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
    /** A group of quality dimensions. */
    public static final Resource Category = ResourceFactory.createResource(NS + "Category");
    /** A quality criterion (e.g. completeness), measured by one or more metrics. */
    public static final Resource Dimension = ResourceFactory.createResource(NS + "Dimension");
    /** A standard to measure a quality dimension; our audit rules are metrics. */
    public static final Resource Metric = ResourceFactory.createResource(NS + "Metric");
    /** Feedback, rating or certificate about quality (an oa:Annotation). */
    public static final Resource QualityAnnotation = ResourceFactory.createResource(NS + "QualityAnnotation");
    /** An annotation linking a resource to a document certifying its quality. */
    public static final Resource QualityCertificate = ResourceFactory.createResource(NS + "QualityCertificate");
    /** The value of one metric computed on one dataset or distribution. */
    public static final Resource QualityMeasurement = ResourceFactory.createResource(NS + "QualityMeasurement");
    /** A named graph grouping quality information. */
    public static final Resource QualityMetadata = ResourceFactory.createResource(NS + "QualityMetadata");
    /** A policy or agreement chiefly governed by data quality concerns. */
    public static final Resource QualityPolicy = ResourceFactory.createResource(NS + "QualityPolicy");
    /** Quality feedback from a user. */
    public static final Resource UserQualityFeedback = ResourceFactory.createResource(NS + "UserQualityFeedback");

    // Properties
    /** The dataset or distribution a measurement was computed on. */
    public static final Property computedOn = ResourceFactory.createProperty(NS + "computedOn");
    /** The datatype of a metric's values (e.g. xsd:boolean, xsd:double). */
    public static final Property expectedDataType = ResourceFactory.createProperty(NS + "expectedDataType");
    /** From a dataset or distribution to a {@link #QualityAnnotation}. */
    public static final Property hasQualityAnnotation = ResourceFactory.createProperty(NS + "hasQualityAnnotation");
    /** From a dataset or distribution to a {@link #QualityMeasurement}. */
    public static final Property hasQualityMeasurement = ResourceFactory.createProperty(NS + "hasQualityMeasurement");
    /** From a dataset or distribution to its {@link #QualityMetadata} graph. */
    public static final Property hasQualityMetadata = ResourceFactory.createProperty(NS + "hasQualityMetadata");
    /** The {@link #Category} of a dimension. */
    public static final Property inCategory = ResourceFactory.createProperty(NS + "inCategory");
    /** The {@link #Dimension} a metric measures. */
    public static final Property inDimension = ResourceFactory.createProperty(NS + "inDimension");
    /** The {@link #Metric} a measurement is a value of. */
    public static final Property isMeasurementOf = ResourceFactory.createProperty(NS + "isMeasurementOf");
    /** The value of a {@link #QualityMeasurement}. */
    public static final Property value = ResourceFactory.createProperty(NS + "value");

    private DQV() {}
}
