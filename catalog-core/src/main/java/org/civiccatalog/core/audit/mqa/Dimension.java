package org.civiccatalog.core.audit.mqa;

import org.apache.jena.rdf.model.Resource;
import org.civiccatalog.vocab.PV;

/** The five MQA dimensions, after FAIR, with their maximum points (405 in all). */
public enum Dimension {
    FINDABILITY(100, PV.findability, PV.findabilityScoring),
    ACCESSIBILITY(100, PV.accessibility, PV.accessibilityScoring),
    INTEROPERABILITY(110, PV.interoperability, PV.interoperabilityScoring),
    REUSABILITY(75, PV.reusability, PV.reusabilityScoring),
    CONTEXTUALITY(20, PV.contextuality, PV.contextualityScoring);

    /** The total of all dimensions. */
    public static final int MAX = 405;

    private final int max;
    private final Resource term;
    private final Resource scoring;

    Dimension(int max, Resource term, Resource scoring) {
        this.max = max;
        this.term = term;
        this.scoring = scoring;
    }

    public int max() {
        return max;
    }

    /** The dqv:Dimension. */
    public Resource term() {
        return term;
    }

    /** The metric of the dimension's score. */
    public Resource scoring() {
        return scoring;
    }
}
