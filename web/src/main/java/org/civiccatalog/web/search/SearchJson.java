package org.civiccatalog.web.search;

import java.util.List;

import org.civiccatalog.core.search.BoundingBox;
import org.civiccatalog.core.search.Facet;
import org.civiccatalog.core.search.SearchQuery;
import org.civiccatalog.core.search.SearchResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code /search.json}: a result as JSON (docs/search.md has the members). */
final class SearchJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchJson() {}

    static String write(String base, SearchResult r) {
        SearchQuery q = r.query();
        ObjectNode o = JSON.createObjectNode();
        ObjectNode query = o.putObject("query");
        query.put("q", q.text());
        ObjectNode filters = query.putObject("filters");
        q.filters().forEach((f, v) -> strings(filters.putArray(f.param()), v.stream().sorted().toList()));
        if (q.bbox().isPresent()) query.put("bbox", q.bbox().get().toPod());
        else query.putNull("bbox");
        query.put("sort", q.sort().param()).put("page", q.page()).put("pageSize", q.pageSize());
        o.put("total", r.total()).put("pages", r.pages());
        if (r.index().isPresent()) {
            SearchResult.IndexInfo i = r.index().get();
            o.putObject("index").put("storeVersion", i.storeVersion()).put("storeModified", i.storeModified().toString())
             .put("datasets", i.datasets()).put("builtAt", i.builtAt().toString()).put("current", i.current());
        } else {
            o.putNull("index");
        }
        ArrayNode results = o.putArray("results");
        for (SearchResult.Hit h : r.hits()) hit(results.addObject(), h);
        ObjectNode facets = o.putObject("facets");
        for (Facet f : Facet.values()) {
            SearchResult.FacetCounts c = r.facets().get(f);
            if (c == null) continue;
            ObjectNode fo = facets.putObject(f.param());
            fo.put("label", f.label()).put("otherValues", c.otherValues());
            ArrayNode values = fo.putArray("values");
            for (SearchResult.FacetValue v : c.values())
                values.addObject().put("value", v.value()).put("label", v.label()).put("count", v.count())
                      .put("selected", v.selected()).put("search", link(base, "search.json", SearchParams.toggle(q, f, v.value())));
        }
        ObjectNode links = o.putObject("links");
        links.put("self", link(base, "search.json", q)).put("html", link(base, "search", q));
        if (q.page() > 1) links.put("prev", link(base, "search.json", SearchParams.page(q, q.page() - 1)));
        if (q.page() < r.pages()) links.put("next", link(base, "search.json", SearchParams.page(q, q.page() + 1)));
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void hit(ObjectNode o, SearchResult.Hit h) {
        o.put("iri", h.iri()).put("title", h.title());
        strings(o.putArray("publishers"), h.publishers());
        o.putObject("source").put("id", h.sourceId()).put("title", h.sourceTitle());
        o.put("snippet", h.snippet());
        ArrayNode marks = o.putArray("highlights");
        for (int[] m : h.highlight()) marks.addArray().add(m[0]).add(m[1]);
        strings(o.putArray("alsoOn"), h.alsoOn());
        o.put("status", h.status());
        if (h.modified().isPresent()) o.put("modified", h.modified().get().toString());
        else o.putNull("modified");
        if (h.quality().isPresent()) o.putObject("quality").put("score", h.quality().get().score()).put("band", h.quality().get().band());
        else o.putNull("quality");
        ArrayNode boxes = o.putArray("extents");
        for (BoundingBox b : h.extents()) boxes.add(b.toPod());
        o.put("score", h.score());
    }

    static String link(String base, String path, SearchQuery q) {
        String qs = SearchParams.queryString(q);
        return base + path + (qs.isEmpty() ? "" : "?" + qs);
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
