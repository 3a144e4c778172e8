package org.civiccatalog.core.search;

import java.util.Arrays;
import java.util.Optional;

/** The orders of a result list: relevance (then title), last modified (newest first), quality (best first). */
public enum SearchSort {
    RELEVANCE("relevance", "Relevance"),
    MODIFIED("modified", "Last modified"),
    QUALITY("quality", "Quality"),
    TITLE("title", "Title");

    private final String param;
    private final String label;

    SearchSort(String param, String label) {
        this.param = param;
        this.label = label;
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    public static Optional<SearchSort> ofParam(String param) {
        return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
    }
}
