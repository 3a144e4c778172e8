package org.civiccatalog.web.workbench;

import java.nio.charset.StandardCharsets;

import org.civiccatalog.core.NotFoundException;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.web.http.Representation;
import org.civiccatalog.web.page.WorkbenchPage;

import io.javalin.http.Context;

/**
 * {@code GET /workbench}: the SPARQL workbench page; {@code GET /workbench/examples/{id}}: one example's results as
 * an HTML table (the library's fixed queries only). Not cached: results follow the store and the audit runs.
 */
public final class WorkbenchResource {
    private final String base;
    private final ExampleRunner runner;

    public WorkbenchResource(CatalogStore store) {
        this.base = store.iris().base();
        this.runner = new ExampleRunner(store);
    }

    public void page(Context ctx) {
        html(ctx, WorkbenchPage.render(base, ExampleQuery.all()));
    }

    public void example(Context ctx) {
        String id = ctx.pathParam("id");
        ExampleQuery e = ExampleQuery.byId(id).orElseThrow(() -> new NotFoundException("No example query " + id));
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(Representation.HTML.contentType());
        if (ctx.method().name().equals("HEAD")) return;
        ctx.result(WorkbenchPage.results(base, e, runner.run(e)).getBytes(StandardCharsets.UTF_8));
    }

    private static void html(Context ctx, String html) {
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(Representation.HTML.contentType());
        if (ctx.method().name().equals("HEAD")) return;
        ctx.result(html.getBytes(StandardCharsets.UTF_8));
    }
}
