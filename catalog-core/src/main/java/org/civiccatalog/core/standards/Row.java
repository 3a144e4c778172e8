package org.civiccatalog.core.standards;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a table: its 1-based number among the data rows (the header is row 0) and its values by column name,
 * in column order. A blank value reads as absent.
 */
public record Row(long number, Map<String, String> values) {
    public Row {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of a column, or null when the column is missing or the value blank. */
    public String get(String column) {
        String v = values.get(column);
        return v == null || v.isBlank() ? null : v;
    }

    public boolean has(String column) {
        return get(column) != null;
    }
}
