package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Hydra Core: collection paging for DCAT feeds (current names and the deprecated PagedCollection ones). Terms keep the exact spelling of the specification. */
public final class HYDRA {
    public static final String PREFIX = "hydra";
    public static final String NS = "http://www.w3.org/ns/hydra/core#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes
    /** A collection of member resources (current Hydra). */
    public static final Resource Collection = ResourceFactory.createResource(NS + "Collection");
    /** Deprecated Hydra (2014) page of a collection; ckanext-dcat writes it and piveau reads it, so feeds still emit it. */
    public static final Resource PagedCollection = ResourceFactory.createResource(NS + "PagedCollection");
    /** One page (view) of a {@link #Collection}, linked by first/next/previous/last (current Hydra). */
    public static final Resource PartialCollectionView = ResourceFactory.createResource(NS + "PartialCollectionView");
    /** An RFC 6570 IRI template, e.g. the search form of a feed (object of {@link #search}). */
    public static final Resource IriTemplate = ResourceFactory.createResource(NS + "IriTemplate");
    /** Binds one template variable to a property (object of {@link #mapping}). */
    public static final Resource IriTemplateMapping = ResourceFactory.createResource(NS + "IriTemplateMapping");

    // Properties
    /** The first page (current Hydra; ckanext-dcat writes the IRI as a literal). */
    public static final Property first = ResourceFactory.createProperty(NS + "first");
    /** Deprecated Hydra (2014): page size of a {@link #PagedCollection}. */
    public static final Property itemsPerPage = ResourceFactory.createProperty(NS + "itemsPerPage");
    /** The last page (current Hydra). */
    public static final Property last = ResourceFactory.createProperty(NS + "last");
    public static final Property member = ResourceFactory.createProperty(NS + "member");
    /** The next page (current Hydra); harvesters fall back to {@link #nextPage}. */
    public static final Property next = ResourceFactory.createProperty(NS + "next");
    /** The previous page (current Hydra). */
    public static final Property previous = ResourceFactory.createProperty(NS + "previous");
    /** Total number of members of the whole collection, not of this page (piveau requires it on a PagedCollection). */
    public static final Property totalItems = ResourceFactory.createProperty(NS + "totalItems");
    /** From a {@link #Collection} to its current {@link #PartialCollectionView}. */
    public static final Property view = ResourceFactory.createProperty(NS + "view");
    /** Deprecated Hydra (2014) twin of {@link #next}. */
    public static final Property nextPage = ResourceFactory.createProperty(NS + "nextPage");
    /** Deprecated Hydra (2014) twin of {@link #previous}. */
    public static final Property previousPage = ResourceFactory.createProperty(NS + "previousPage");
    /** Deprecated Hydra (2014) twin of {@link #first}. */
    public static final Property firstPage = ResourceFactory.createProperty(NS + "firstPage");
    /** Deprecated Hydra (2014) twin of {@link #last}. */
    public static final Property lastPage = ResourceFactory.createProperty(NS + "lastPage");
    /** An {@link #IriTemplate} to query the collection (page, q, modified_since). */
    public static final Property search = ResourceFactory.createProperty(NS + "search");
    /** The RFC 6570 template string of an {@link #IriTemplate}. */
    public static final Property template = ResourceFactory.createProperty(NS + "template");
    /** An {@link #IriTemplateMapping} of an {@link #IriTemplate}. */
    public static final Property mapping = ResourceFactory.createProperty(NS + "mapping");
    /** The template variable name of an {@link #IriTemplateMapping}. */
    public static final Property variable = ResourceFactory.createProperty(NS + "variable");
    /** The property a template variable stands for. */
    public static final Property property = ResourceFactory.createProperty(NS + "property");
    /** Whether a template variable is required (boolean). */
    public static final Property required = ResourceFactory.createProperty(NS + "required");
    /** Property for a free-text query variable (the feed's q parameter). */
    public static final Property freetextQuery = ResourceFactory.createProperty(NS + "freetextQuery");

    private HYDRA() {}
}
