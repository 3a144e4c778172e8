package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The catalog's own terms: what a record says about its source and about fields DCAT cannot hold losslessly. Terms keep the exact spelling of the specification. */
public final class CIVIC {
    public static final String PREFIX = "civic";
    public static final String NS = "https://w3id.org/civic-catalog/ns#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes
    public static final Resource Source = ResourceFactory.createResource(NS + "Source");

    // Properties
    public static final Property sourceKind = ResourceFactory.createProperty(NS + "sourceKind");
    public static final Property originalIri = ResourceFactory.createProperty(NS + "originalIri");
    public static final Property rawValue = ResourceFactory.createProperty(NS + "rawValue");
    public static final Property extraField = ResourceFactory.createProperty(NS + "extraField");
    public static final Property status = ResourceFactory.createProperty(NS + "status");

    private CIVIC() {}
}
