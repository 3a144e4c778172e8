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
    /** A checksum of a distribution's bytes (class; the property is {@link #checksum}). */
    public static final Resource Checksum = ResourceFactory.createResource(NS + "Checksum");
    /** Algorithm individual: MD5. */
    public static final Resource checksumAlgorithm_md5 = ResourceFactory.createResource(NS + "checksumAlgorithm_md5");
    /** Algorithm individual: SHA-1 (the one DCAT-AP 2 allowed). */
    public static final Resource checksumAlgorithm_sha1 = ResourceFactory.createResource(NS + "checksumAlgorithm_sha1");
    /** Algorithm individual: SHA-256. */
    public static final Resource checksumAlgorithm_sha256 = ResourceFactory.createResource(NS + "checksumAlgorithm_sha256");
    /** Algorithm individual: SHA-512. */
    public static final Resource checksumAlgorithm_sha512 = ResourceFactory.createResource(NS + "checksumAlgorithm_sha512");

    // Properties
    /** The algorithm of a {@link #Checksum}: one of the checksumAlgorithm_* individuals. */
    public static final Property algorithm = ResourceFactory.createProperty(NS + "algorithm");
    /** A {@link #Checksum} of a distribution. */
    public static final Property checksum = ResourceFactory.createProperty(NS + "checksum");
    /** The lower-case hexadecimal value of a {@link #Checksum} (xsd:hexBinary). */
    public static final Property checksumValue = ResourceFactory.createProperty(NS + "checksumValue");

    private SPDX() {}
}
