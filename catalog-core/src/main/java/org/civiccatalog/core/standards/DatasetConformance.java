package org.civiccatalog.core.standards;

import java.util.List;

/**
 * Everything one check of a dataset found: a result per declared standard (and per standard asked for), the
 * {@code dct:conformsTo} values that name no standard of the registry (kept as published, reported here), and the
 * standards suggested from its columns.
 */
public record DatasetConformance(String datasetIri, List<String> declaredUnknown, List<ConformanceResult> results,
                                 List<Suggestion> suggestions) {
    public DatasetConformance {
        declaredUnknown = List.copyOf(declaredUnknown);
        results = List.copyOf(results);
        suggestions = List.copyOf(suggestions);
    }
}
