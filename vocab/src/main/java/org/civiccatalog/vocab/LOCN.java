package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** ISA Programme Location Core Vocabulary. Terms keep the exact spelling of the specification. */
public final class LOCN {
    public static final String PREFIX = "locn";
    public static final String NS = "http://www.w3.org/ns/locn#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes
    public static final Resource Address = ResourceFactory.createResource(NS + "Address");
    public static final Resource Geometry = ResourceFactory.createResource(NS + "Geometry");

    // Properties
    public static final Property geometry = ResourceFactory.createProperty(NS + "geometry");

    private LOCN() {}
}
