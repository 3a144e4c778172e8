package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** DCAT-US 1.1 (Project Open Data v1.1) extension terms: the POD fields that DCAT has no term for. Terms keep the exact spelling of the specification. */
public final class DCATUS11 {
    public static final String PREFIX = "pod";
    public static final String NS = "https://project-open-data.cio.gov/v1.1/schema#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Properties
    public static final Property accessLevel = ResourceFactory.createProperty(NS + "accessLevel");
    public static final Property bureauCode = ResourceFactory.createProperty(NS + "bureauCode");
    public static final Property programCode = ResourceFactory.createProperty(NS + "programCode");
    public static final Property dataQuality = ResourceFactory.createProperty(NS + "dataQuality");
    public static final Property describedByType = ResourceFactory.createProperty(NS + "describedByType");
    public static final Property primaryITInvestmentUII = ResourceFactory.createProperty(NS + "primaryITInvestmentUII");
    public static final Property systemOfRecords = ResourceFactory.createProperty(NS + "systemOfRecords");

    private DCATUS11() {}
}
