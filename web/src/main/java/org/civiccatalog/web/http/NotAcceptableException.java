package org.civiccatalog.web.http;

import org.civiccatalog.core.CatalogException;

/** The client's {@code Accept} header allows none of the representations a resource has (HTTP 406). */
public class NotAcceptableException extends CatalogException {
    public NotAcceptableException(String message) {
        super(message);
    }
}
