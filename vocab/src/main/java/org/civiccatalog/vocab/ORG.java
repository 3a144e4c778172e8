package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C Organization Ontology (publisher hierarchies: subOrganizationOf). Terms keep the exact spelling of the specification. */
public final class ORG {
    public static final String PREFIX = "org";
    public static final String NS = "http://www.w3.org/ns/org#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes
    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");

    // Properties
    public static final Property subOrganizationOf = ResourceFactory.createProperty(NS + "subOrganizationOf");

    private ORG() {}
}
