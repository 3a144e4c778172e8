package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Software Package Data Exchange (checksums of distributions). Terms keep the exact spelling of the specification. */
public final class SPDX {
    public static final String PREFIX = "spdx";
    public static final String NS = "http://spdx.org/rdf/terms#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes
    public static final Resource Checksum = ResourceFactory.createResource(NS + "Checksum");

    // Properties
    public static final Property algorithm = ResourceFactory.createProperty(NS + "algorithm");
    public static final Property checksum = ResourceFactory.createProperty(NS + "checksum");
    public static final Property checksumValue = ResourceFactory.createProperty(NS + "checksumValue");

    private SPDX() {}
}
