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
    /** A resource that acts or has the power to act (dct:publisher range). */
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    /** A file format, e.g. an entry of the EU file-type list (dct:format range). */
    public static final Resource FileFormat = ResourceFactory.createResource(NS + "FileFormat");
    /** A rate at which something recurs (dct:accrualPeriodicity range). */
    public static final Resource Frequency = ResourceFactory.createResource(NS + "Frequency");
    /** DCMI vocabulary encoding scheme of Internet media types (a dcam:VocabularyEncodingScheme). */
    public static final Resource IMT = ResourceFactory.createResource(NS + "IMT");
    /** A licence (dct:license range). */
    public static final Resource LicenseDocument = ResourceFactory.createResource(NS + "LicenseDocument");
    /** A language (dct:language range), e.g. an EU language authority IRI. */
    public static final Resource LinguisticSystem = ResourceFactory.createResource(NS + "LinguisticSystem");
    /** A spatial region or named place (dct:spatial range; holds dcat:bbox, dcat:centroid). */
    public static final Resource Location = ResourceFactory.createResource(NS + "Location");
    /** A media type (dcat:mediaType range in DCAT 3). */
    public static final Resource MediaType = ResourceFactory.createResource(NS + "MediaType");
    /** A media type or extent (dct:format range). */
    public static final Resource MediaTypeOrExtent = ResourceFactory.createResource(NS + "MediaTypeOrExtent");
    /** A statement of provenance (dct:provenance range). */
    public static final Resource ProvenanceStatement = ResourceFactory.createResource(NS + "ProvenanceStatement");
    /** An interval of time (dct:temporal range; holds dcat:startDate, dcat:endDate). */
    public static final Resource PeriodOfTime = ResourceFactory.createResource(NS + "PeriodOfTime");
    /** A statement about rights (dct:rights, dct:accessRights range). */
    public static final Resource RightsStatement = ResourceFactory.createResource(NS + "RightsStatement");
    /** A reference point for comparison: a schema or data standard a resource conforms to (dct:conformsTo range). */
    public static final Resource Standard = ResourceFactory.createResource(NS + "Standard");

    // Properties
    /** Who can access the resource, a {@link #RightsStatement} (DCAT-US 3 home of POD accessLevel). */
    public static final Property accessRights = ResourceFactory.createProperty(NS + "accessRights");
    /** A summary of the resource (dct:abstract; trailing underscore because abstract is a Java keyword, as in Jena). */
    public static final Property abstract_ = ResourceFactory.createProperty(NS + "abstract");
    /** Update frequency, a {@link #Frequency}. */
    public static final Property accrualPeriodicity = ResourceFactory.createProperty(NS + "accrualPeriodicity");
    /** An alternative name of the resource. */
    public static final Property alternative = ResourceFactory.createProperty(NS + "alternative");
    /** A bibliographic reference for the resource. */
    public static final Property bibliographicCitation = ResourceFactory.createProperty(NS + "bibliographicCitation");
    /** A {@link #Standard} the resource conforms to: the hook for Open311, LIVES, BLDS, GTFS declarations. */
    public static final Property conformsTo = ResourceFactory.createProperty(NS + "conformsTo");
    /** An entity responsible for contributions to the resource. */
    public static final Property contributor = ResourceFactory.createProperty(NS + "contributor");
    public static final Property created = ResourceFactory.createProperty(NS + "created");
    public static final Property creator = ResourceFactory.createProperty(NS + "creator");
    public static final Property description = ResourceFactory.createProperty(NS + "description");
    public static final Property format = ResourceFactory.createProperty(NS + "format");
    /** A related resource included in this one. */
    public static final Property hasPart = ResourceFactory.createProperty(NS + "hasPart");
    /** DCMI version link, still read from older feeds; DCAT 3 writes dcat:hasVersion. */
    public static final Property hasVersion = ResourceFactory.createProperty(NS + "hasVersion");
    public static final Property identifier = ResourceFactory.createProperty(NS + "identifier");
    /** A related resource this one is included in. Not dcat:isPartOf, which POD's context invents. */
    public static final Property isPartOf = ResourceFactory.createProperty(NS + "isPartOf");
    /** A related resource that references or cites this one. */
    public static final Property isReferencedBy = ResourceFactory.createProperty(NS + "isReferencedBy");
    /** A resource that supplants this one. */
    public static final Property isReplacedBy = ResourceFactory.createProperty(NS + "isReplacedBy");
    /** DCMI version link, still read from older feeds; DCAT 3 writes dcat:isVersionOf. */
    public static final Property isVersionOf = ResourceFactory.createProperty(NS + "isVersionOf");
    public static final Property issued = ResourceFactory.createProperty(NS + "issued");
    public static final Property language = ResourceFactory.createProperty(NS + "language");
    public static final Property license = ResourceFactory.createProperty(NS + "license");
    public static final Property modified = ResourceFactory.createProperty(NS + "modified");
    /** A statement of changes in ownership and custody relevant to authenticity. */
    public static final Property provenance = ResourceFactory.createProperty(NS + "provenance");
    public static final Property publisher = ResourceFactory.createProperty(NS + "publisher");
    /** A related resource this one references (POD references; not dcat:references). */
    public static final Property references = ResourceFactory.createProperty(NS + "references");
    /** A related resource; in a dcat:Relationship, the other end. */
    public static final Property relation = ResourceFactory.createProperty(NS + "relation");
    /** A resource this one supplants. */
    public static final Property replaces = ResourceFactory.createProperty(NS + "replaces");
    public static final Property rights = ResourceFactory.createProperty(NS + "rights");
    /** An agent owning or managing rights over the resource. */
    public static final Property rightsHolder = ResourceFactory.createProperty(NS + "rightsHolder");
    /** A resource this one is derived from; on a catalog record, the harvested upstream record. */
    public static final Property source = ResourceFactory.createProperty(NS + "source");
    /** Spatial coverage, a {@link #Location}. */
    public static final Property spatial = ResourceFactory.createProperty(NS + "spatial");
    public static final Property subject = ResourceFactory.createProperty(NS + "subject");
    /** Temporal coverage, a {@link #PeriodOfTime}. */
    public static final Property temporal = ResourceFactory.createProperty(NS + "temporal");
    public static final Property title = ResourceFactory.createProperty(NS + "title");
    /** The nature or genre of a resource, e.g. of an agent or a licence (not rdf:type). */
    public static final Property type = ResourceFactory.createProperty(NS + "type");

    private DCTERMS() {}
}
