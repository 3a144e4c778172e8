package org.civiccatalog.web.home;

import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.StoreState;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.web.feed.CatalogDescription;
import org.civiccatalog.web.feed.JsonLdContext;
import org.civiccatalog.web.http.HttpCache;
import org.civiccatalog.web.http.Representation;
import org.civiccatalog.web.page.HomePage;
import org.civiccatalog.web.page.RecordView;

import io.javalin.http.Context;

/** {@code GET /}: the home page; {@code GET /context/dcat.jsonld}: the JSON-LD context the feeds embed. */
public final class HomeResource {
    private final CatalogStore store;
    private final HttpCache cache;

    public HomeResource(CatalogStore store, HttpCache cache) {
        this.store = store;
        this.cache = cache;
    }

    public void home(Context ctx) {
        store.read(ds -> {
            StoreState state = store.state();
            ctx.contentType(Representation.HTML.contentType());
            if (cache.headersOnly(ctx, state, "home:html")) return null;
            Graph catalog = CatalogDescription.read(store);
            RecordView view = new RecordView(catalog, store.iris().catalog());
            Node c = NodeFactory.createURI(store.iris().catalog());
            String html = HomePage.render(store.iris().base(),
                    view.text(c, DCTERMS.title.asNode()).orElse("Open data catalog"),
                    view.text(c, DCTERMS.description.asNode()).orElse(""),
                    store.countDatasets(), store.sources());
            ctx.result(html.getBytes(StandardCharsets.UTF_8));
            return null;
        });
    }

    public void context(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.contentType(Representation.JSONLD.contentType()).result(JsonLdContext.document());
    }
}
