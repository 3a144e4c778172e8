package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Simple Knowledge Organization System. Terms keep the exact spelling of the specification. */
public final class SKOS {
    public static final String PREFIX = "skos";
    public static final String NS = "http://www.w3.org/2004/02/skos/core#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes
    public static final Resource Concept = ResourceFactory.createResource(NS + "Concept");
    public static final Resource ConceptScheme = ResourceFactory.createResource(NS + "ConceptScheme");

    // Properties
    public static final Property altLabel = ResourceFactory.createProperty(NS + "altLabel");
    public static final Property broader = ResourceFactory.createProperty(NS + "broader");
    public static final Property definition = ResourceFactory.createProperty(NS + "definition");
    public static final Property inScheme = ResourceFactory.createProperty(NS + "inScheme");
    public static final Property notation = ResourceFactory.createProperty(NS + "notation");
    public static final Property prefLabel = ResourceFactory.createProperty(NS + "prefLabel");

    private SKOS() {}
}
