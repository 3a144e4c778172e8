package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Asset Description Metadata Schema. Terms keep the exact spelling of the specification. */
public final class ADMS {
    public static final String PREFIX = "adms";
    public static final String NS = "http://www.w3.org/ns/adms#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes
    public static final Resource Identifier = ResourceFactory.createResource(NS + "Identifier");

    // Properties
    public static final Property identifier = ResourceFactory.createProperty(NS + "identifier");
    public static final Property sample = ResourceFactory.createProperty(NS + "sample");
    public static final Property status = ResourceFactory.createProperty(NS + "status");
    public static final Property versionNotes = ResourceFactory.createProperty(NS + "versionNotes");
    public static final Property schemaAgency = ResourceFactory.createProperty(NS + "schemaAgency");

    private ADMS() {}
}
