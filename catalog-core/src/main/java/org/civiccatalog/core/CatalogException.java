package org.civiccatalog.core;

/** Root of every unchecked exception the catalog core throws. The web module maps these to HTTP in one place. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
