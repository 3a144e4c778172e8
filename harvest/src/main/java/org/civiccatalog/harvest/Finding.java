package org.civiccatalog.harvest;

import java.util.Objects;

/**
 * Something a harvest noticed about one record or page: a record without identifier skipped, a value cut to a
 * limit, a duplicate identifier. Plain English, naming where.
 */
public record Finding(String sourceId, Severity severity, String where, String message) {
    public Finding {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    public enum Severity { ERROR, WARNING, INFO }

    @Override
    public String toString() {
        return severity + " " + sourceId + " " + where + ": " + message;
    }
}
