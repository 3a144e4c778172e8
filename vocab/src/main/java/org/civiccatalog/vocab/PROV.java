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
    /** Qualified form of {@link #wasAttributedTo}, carrying a dcat:hadRole (object of {@link #qualifiedAttribution}). */
    public static final Resource Attribution = ResourceFactory.createResource(NS + "Attribution");
    /** Qualified form of {@link #wasAssociatedWith} (object of {@link #qualifiedAssociation}). */
    public static final Resource Association = ResourceFactory.createResource(NS + "Association");
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    /** A running software agent, e.g. the harvester. */
    public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");

    // Properties
    /** When an activity (e.g. a harvest run) ended. */
    /** When an instantaneous event happened (a link check, in the link-check graph). */
    public static final Property atTime = ResourceFactory.createProperty(NS + "atTime");
    public static final Property endedAtTime = ResourceFactory.createProperty(NS + "endedAtTime");
    /** An entity an activity generated; inverse direction of {@link #wasGeneratedBy}. */
    public static final Property generated = ResourceFactory.createProperty(NS + "generated");
    /** An {@link #Attribution} of an entity to an agent in a role. */
    public static final Property qualifiedAttribution = ResourceFactory.createProperty(NS + "qualifiedAttribution");
    /** When an activity (e.g. a harvest run) started. */
    public static final Property startedAtTime = ResourceFactory.createProperty(NS + "startedAtTime");
    /** An entity an activity used, e.g. the upstream document a harvest read. */
    public static final Property used = ResourceFactory.createProperty(NS + "used");
    /** An agent responsible for an activity. */
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS + "wasAssociatedWith");
    /** An entity this one was derived from, e.g. the upstream record. */
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    /** The activity that generated an entity. */
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
    /** The activity that ended an entity's validity, e.g. the harvest that found it withdrawn. */
    public static final Property wasInvalidatedBy = ResourceFactory.createProperty(NS + "wasInvalidatedBy");
    /** The original source of an entity (the upstream portal record). */
    public static final Property hadPrimarySource = ResourceFactory.createProperty(NS + "hadPrimarySource");
    /** The agent of a qualified {@link #Attribution} or {@link #Association}. */
    public static final Property agent = ResourceFactory.createProperty(NS + "agent");
    /** When an entity was completely created and available. */
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");
    /** The role of an agent in a qualified {@link #Association} (DCAT uses dcat:hadRole on attributions). */
    public static final Property hadRole = ResourceFactory.createProperty(NS + "hadRole");
    /** When an entity stopped being valid. */
    public static final Property invalidatedAtTime = ResourceFactory.createProperty(NS + "invalidatedAtTime");
    /** An {@link #Association} of an activity with an agent. */
    public static final Property qualifiedAssociation = ResourceFactory.createProperty(NS + "qualifiedAssociation");
    /** An agent an entity is ascribed to. */
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS + "wasAttributedTo");
    /** A more specific entity (e.g. one earlier version of a record) that is an aspect of a more general one. */
    public static final Property specializationOf = ResourceFactory.createProperty(NS + "specializationOf");
    /** The earlier entity this one is a revised version of. */
    public static final Property wasRevisionOf = ResourceFactory.createProperty(NS + "wasRevisionOf");

    private PROV() {}
}
