package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C Provenance Ontology. Terms keep the exact spelling of the specification. */
public final class PROV {
    public static final String PREFIX = "prov";
    public static final String NS = "http://www.w3.org/ns/prov#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    public static final Resource Attribution = ResourceFactory.createResource(NS + "Attribution");
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");

    // Properties
    public static final Property endedAtTime = ResourceFactory.createProperty(NS + "endedAtTime");
    public static final Property generated = ResourceFactory.createProperty(NS + "generated");
    public static final Property qualifiedAttribution = ResourceFactory.createProperty(NS + "qualifiedAttribution");
    public static final Property startedAtTime = ResourceFactory.createProperty(NS + "startedAtTime");
    public static final Property used = ResourceFactory.createProperty(NS + "used");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS + "wasAssociatedWith");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
    public static final Property wasInvalidatedBy = ResourceFactory.createProperty(NS + "wasInvalidatedBy");
    public static final Property hadPrimarySource = ResourceFactory.createProperty(NS + "hadPrimarySource");

    private PROV() {}
}
