package org.civiccatalog.harvest.standards;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a sources file's {@code "standards"} list (docs/harvest.md, "Standards views"): a shipped crosswalk
 * applied to harvested datasets, served for one jurisdiction.
 *
 * @param jurisdiction the path segment of its endpoints ({@code /open311/{jurisdiction}/v2/...}, {@code /lives/{jurisdiction}/...})
 * @param crosswalk    the id of a crosswalk shipped with the catalog ({@code myla311-open311})
 * @param contact      who answers for the data (Open311 discovery's {@code contact})
 * @param inputs       for each input of the crosswalk, the harvested dataset it reads
 */
public record StandardsEntry(String jurisdiction, String crosswalk, String contact, Map<String, Input> inputs) {
    public StandardsEntry {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(crosswalk, "crosswalk");
        Objects.requireNonNull(contact, "contact");
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /**
     * A harvested dataset, by its source and the identifier the portal gives it (for Socrata the identifier URL
     * {@code https://data.lacity.org/api/views/<4x4>}), and optionally the URL of its CSV when the record's own CSV
     * distribution is not the one to read.
     */
    public record Input(String source, String dataset, Optional<URI> csv) {
        public Input {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(csv, "csv");
        }
    }
}
