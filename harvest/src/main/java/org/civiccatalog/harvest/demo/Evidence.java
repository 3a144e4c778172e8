package org.civiccatalog.harvest.demo;

/** How a re-published copy shows that it is a copy, in the ways real portals re-publish each other's datasets. */
public enum Evidence {
    /** The copy's landing page is the origin's landing page; its identifier and downloads are its own. */
    SAME_LANDING_PAGE,
    /** The copy's download URLs are the origin's; its identifier and landing page are its own. */
    SAME_DOWNLOAD_URL,
    /** Only a similar title and description: a different identifier, landing page and downloads. */
    SIMILAR_TEXT,
    /**
     * A CKAN package whose resources live on another CKAN portal of the state ({@code .../dataset/<id>/resource/...}),
     * which the CKAN adapter records as {@code dct:source <https://<that portal>/dataset/<id>>}: the origin's IRI.
     */
    CKAN_RESOURCE_LINK
}
