package org.civiccatalog.core.audit.checklist;

import org.apache.jena.rdf.model.Resource;
import org.civiccatalog.vocab.CIVIC;

/** The five areas of the Los Angeles data standards checklist (standards.md §7.1). */
public enum LaArea {
    CONSISTENCY("consistency", CIVIC.laConsistency),
    ACCESSIBILITY("accessibility", CIVIC.laAccessibility),
    COMPREHENSIVENESS("comprehensiveness", CIVIC.laComprehensiveness),
    TRUSTWORTHINESS("trustworthiness", CIVIC.laTrustworthiness),
    DEGREE_OF_INTEREST("interest", CIVIC.laDegreeOfInterest);

    private final String id;
    private final Resource metric;

    LaArea(String id, Resource metric) {
        this.id = id;
        this.metric = metric;
    }

    /** The part of the rule ids: la.{id}.{item}. */
    public String id() {
        return id;
    }

    public Resource metric() {
        return metric;
    }

    public String label() {
        return id.equals("interest") ? "degree of interest" : id;
    }
}
