package org.civiccatalog.core.standards;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One field of a standard's file, as the registry's profile describes it (docs/standards.md "Profile vocabulary").
 *
 * @param references "file#field" whose values this field's values must be among (a foreign key), if any
 */
public record FieldSpec(String name, int position, ValueType type, boolean required, boolean recommended,
                        List<String> allowedValues, Optional<String> dateFormat, Optional<BigDecimal> min,
                        Optional<BigDecimal> max, Optional<String> references) {
    public FieldSpec {
        allowedValues = List.copyOf(allowedValues);
    }

    /** A field with a name and type only: optional, any value of the type. */
    public static FieldSpec optional(String name, int position, ValueType type) {
        return new FieldSpec(name, position, type, false, false, List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
