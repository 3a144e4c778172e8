package org.civiccatalog.web.feed;

/**
 * The URLs of a feed's pages, built from the public base IRI (never from the request's Host), so that links
 * stay right behind a proxy. {@code pageSize} is carried on only when the client gave one.
 *
 * @param feedUrl the feed's URL without query, e.g. {@code https://data.example.gov/catalog.ttl}
 */
public record PageLinks(String feedUrl, PageRequest request) {
    public String page(long n) {
        return feedUrl + "?page=" + n + (request.sizeGiven() ? "&pageSize=" + request.pageSize() : "");
    }

    public String self() {
        return page(request.page());
    }
}
