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
    /** An identifier with its scheme and issuing agency, for identifiers that are not the resource IRI. */
    public static final Resource Identifier = ResourceFactory.createResource(NS + "Identifier");

    // Properties
    /** An {@link #Identifier} of a resource other than its IRI (class vs property: exact case). */
    public static final Property identifier = ResourceFactory.createProperty(NS + "identifier");
    /** A sample distribution of a dataset. */
    public static final Property sample = ResourceFactory.createProperty(NS + "sample");
    /** Lifecycle status of a distribution or record, a skos:Concept (e.g. EU distribution-status). */
    public static final Property status = ResourceFactory.createProperty(NS + "status");
    /** What changed in this version. */
    public static final Property versionNotes = ResourceFactory.createProperty(NS + "versionNotes");
    /** Name of the agency that issued the identifier scheme of an {@link #Identifier}. */
    public static final Property schemaAgency = ResourceFactory.createProperty(NS + "schemaAgency");
    /** The machine-readable language or format a distribution's schema is expressed in (DCAT-US 3 Distribution). */
    public static final Property representationTechnique = ResourceFactory.createProperty(NS + "representationTechnique");
    /** A schema a dataset conforms to, as a dataset (DCAT-US 3 Dataset). */
    public static final Property supportedSchema = ResourceFactory.createProperty(NS + "supportedSchema");

    private ADMS() {}
}
