package org.civiccatalog.core.search;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.civiccatalog.core.InvalidInputException;

/**
 * One search: words, facet filters, a box, an order and a page.
 *
 * @param text     the words ({@code q}); blank lists everything. Words are all required, in any of title,
 *                 description, keywords and publisher; Lucene's syntax ({@code "a phrase"}, {@code OR}, {@code -word},
 *                 {@code trees*}) works, and text that does not parse as it is searched as plain words
 * @param filters  chosen values per facet
 * @param bbox     only datasets whose spatial extent intersects this box
 * @param sort     the order
 * @param page     1-based
 * @param pageSize results per page
 */
public record SearchQuery(String text, Map<Facet, Set<String>> filters, Optional<BoundingBox> bbox, SearchSort sort,
                          int page, int pageSize) {
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    /** Results past this many are not served (deep pages cost a sort of everything before them). */
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_TEXT = 500;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) throw new InvalidInputException("q", "at most " + MAX_TEXT + " characters");
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((f, v) -> {
            if (!v.isEmpty()) copy.put(f, Set.copyOf(new LinkedHashSet<>(v)));
        });
        filters = Map.copyOf(copy);
        Objects.requireNonNull(bbox, "bbox");
        Objects.requireNonNull(sort, "sort");
        if (page < 1) throw new InvalidInputException("page", "must be a positive integer, got " + page);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE)
            throw new InvalidInputException("pageSize", "must be 1.." + MAX_PAGE_SIZE + ", got " + pageSize);
        if ((long) (page - 1) * pageSize >= MAX_WINDOW)
            throw new InvalidInputException("page", "results past the first " + MAX_WINDOW + " are not served; narrow the search");
    }

    /** Everything, by relevance, first page. */
    public static SearchQuery all() {
        return new SearchQuery("", Map.of(), Optional.empty(), SearchSort.RELEVANCE, 1, DEFAULT_PAGE_SIZE);
    }

    public static SearchQuery text(String q) {
        return all().withText(q);
    }

    public SearchQuery withText(String q) {
        return new SearchQuery(q, filters, bbox, sort, page, pageSize);
    }

    /** With one more chosen value of a facet. */
    public SearchQuery with(Facet f, String value) {
        Map<Facet, Set<String>> m = new EnumMap<>(Facet.class);
        m.putAll(filters);
        Set<String> v = new LinkedHashSet<>(m.getOrDefault(f, Set.of()));
        v.add(value);
        m.put(f, v);
        return new SearchQuery(text, m, bbox, sort, page, pageSize);
    }

    public SearchQuery withBbox(BoundingBox box) {
        return new SearchQuery(text, filters, Optional.of(box), sort, page, pageSize);
    }

    public SearchQuery withSort(SearchSort s) {
        return new SearchQuery(text, filters, bbox, s, page, pageSize);
    }

    public SearchQuery withPage(int p, int size) {
        return new SearchQuery(text, filters, bbox, sort, p, size);
    }
}
