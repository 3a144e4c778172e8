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
    public static final Resource Catalog = ResourceFactory.createResource(NS + "Catalog");
    public static final Resource CatalogRecord = ResourceFactory.createResource(NS + "CatalogRecord");
    public static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");
    public static final Resource DatasetSeries = ResourceFactory.createResource(NS + "DatasetSeries");
    public static final Resource Distribution = ResourceFactory.createResource(NS + "Distribution");
    public static final Resource DataService = ResourceFactory.createResource(NS + "DataService");
    public static final Resource Relationship = ResourceFactory.createResource(NS + "Relationship");
    public static final Resource Resource = ResourceFactory.createResource(NS + "Resource");
    public static final Resource Role = ResourceFactory.createResource(NS + "Role");

    // Properties
    public static final Property accessService = ResourceFactory.createProperty(NS + "accessService");
    public static final Property accessURL = ResourceFactory.createProperty(NS + "accessURL");
    public static final Property bbox = ResourceFactory.createProperty(NS + "bbox");
    public static final Property byteSize = ResourceFactory.createProperty(NS + "byteSize");
    public static final Property catalog = ResourceFactory.createProperty(NS + "catalog");
    public static final Property centroid = ResourceFactory.createProperty(NS + "centroid");
    public static final Property compressFormat = ResourceFactory.createProperty(NS + "compressFormat");
    public static final Property contactPoint = ResourceFactory.createProperty(NS + "contactPoint");
    public static final Property dataset = ResourceFactory.createProperty(NS + "dataset");
    public static final Property distribution = ResourceFactory.createProperty(NS + "distribution");
    public static final Property downloadURL = ResourceFactory.createProperty(NS + "downloadURL");
    public static final Property endDate = ResourceFactory.createProperty(NS + "endDate");
    public static final Property endpointDescription = ResourceFactory.createProperty(NS + "endpointDescription");
    public static final Property endpointURL = ResourceFactory.createProperty(NS + "endpointURL");
    public static final Property first = ResourceFactory.createProperty(NS + "first");
    public static final Property hadRole = ResourceFactory.createProperty(NS + "hadRole");
    public static final Property hasCurrentVersion = ResourceFactory.createProperty(NS + "hasCurrentVersion");
    public static final Property hasVersion = ResourceFactory.createProperty(NS + "hasVersion");
    public static final Property inCatalog = ResourceFactory.createProperty(NS + "inCatalog");
    public static final Property inSeries = ResourceFactory.createProperty(NS + "inSeries");
    public static final Property isVersionOf = ResourceFactory.createProperty(NS + "isVersionOf");
    public static final Property keyword = ResourceFactory.createProperty(NS + "keyword");
    public static final Property landingPage = ResourceFactory.createProperty(NS + "landingPage");
    public static final Property last = ResourceFactory.createProperty(NS + "last");
    public static final Property mediaType = ResourceFactory.createProperty(NS + "mediaType");
    public static final Property next = ResourceFactory.createProperty(NS + "next");
    public static final Property packageFormat = ResourceFactory.createProperty(NS + "packageFormat");
    public static final Property prev = ResourceFactory.createProperty(NS + "prev");
    public static final Property previousVersion = ResourceFactory.createProperty(NS + "previousVersion");
    public static final Property qualifiedRelation = ResourceFactory.createProperty(NS + "qualifiedRelation");
    public static final Property record = ResourceFactory.createProperty(NS + "record");
    public static final Property seriesMember = ResourceFactory.createProperty(NS + "seriesMember");
    public static final Property servesDataset = ResourceFactory.createProperty(NS + "servesDataset");
    public static final Property service = ResourceFactory.createProperty(NS + "service");
    public static final Property spatialResolutionInMeters = ResourceFactory.createProperty(NS + "spatialResolutionInMeters");
    public static final Property startDate = ResourceFactory.createProperty(NS + "startDate");
    public static final Property temporalResolution = ResourceFactory.createProperty(NS + "temporalResolution");
    public static final Property theme = ResourceFactory.createProperty(NS + "theme");
    public static final Property themeTaxonomy = ResourceFactory.createProperty(NS + "themeTaxonomy");
    public static final Property version = ResourceFactory.createProperty(NS + "version");

    private DCAT() {}
}
