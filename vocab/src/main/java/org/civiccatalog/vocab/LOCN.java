package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** ISA Programme Location Core Vocabulary. Terms keep the exact spelling of the specification. */
public final class LOCN {
    public static final String PREFIX = "locn";
    public static final String NS = "http://www.w3.org/ns/locn#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes
    /** A postal address in LOCN (ISA Core Location) terms. */
    public static final Resource Address = ResourceFactory.createResource(NS + "Address");
    /** A geometry of a location (class; the property is {@link #geometry}). */
    public static final Resource Geometry = ResourceFactory.createResource(NS + "Geometry");

    // Properties
    /** The geometry of a dct:Location, as a literal (e.g. WKT, GeoJSON) or a {@link #Geometry}. */
    public static final Property geometry = ResourceFactory.createProperty(NS + "geometry");
    /** The {@link #Address} of a resource. */
    public static final Property address = ResourceFactory.createProperty(NS + "address");
    /** Neighbourhood, district or other sub-area of an address. */
    public static final Property addressArea = ResourceFactory.createProperty(NS + "addressArea");
    /** Top administrative unit of an address (country, ISO 3166 code recommended). */
    public static final Property adminUnitL1 = ResourceFactory.createProperty(NS + "adminUnitL1");
    /** Second administrative unit of an address (state, region or county). */
    public static final Property adminUnitL2 = ResourceFactory.createProperty(NS + "adminUnitL2");
    /** The complete address as a single string. */
    public static final Property fullAddress = ResourceFactory.createProperty(NS + "fullAddress");
    /** A name of a location (e.g. a place name). */
    public static final Property geographicName = ResourceFactory.createProperty(NS + "geographicName");
    /** Building or house number of an address. */
    public static final Property locatorDesignator = ResourceFactory.createProperty(NS + "locatorDesignator");
    /** Post office box of an address. */
    public static final Property poBox = ResourceFactory.createProperty(NS + "poBox");
    /** Postal (ZIP) code of an address. */
    public static final Property postCode = ResourceFactory.createProperty(NS + "postCode");
    /** Post town or city of an address. */
    public static final Property postName = ResourceFactory.createProperty(NS + "postName");
    /** Street name of an address. */
    public static final Property thoroughfare = ResourceFactory.createProperty(NS + "thoroughfare");

    private LOCN() {}
}
