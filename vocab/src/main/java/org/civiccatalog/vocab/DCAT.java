package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C Data Catalog Vocabulary, version 3 (DCAT 3). Jena's and RDF4J's classes stop at DCAT 2. Terms keep the exact spelling of the specification. */
public final class DCAT {
    public static final String PREFIX = "dcat";
    public static final String NS = "http://www.w3.org/ns/dcat#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes
    /** A curated collection of metadata about resources (class; the property is {@link #catalog}). */
    public static final Resource Catalog = ResourceFactory.createResource(NS + "Catalog");
    /** A catalog's record of one dataset or service: when it was listed and changed, by whom (class; the property is {@link #record}). */
    public static final Resource CatalogRecord = ResourceFactory.createResource(NS + "CatalogRecord");
    /** Class; the property is {@link #dataset}. */
    public static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");
    /** A dataset made of separately published datasets sharing characteristics (DCAT 3; subclass of Dataset). */
    public static final Resource DatasetSeries = ResourceFactory.createResource(NS + "DatasetSeries");
    public static final Resource Distribution = ResourceFactory.createResource(NS + "Distribution");
    /** A collection of operations giving access to data, e.g. an API or a SPARQL endpoint (class; the property is {@link #service}). */
    public static final Resource DataService = ResourceFactory.createResource(NS + "DataService");
    /** A qualified relation between two resources, with its role (object of {@link #qualifiedRelation}). */
    public static final Resource Relationship = ResourceFactory.createResource(NS + "Relationship");
    /** Any resource listed in a catalog: superclass of Dataset, DataService, Catalog. Inside this class the name shadows Jena's Resource type. */
    public static final Resource Resource = ResourceFactory.createResource(NS + "Resource");
    /** The function of an agent or resource in a qualified attribution or relationship (object of {@link #hadRole}). */
    public static final Resource Role = ResourceFactory.createResource(NS + "Role");

