package org.civiccatalog.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.search.BoundingBox;
import org.civiccatalog.core.search.Facet;
import org.civiccatalog.core.search.SearchQuery;
import org.civiccatalog.core.search.SearchSort;
import org.civiccatalog.web.feed.PageRequest;

/**
 * The query parameters of {@code /search} and {@code /search.json} (docs/search.md), read into a
 * {@link SearchQuery}, and written back into the links of a result page: the same search with a facet value added
 * or removed, another order, another page. Unknown parameters are ignored; bad values are a 400.
 */
public final class SearchParams {
    private SearchParams() {}

    /**
     * @param param the values of a query parameter, as the request has them (empty list when absent)
     */
    public static SearchQuery read(Function<String, List<String>> param) {
        String q = first(param, "q").orElse("");
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            Set<String> values = new LinkedHashSet<>();
            for (String v : param.apply(f.param())) if (!v.isBlank()) values.add(v.strip());
            if (!values.isEmpty()) filters.put(f, values);
        }
        Optional<BoundingBox> bbox = first(param, "bbox").filter(s -> !s.isBlank()).map(s -> BoundingBox.parsePod(s)
                .orElseThrow(() -> new InvalidInputException("query parameter bbox", "must be west,south,east,north in degrees"
                        + " (-180 <= west <= east <= 180, -90 <= south <= north <= 90), got '" + s + "'")));
        SearchSort sort = first(param, "sort").filter(s -> !s.isBlank()).map(s -> SearchSort.ofParam(s.strip())
                .orElseThrow(() -> new InvalidInputException("query parameter sort", "must be one of relevance, modified,"
                        + " quality, title; got '" + s + "'"))).orElse(SearchSort.RELEVANCE);
        PageRequest page = PageRequest.parse(first(param, "page").orElse(null), first(param, "pageSize").orElse(null),
                SearchQuery.DEFAULT_PAGE_SIZE, SearchQuery.MAX_PAGE_SIZE);
        if (page.page() > Integer.MAX_VALUE) throw new InvalidInputException("query parameter page", "too large: " + page.page());
        return new SearchQuery(q, filters, bbox, sort, (int) page.page(), page.pageSize());
    }

    private static Optional<String> first(Function<String, List<String>> param, String name) {
        List<String> v = param.apply(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** The query string of {@code q} (without '?'), parameters in a fixed order; defaults left out. */
    public static String queryString(SearchQuery q) {
        List<String> parts = new ArrayList<>();
        if (!q.text().isEmpty()) parts.add("q=" + enc(q.text()));
        for (Facet f : Facet.values())
            for (String v : q.filters().getOrDefault(f, Set.of()).stream().sorted().toList()) parts.add(f.param() + "=" + enc(v));
        q.bbox().ifPresent(b -> parts.add("bbox=" + b.toPod()));
        if (q.sort() != SearchSort.RELEVANCE) parts.add("sort=" + q.sort().param());
        if (q.page() != 1) parts.add("page=" + q.page());
        if (q.pageSize() != SearchQuery.DEFAULT_PAGE_SIZE) parts.add("pageSize=" + q.pageSize());
        return String.join("&", parts);
    }

    /** The same search with a facet value chosen, or no longer chosen when it was; back to page 1. */
    public static SearchQuery toggle(SearchQuery q, Facet f, String value) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        filters.putAll(q.filters());
        Set<String> values = new LinkedHashSet<>(filters.getOrDefault(f, Set.of()));
        if (!values.remove(value)) values.add(value);
        filters.put(f, values);
        return new SearchQuery(q.text(), filters, q.bbox(), q.sort(), 1, q.pageSize());
    }

    /** The same search on another page. */
    public static SearchQuery page(SearchQuery q, int page) {
        return new SearchQuery(q.text(), q.filters(), q.bbox(), q.sort(), page, q.pageSize());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
