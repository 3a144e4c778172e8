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
    /** "public", "restricted public" or "non-public" (DCAT-US 3 keeps it and adds dct:accessRights text). */
    public static final Property accessLevel = ResourceFactory.createProperty(NS + "accessLevel");
    /** OMB bureau code of a federal publisher, NNN:NN (federal only). */
    public static final Property bureauCode = ResourceFactory.createProperty(NS + "bureauCode");
    /** Federal Program Inventory code, NNN:NNN (federal only). */
    public static final Property programCode = ResourceFactory.createProperty(NS + "programCode");
    /** Whether the dataset meets the agency Information Quality Guidelines (boolean; federal only). */
    public static final Property dataQuality = ResourceFactory.createProperty(NS + "dataQuality");
    /** Media type of the data dictionary named by POD describedBy. */
    public static final Property describedByType = ResourceFactory.createProperty(NS + "describedByType");
    /** Unique Investment Identifier of the primary IT investment, NNN-NNNNNNNNN (federal only). */
    public static final Property primaryITInvestmentUII = ResourceFactory.createProperty(NS + "primaryITInvestmentUII");
    /** URL of a Privacy Act System of Records Notice. A POD schema field: POD's own context maps it to the non-existent dcat:systemOfRecords. */
    public static final Property systemOfRecords = ResourceFactory.createProperty(NS + "systemOfRecords");

    private DCATUS11() {}
}
