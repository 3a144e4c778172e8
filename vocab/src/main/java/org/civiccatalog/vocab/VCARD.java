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
    /** A contact that is a single person. */
    public static final Resource Individual = ResourceFactory.createResource(NS + "Individual");
    /** A postal address of a contact (object of {@link #hasAddress}). */
    public static final Resource Address = ResourceFactory.createResource(NS + "Address");
    /** A contact relation type; the @type POD v1.1 gives contactPoint. Read it, write {@link #Kind}. */
    public static final Resource Contact = ResourceFactory.createResource(NS + "Contact");
    /** Any vCard contact: the usual type of a dcat:contactPoint. */
    public static final Resource Kind = ResourceFactory.createResource(NS + "Kind");
    /** A contact that is an organization or office. */
    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");

    // Properties
    /** Formatted name of a contact. */
    public static final Property fn = ResourceFactory.createProperty(NS + "fn");
    /** An e-mail address of a contact, as a mailto: IRI. */
    public static final Property hasEmail = ResourceFactory.createProperty(NS + "hasEmail");
    /** The {@link #Address} of a contact. */
    public static final Property hasAddress = ResourceFactory.createProperty(NS + "hasAddress");
    /** A globally unique identifier of a contact. */
    public static final Property hasUID = ResourceFactory.createProperty(NS + "hasUID");
    /** A telephone number of a contact, as a tel: IRI. */
    public static final Property hasTelephone = ResourceFactory.createProperty(NS + "hasTelephone");
    /** A web page of a contact. */
    public static final Property hasURL = ResourceFactory.createProperty(NS + "hasURL");
    /** The IRI value of a structured property (e.g. a typed telephone node). */
    public static final Property hasValue = ResourceFactory.createProperty(NS + "hasValue");
    /** Deprecated in vCard 4 in favour of {@link #hasEmail}; the official POD context maps hasEmail to it. Read, never write. */
    public static final Property email = ResourceFactory.createProperty(NS + "email");
    /** Organization name of a contact (vcard:organization-name). */
    public static final Property organization_name = ResourceFactory.createProperty(NS + "organization-name");
    /** Street address of an {@link #Address} (vcard:street-address). */
    public static final Property street_address = ResourceFactory.createProperty(NS + "street-address");
    /** City of an {@link #Address}. */
    public static final Property locality = ResourceFactory.createProperty(NS + "locality");
    /** State or province of an {@link #Address}. */
    public static final Property region = ResourceFactory.createProperty(NS + "region");
    /** Postal code of an {@link #Address} (vcard:postal-code). */
    public static final Property postal_code = ResourceFactory.createProperty(NS + "postal-code");
    /** Country of an {@link #Address} (vcard:country-name). */
    public static final Property country_name = ResourceFactory.createProperty(NS + "country-name");

    private VCARD() {}
}
