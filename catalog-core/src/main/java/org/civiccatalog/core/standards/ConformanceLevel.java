package org.civiccatalog.core.standards;

import org.apache.jena.rdf.model.Resource;
import org.civiccatalog.vocab.CIVIC;

/** How far a dataset is shown to follow a standard; each level includes the one before (docs/standards.md). */
public enum ConformanceLevel {
    /** Not declared by the publisher, and the columns do not match the standard's required fields. */
    NONE(CIVIC.levelNone),
    /** Declared in {@code dct:conformsTo}, not verified: columns missing, or no column metadata to check. */
    DECLARED(CIVIC.levelDeclared),
    /** Every required column is there with a compatible type (declared or not). */
    HEADERS_MATCH(CIVIC.levelHeadersMatch),
    /** Headers match, and every row of the sample is valid: types, allowed values, dates, ranges, no empty required values. */
    SAMPLE_VALID(CIVIC.levelSampleValid);

    private final Resource term;

    ConformanceLevel(Resource term) {
        this.term = term;
    }

    public Resource term() {
        return term;
    }
}
