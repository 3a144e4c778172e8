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
    /** An organization; POD v1.1 types publishers with it. */
    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
    /** A department or unit with no legal standing of its own. */
    public static final Resource OrganizationalUnit = ResourceFactory.createResource(NS + "OrganizationalUnit");

    // Properties
    /** The parent organization (POD publisher chains: bureau, department, city). */
    public static final Property subOrganizationOf = ResourceFactory.createProperty(NS + "subOrganizationOf");
    /** Inverse of {@link #subOrganizationOf}. */
    public static final Property hasSubOrganization = ResourceFactory.createProperty(NS + "hasSubOrganization");
    /** An organization an agent is a member of. */
    public static final Property memberOf = ResourceFactory.createProperty(NS + "memberOf");
    /** The organization an {@link #OrganizationalUnit} is part of. */
    public static final Property unitOf = ResourceFactory.createProperty(NS + "unitOf");

    private ORG() {}
}
