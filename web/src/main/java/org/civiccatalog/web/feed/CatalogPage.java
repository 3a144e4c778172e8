package org.civiccatalog.web.feed;

import java.util.List;

/**
 * One page of the federated catalog, as found in one read transaction.
 *
 * @param totalItems number of datasets in the whole catalog
 * @param lastPage   number of the last page (1 when the catalog is empty)
 * @param datasets   IRIs of this page's datasets, in IRI order
 */
public record CatalogPage(PageRequest request, long totalItems, long lastPage, List<String> datasets) {
    public CatalogPage {
        datasets = List.copyOf(datasets);
    }

    public long page() {
        return request.page();
    }

    public boolean hasNext() {
        return page() < lastPage;
    }

    public boolean hasPrevious() {
        return page() > 1;
    }
}
