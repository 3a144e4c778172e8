package org.civiccatalog.web.search;

import java.nio.charset.StandardCharsets;

import org.civiccatalog.core.search.CatalogSearch;
import org.civiccatalog.core.search.SearchQuery;
import org.civiccatalog.core.search.SearchResult;
import org.civiccatalog.web.http.Representation;
import org.civiccatalog.web.page.SearchPage;

import io.javalin.http.Context;

/**
 * {@code GET /search} (an HTML page that works without JavaScript) and {@code GET /search.json}: the same search,
 * the same parameters (docs/search.md), taking turns ({@link SearchGate}). Not cached: the index changes after the store does, not with it.
 */
public final class SearchResource {
    private final CatalogSearch search;
    private final String base;
    private final SearchGate gate = new SearchGate(SearchGate.DEFAULT);

    public SearchResource(CatalogSearch search, String base) {
        this.search = search;
        this.base = base;
    }

    private SearchResult run(Context ctx) {
        SearchQuery q = SearchParams.read(ctx::queryParams);
        return search.search(q);
    }

    public void html(Context ctx) {
        gate.run(() -> {
            page(ctx);
            return null;
        });
    }

    public void json(Context ctx) {
        gate.run(() -> {
            answer(ctx);
            return null;
        });
    }

    private void page(Context ctx) {
        SearchResult r = run(ctx);
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(Representation.HTML.contentType());
        ctx.result(SearchPage.render(base, r).getBytes(StandardCharsets.UTF_8));
    }

    private void answer(Context ctx) {
        SearchResult r = run(ctx);
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("application/json");
        ctx.result(SearchJson.write(base, r).getBytes(StandardCharsets.UTF_8));
    }
}
