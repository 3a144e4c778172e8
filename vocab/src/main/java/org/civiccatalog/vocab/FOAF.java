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
    /** A person, organization or group: the usual type of a dct:publisher. */
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    /** A document, e.g. a landing page or a web page. */
    public static final Resource Document = ResourceFactory.createResource(NS + "Document");
    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
    public static final Resource Person = ResourceFactory.createResource(NS + "Person");
    /** A group of agents. */
    public static final Resource Group = ResourceFactory.createResource(NS + "Group");

    // Properties
    /** The home page of an agent or catalog (one per thing: inverse functional). */
    public static final Property homepage = ResourceFactory.createProperty(NS + "homepage");
    /** Family name of a person. */
    public static final Property familyName = ResourceFactory.createProperty(NS + "familyName");
    /** Given name of a person. */
    public static final Property givenName = ResourceFactory.createProperty(NS + "givenName");
    /** Inverse of {@link #primaryTopic}: the record describing this thing. */
    public static final Property isPrimaryTopicOf = ResourceFactory.createProperty(NS + "isPrimaryTopicOf");
    /** A logo of an agent. */
    public static final Property logo = ResourceFactory.createProperty(NS + "logo");
    /** A mailbox of an agent, as a mailto: IRI. */
    public static final Property mbox = ResourceFactory.createProperty(NS + "mbox");
    public static final Property name = ResourceFactory.createProperty(NS + "name");
    /** A page or document about the thing, e.g. documentation of a dataset. */
    public static final Property page = ResourceFactory.createProperty(NS + "page");
    /** The dataset or service a dcat:CatalogRecord describes. */
    public static final Property primaryTopic = ResourceFactory.createProperty(NS + "primaryTopic");

    private FOAF() {}
}
