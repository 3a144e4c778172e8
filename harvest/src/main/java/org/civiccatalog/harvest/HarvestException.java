package org.civiccatalog.harvest;

import org.civiccatalog.core.CatalogException;

/** A source as a whole could not be harvested: unreachable, refused, malformed listing, limits exceeded. */
public class HarvestException extends CatalogException {
    public HarvestException(String message) {
        super(message);
    }

    public HarvestException(String message, Throwable cause) {
        super(message, cause);
    }
}
