package org.civiccatalog.core.standards;

/**
 * Opens a crosswalk's named input (e.g. {@code inspections}) as rows, each time it is asked: an input used both as a
 * lookup and as the driving table of an output is read twice rather than held.
 */
@FunctionalInterface
public interface RowSource {
    Rows open(String input);
}
