package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** vCard Ontology (vCard 4). Terms keep the exact spelling of the specification. */
public final class VCARD {
    public static final String PREFIX = "vcard";
    public static final String NS = "http://www.w3.org/2006/vcard/ns#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes
    public static final Resource Individual = ResourceFactory.createResource(NS + "Individual");
    public static final Resource Kind = ResourceFactory.createResource(NS + "Kind");
    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");

    // Properties
    public static final Property fn = ResourceFactory.createProperty(NS + "fn");
    public static final Property hasEmail = ResourceFactory.createProperty(NS + "hasEmail");
    public static final Property hasTelephone = ResourceFactory.createProperty(NS + "hasTelephone");
    public static final Property hasURL = ResourceFactory.createProperty(NS + "hasURL");
    public static final Property hasValue = ResourceFactory.createProperty(NS + "hasValue");

    private VCARD() {}
}
