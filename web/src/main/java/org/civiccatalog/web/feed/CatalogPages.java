package org.civiccatalog.web.feed;

import org.civiccatalog.core.NotFoundException;
import org.civiccatalog.core.store.CatalogStore;

/** Cuts the catalog into pages of datasets, in IRI order. Call inside the caller's read transaction. */
public final class CatalogPages {
    private final CatalogStore store;

    public CatalogPages(CatalogStore store) {
        this.store = store;
    }

    /** @throws NotFoundException when the page lies past the last one */
    public CatalogPage page(PageRequest req) {
        long total = store.countListedDatasets();
        long last = Math.max(1, (total + req.pageSize() - 1) / req.pageSize());
        if (req.page() > last)
            throw new NotFoundException("Page " + req.page() + " does not exist: the catalog has " + total
                    + " datasets, " + last + " page(s) of " + req.pageSize());
        return new CatalogPage(req, total, last, store.datasetIris(req.offset(), req.pageSize()));
    }
}
