package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** DCMI Metadata Terms. Terms keep the exact spelling of the specification. */
public final class DCTERMS {
    public static final String PREFIX = "dct";
    public static final String NS = "http://purl.org/dc/terms/";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    public static final Resource FileFormat = ResourceFactory.createResource(NS + "FileFormat");
    public static final Resource Frequency = ResourceFactory.createResource(NS + "Frequency");
    public static final Resource IMT = ResourceFactory.createResource(NS + "IMT");
    public static final Resource LicenseDocument = ResourceFactory.createResource(NS + "LicenseDocument");
    public static final Resource LinguisticSystem = ResourceFactory.createResource(NS + "LinguisticSystem");
    public static final Resource Location = ResourceFactory.createResource(NS + "Location");
    public static final Resource MediaType = ResourceFactory.createResource(NS + "MediaType");
    public static final Resource MediaTypeOrExtent = ResourceFactory.createResource(NS + "MediaTypeOrExtent");
    public static final Resource PeriodOfTime = ResourceFactory.createResource(NS + "PeriodOfTime");
    public static final Resource RightsStatement = ResourceFactory.createResource(NS + "RightsStatement");
    public static final Resource Standard = ResourceFactory.createResource(NS + "Standard");

    // Properties
    public static final Property accessRights = ResourceFactory.createProperty(NS + "accessRights");
    public static final Property accrualPeriodicity = ResourceFactory.createProperty(NS + "accrualPeriodicity");
    public static final Property conformsTo = ResourceFactory.createProperty(NS + "conformsTo");
    public static final Property created = ResourceFactory.createProperty(NS + "created");
    public static final Property creator = ResourceFactory.createProperty(NS + "creator");
    public static final Property description = ResourceFactory.createProperty(NS + "description");
    public static final Property format = ResourceFactory.createProperty(NS + "format");
    public static final Property hasPart = ResourceFactory.createProperty(NS + "hasPart");
    public static final Property identifier = ResourceFactory.createProperty(NS + "identifier");
    public static final Property isPartOf = ResourceFactory.createProperty(NS + "isPartOf");
    public static final Property isReferencedBy = ResourceFactory.createProperty(NS + "isReferencedBy");
    public static final Property issued = ResourceFactory.createProperty(NS + "issued");
    public static final Property language = ResourceFactory.createProperty(NS + "language");
    public static final Property license = ResourceFactory.createProperty(NS + "license");
    public static final Property modified = ResourceFactory.createProperty(NS + "modified");
    public static final Property provenance = ResourceFactory.createProperty(NS + "provenance");
    public static final Property publisher = ResourceFactory.createProperty(NS + "publisher");
    public static final Property references = ResourceFactory.createProperty(NS + "references");
    public static final Property relation = ResourceFactory.createProperty(NS + "relation");
    public static final Property replaces = ResourceFactory.createProperty(NS + "replaces");
    public static final Property rights = ResourceFactory.createProperty(NS + "rights");
    public static final Property rightsHolder = ResourceFactory.createProperty(NS + "rightsHolder");
    public static final Property source = ResourceFactory.createProperty(NS + "source");
    public static final Property spatial = ResourceFactory.createProperty(NS + "spatial");
    public static final Property subject = ResourceFactory.createProperty(NS + "subject");
    public static final Property temporal = ResourceFactory.createProperty(NS + "temporal");
    public static final Property title = ResourceFactory.createProperty(NS + "title");
    public static final Property type = ResourceFactory.createProperty(NS + "type");

    private DCTERMS() {}
}
