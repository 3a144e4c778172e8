package org.civiccatalog.core.standards;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a standard's file made by a crosswalk: values by field name in the profile's field order (String,
 * BigDecimal, Long, Boolean, or null), and the source row it came from (0 for constant rows).
 */
public record MappedRow(long sourceRow, Map<String, Object> values) {
    public MappedRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Object get(String field) {
        return values.get(field);
    }

    /** The value as text ("" for null), as CSV writes it. */
    public String text(String field) {
        Object v = values.get(field);
        if (v == null) return "";
        return v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString();
    }
}