    // Properties
    /** A data service that gives access to this distribution. */
    public static final Property accessService = ResourceFactory.createProperty(NS + "accessService");
    /** A URL giving access to a distribution: landing page, API or download (required in DCAT-AP). */
    public static final Property accessURL = ResourceFactory.createProperty(NS + "accessURL");
    /** Bounding box of a dct:Location, as a geometry literal (e.g. WKT). */
    public static final Property bbox = ResourceFactory.createProperty(NS + "bbox");
    /** Size of a distribution in bytes. */
    public static final Property byteSize = ResourceFactory.createProperty(NS + "byteSize");
    /** A catalog whose contents are of interest here: a sub-catalog (property; the class is {@link #Catalog}). */
    public static final Property catalog = ResourceFactory.createProperty(NS + "catalog");
    /** Centroid of a dct:Location, as a geometry literal. */
    public static final Property centroid = ResourceFactory.createProperty(NS + "centroid");
    /** Media type of the compression of a distribution (e.g. application/gzip). */
    public static final Property compressFormat = ResourceFactory.createProperty(NS + "compressFormat");
    public static final Property contactPoint = ResourceFactory.createProperty(NS + "contactPoint");
    /** A dataset listed in the catalog (property; the class is {@link #Dataset}). */
    public static final Property dataset = ResourceFactory.createProperty(NS + "dataset");
    public static final Property distribution = ResourceFactory.createProperty(NS + "distribution");
    public static final Property downloadURL = ResourceFactory.createProperty(NS + "downloadURL");
    /** End of a dct:PeriodOfTime. */
    public static final Property endDate = ResourceFactory.createProperty(NS + "endDate");
    /** A description of a data service's endpoint, e.g. an OpenAPI document. */
    public static final Property endpointDescription = ResourceFactory.createProperty(NS + "endpointDescription");
    /** The root location or primary endpoint of a data service. */
    public static final Property endpointURL = ResourceFactory.createProperty(NS + "endpointURL");
    /** The first resource of an ordered series the subject belongs to (DCAT 3). */
    public static final Property first = ResourceFactory.createProperty(NS + "first");
    /** The role of an agent or resource in a qualified attribution or relationship. */
    public static final Property hadRole = ResourceFactory.createProperty(NS + "hadRole");
    /** The current version of a versioned resource (DCAT 3). */
    public static final Property hasCurrentVersion = ResourceFactory.createProperty(NS + "hasCurrentVersion");
    /** A more specific, versioned resource (DCAT 3; replaces dct:hasVersion). */
    public static final Property hasVersion = ResourceFactory.createProperty(NS + "hasVersion");
    /** Inverse of {@link #resource}: a catalog listing this resource (DCAT 3). Only in addition to its inverse, never instead. */
    public static final Property inCatalog = ResourceFactory.createProperty(NS + "inCatalog");
    /** The dataset series a dataset belongs to (DCAT 3). */
    public static final Property inSeries = ResourceFactory.createProperty(NS + "inSeries");
    /** Inverse of {@link #distribution} (DCAT 3). Only in addition to its inverse, never instead. */
    public static final Property isDistributionOf = ResourceFactory.createProperty(NS + "isDistributionOf");
    /** Inverse of {@link #hasVersion} (DCAT 3). Only in addition to its inverse, never instead. */
    public static final Property isVersionOf = ResourceFactory.createProperty(NS + "isVersionOf");
    public static final Property keyword = ResourceFactory.createProperty(NS + "keyword");
    /** A web page for people, giving access to the resource. */
    public static final Property landingPage = ResourceFactory.createProperty(NS + "landingPage");
    /** The last resource of an ordered series the subject belongs to (DCAT 3). */
    public static final Property last = ResourceFactory.createProperty(NS + "last");
    /** IANA media type of a distribution. */
    public static final Property mediaType = ResourceFactory.createProperty(NS + "mediaType");
    /** Inverse of {@link #prev}: the next resource in an ordered series (DCAT 3). Only in addition to its inverse, never instead. */
    public static final Property next = ResourceFactory.createProperty(NS + "next");
    /** Inverse of {@link #previousVersion} (DCAT 3). Only in addition to its inverse, never instead. */
    public static final Property nextVersion = ResourceFactory.createProperty(NS + "nextVersion");
    /** Media type of the package a distribution is bundled in (e.g. application/zip). */
    public static final Property packageFormat = ResourceFactory.createProperty(NS + "packageFormat");
    /** The previous resource in an ordered series (DCAT 3). */
    public static final Property prev = ResourceFactory.createProperty(NS + "prev");
    /** The previous version of a resource in a lineage (DCAT 3). */
    public static final Property previousVersion = ResourceFactory.createProperty(NS + "previousVersion");
    /** A {@link #Relationship} to another resource, for relations DCTERMS and PROV cannot name. */
    public static final Property qualifiedRelation = ResourceFactory.createProperty(NS + "qualifiedRelation");
    /** A catalog record of the catalog (property; the class is {@link #CatalogRecord}). */
    public static final Property record = ResourceFactory.createProperty(NS + "record");
    /** A resource listed in the catalog (DCAT 3; super-property of dataset, service, catalog). */
    public static final Property resource = ResourceFactory.createProperty(NS + "resource");
    /** Inverse of {@link #inSeries}: a member dataset of a series (DCAT 3). Only in addition to its inverse, never instead. */
    public static final Property seriesMember = ResourceFactory.createProperty(NS + "seriesMember");
    /** A dataset a data service can distribute. */
    public static final Property servesDataset = ResourceFactory.createProperty(NS + "servesDataset");
    /** A data service listed in the catalog (property; the class is {@link #DataService}). */
    public static final Property service = ResourceFactory.createProperty(NS + "service");
    /** Minimum spatial separation resolvable in a dataset, in metres (xsd:decimal). */
    public static final Property spatialResolutionInMeters = ResourceFactory.createProperty(NS + "spatialResolutionInMeters");
    /** Start of a dct:PeriodOfTime. */
    public static final Property startDate = ResourceFactory.createProperty(NS + "startDate");
    /** Minimum time period resolvable in a dataset (xsd:duration). */
    public static final Property temporalResolution = ResourceFactory.createProperty(NS + "temporalResolution");
    /** A main category of the resource, a skos:Concept. */
    public static final Property theme = ResourceFactory.createProperty(NS + "theme");
    /** The knowledge organization system that classifies the catalog's datasets. */
    public static final Property themeTaxonomy = ResourceFactory.createProperty(NS + "themeTaxonomy");
    /** The version name or identifier of a resource (DCAT 3; replaces owl:versionInfo). */
    public static final Property version = ResourceFactory.createProperty(NS + "version");

    private DCAT() {}
}
