package org.civiccatalog.harvest.demo;

/**
 * One distribution of a generated dataset.
 *
 * @param format    the portal's format label ("CSV", "GeoJSON", "ZIP", "ArcGIS GeoServices REST API")
 * @param mediaType IANA media type
 * @param url       where it is
 * @param download  true: a file ({@code downloadURL}); false: a page or service ({@code accessURL})
 */
record DemoDistribution(String title, String format, String mediaType, String url, boolean download) {
    DemoDistribution withUrl(String newUrl) {
        return new DemoDistribution(title, format, mediaType, newUrl, download);
    }
}
