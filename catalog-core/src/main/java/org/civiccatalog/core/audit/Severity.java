package org.civiccatalog.core.audit;

import java.util.Locale;

import org.apache.jena.rdf.model.Resource;
import org.civiccatalog.vocab.CIVIC;

/** How serious a finding is. */
public enum Severity {
    /** Invalid against a schema or a mandatory shape: consumers may reject the dataset. */
    ERROR(CIVIC.error),
    /** Valid, but something is missing or unusable that costs findability, reuse or score. */
    WARNING(CIVIC.warning),
    /** A note, a check not made yet, or a question for the data steward. */
    INFO(CIVIC.info);

    private final Resource term;

    Severity(Resource term) {
        this.term = term;
    }

    /** {@code civic:error}, {@code civic:warning} or {@code civic:info}. */
    public Resource term() {
        return term;
    }

    /** "error", "warning" or "info", as in reports and the CSV. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
