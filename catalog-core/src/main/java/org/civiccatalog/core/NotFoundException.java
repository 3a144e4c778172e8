package org.civiccatalog.core;

/** A dataset, record or source that the store does not hold. */
public class NotFoundException extends CatalogException {
    public NotFoundException(String message) {
        super(message);
    }
}
