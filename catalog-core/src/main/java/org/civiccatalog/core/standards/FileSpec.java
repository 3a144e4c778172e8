package org.civiccatalog.core.standards;

import java.util.List;
import java.util.Optional;

/** One file (table) of a standard: a CSV member of a zip, or one resource of an API, and its fields in order. */
public record FileSpec(String name, int position, boolean required, List<FieldSpec> fields) {
    public FileSpec {
        fields = List.copyOf(fields);
    }

    public Optional<FieldSpec> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public List<String> fieldNames() {
        return fields.stream().map(FieldSpec::name).toList();
    }

    public List<FieldSpec> requiredFields() {
        return fields.stream().filter(FieldSpec::required).toList();
    }
}
