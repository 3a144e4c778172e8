package org.civiccatalog.web.standards;

import java.util.LinkedHashMap;
import java.util.Map;

import org.civiccatalog.core.standards.Crosswalk;
import org.civiccatalog.harvest.standards.CsvCache;

/**
 * One standard served for one jurisdiction: the crosswalk, and for each of its inputs where the current copy of the
 * source dataset's CSV is (fetched or re-fetched on demand, {@link CsvCache}).
 *
 * @param jurisdiction the path segment, e.g. {@code demo-city}
 * @param contact      who answers for the data (Open311 discovery's {@code contact})
 */
public record StandardsView(String jurisdiction, String contact, Crosswalk crosswalk, Map<String, Input> inputs) {
    public StandardsView {
        if (!jurisdiction.matches("[a-z0-9][a-z0-9-]*"))
            throw new IllegalArgumentException("jurisdiction must be lower-case letters, digits and hyphens, got '" + jurisdiction + "'");
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        for (String in : crosswalk.inputs().keySet())
            if (!inputs.containsKey(in)) throw new IllegalArgumentException("view " + jurisdiction + ": crosswalk "
                    + crosswalk.id() + " needs input '" + in + "', not given (given: " + inputs.keySet() + ")");
    }

    /**
     * One input: the catalog's dataset it is (the derived dataset is {@code prov:wasDerivedFrom} it) and where its
     * current CSV is, fetched if the dataset changed since the copy was made.
     */
    public record Input(String datasetIri, java.util.function.Supplier<CsvCache.Cached> csv) {
        public CsvCache.Cached current() {
            return csv.get();
        }
    }

    public boolean serves(String standardId) {
        return crosswalk.standards().contains(standardId);
    }
}
