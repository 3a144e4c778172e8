package org.civiccatalog.core.standards;

import org.civiccatalog.core.audit.Severity;

/**
 * One problem found checking a dataset (or a feed file) against a standard.
 *
 * @param rule  a stable id: {@code missing-file}, {@code missing-column}, {@code missing-recommended-column},
 *              {@code incompatible-type}, {@code null-required}, {@code bad-type}, {@code bad-date},
 *              {@code not-allowed}, {@code out-of-range}, {@code bad-row}, {@code unknown-reference},
 *              {@code duplicate-key}
 * @param file  the standard's file the finding is about (e.g. {@code inspections.csv})
 * @param field the field, or "" for a whole file
 * @param row   the 1-based data row, or 0 for the header or the file
 * @param value the offending value, or "" when there is none
 */
public record ConformanceFinding(String rule, Severity severity, String file, String field, long row, String value,
                                 String message) {
    public static ConformanceFinding error(String rule, String file, String field, long row, String value, String message) {
        return new ConformanceFinding(rule, Severity.ERROR, file, field, row, value == null ? "" : value, message);
    }

    public static ConformanceFinding warning(String rule, String file, String field, long row, String value, String message) {
        return new ConformanceFinding(rule, Severity.WARNING, file, field, row, value == null ? "" : value, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "inspections.csv row 3, date: ..." */
    @Override
    public String toString() {
        return file + (row > 0 ? " row " + row : "") + (field.isEmpty() ? "" : ", " + field) + ": " + rule + ": " + message;
    }
}
