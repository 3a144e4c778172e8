package org.civiccatalog.core.standards;

import org.civiccatalog.core.CatalogException;

/** A standard, crosswalk or feed that cannot be read or used; the message names the file and the bad value. */
public class StandardsException extends CatalogException {
    public StandardsException(String message) {
        super(message);
    }

    public StandardsException(String message, Throwable cause) {
        super(message, cause);
    }
}
