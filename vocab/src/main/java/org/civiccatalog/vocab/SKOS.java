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
    /** A concept of a scheme, e.g. a theme or a code list value. */
    public static final Resource Concept = ResourceFactory.createResource(NS + "Concept");
    /** A controlled vocabulary: a theme taxonomy, a code list. */
    public static final Resource ConceptScheme = ResourceFactory.createResource(NS + "ConceptScheme");

    // Properties
    public static final Property altLabel = ResourceFactory.createProperty(NS + "altLabel");
    /** A broader concept in the same scheme. */
    public static final Property broader = ResourceFactory.createProperty(NS + "broader");
    /** A similar concept in another scheme (not transitive). */
    public static final Property closeMatch = ResourceFactory.createProperty(NS + "closeMatch");
    /** An equivalent concept in another scheme, e.g. mapping a portal category to a theme. */
    public static final Property exactMatch = ResourceFactory.createProperty(NS + "exactMatch");
    /** A top concept of a scheme. */
    public static final Property hasTopConcept = ResourceFactory.createProperty(NS + "hasTopConcept");
    public static final Property definition = ResourceFactory.createProperty(NS + "definition");
    /** The {@link #ConceptScheme} a concept belongs to. */
    public static final Property inScheme = ResourceFactory.createProperty(NS + "inScheme");
    /** A narrower concept in the same scheme. */
    public static final Property narrower = ResourceFactory.createProperty(NS + "narrower");
    /** A code of a concept within its scheme (typed literal). */
    public static final Property notation = ResourceFactory.createProperty(NS + "notation");
    public static final Property prefLabel = ResourceFactory.createProperty(NS + "prefLabel");
    /** An associated concept in the same scheme. */
    public static final Property related = ResourceFactory.createProperty(NS + "related");
    /** A note on the intended use of a concept. */
    public static final Property scopeNote = ResourceFactory.createProperty(NS + "scopeNote");
    /** The scheme a concept is a top concept of. */
    public static final Property topConceptOf = ResourceFactory.createProperty(NS + "topConceptOf");

    private SKOS() {}
}
