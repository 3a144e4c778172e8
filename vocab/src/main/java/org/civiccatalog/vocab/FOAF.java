package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Friend of a Friend. Terms keep the exact spelling of the specification. */
public final class FOAF {
    public static final String PREFIX = "foaf";
    public static final String NS = "http://xmlns.com/foaf/0.1/";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    public static final Resource Document = ResourceFactory.createResource(NS + "Document");
    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
    public static final Resource Person = ResourceFactory.createResource(NS + "Person");

    // Properties
    public static final Property homepage = ResourceFactory.createProperty(NS + "homepage");
    public static final Property mbox = ResourceFactory.createProperty(NS + "mbox");
    public static final Property name = ResourceFactory.createProperty(NS + "name");
    public static final Property page = ResourceFactory.createProperty(NS + "page");
    public static final Property primaryTopic = ResourceFactory.createProperty(NS + "primaryTopic");

    private FOAF() {}
}
