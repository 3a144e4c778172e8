package org.civiccatalog.core.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * The facets a search counts and filters by. Each has the query parameter it is filtered with
 * ({@code ?publisher=Police%20Department}); several values of one facet are alternatives (any of them), values of
 * different facets all apply. A facet's counts are those of the search with every filter except its own, so that
 * choosing a second value of it stays possible.
 */
public enum Facet {
    SOURCE("source", "Portal"),
    JURISDICTION("jurisdiction", "Jurisdiction"),
    PUBLISHER("publisher", "Department"),
    THEME("theme", "Theme"),
    KEYWORD("keyword", "Keyword"),
    FORMAT("format", "Format"),
    LICENSE("license", "Licence"),
    STANDARD("standard", "Declared standard"),
    STATUS("status", "Status"),
    QUALITY("quality", "Quality"),
    CONFORMANCE("conformance", "Verified standard");

    private final String param;
    private final String label;

    Facet(String param, String label) {
        this.param = param;
        this.label = label;
    }

    /** The query parameter, and the facet's name in the JSON API and in the index. */
    public String param() {
        return param;
    }

    /** What the search page calls it. */
    public String label() {
        return label;
    }

    public static Optional<Facet> ofParam(String param) {
        return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst();
    }
}
