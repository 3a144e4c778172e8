package org.civiccatalog.web.feed;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.function.BiFunction;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.StoreState;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.web.WebConfig;
import org.civiccatalog.web.http.Conneg;
import org.civiccatalog.web.http.HttpCache;
import org.civiccatalog.web.http.Representation;
import org.civiccatalog.web.page.CatalogHtml;
import org.civiccatalog.web.page.RecordView;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code GET /catalog} (content negotiation, Turtle by default) and {@code /catalog.ttl|.jsonld|.rdf|.nt}: the
 * federated catalog, one page of its datasets (each with its whole record graph), and Hydra paging. Without
 * {@code ?page} the first page is served. The page is read in one read transaction, headers first (so a 304
 * or a 404 costs no body), then the records one at a time.
 */
public final class CatalogFeed {
    private final CatalogStore store;
    private final CatalogPages pages;
    private final HttpCache cache;
    private final WebConfig cfg;

    public CatalogFeed(CatalogStore store, HttpCache cache, WebConfig cfg) {
        this.store = store;
        this.pages = new CatalogPages(store);
        this.cache = cache;
        this.cfg = cfg;
    }

    /** {@code /catalog}: the representation comes from {@code Accept}. */
    public void negotiated(Context ctx) {
        serve(ctx, Conneg.choose(ctx.header("Accept"), Representation.RDF_AND_HTML, Representation.TURTLE), "catalog");
    }

    /** {@code /catalog.ttl} and friends: the suffix fixes the syntax. */
    public Handler fixed(Representation rep) {
        return ctx -> serve(ctx, rep, "catalog." + rep.suffix());
    }

    private void serve(Context ctx, Representation rep, String path) {
        PageRequest req = PageRequest.parse(ctx.queryParam("page"), ctx.queryParam("pageSize"),
                cfg.defaultPageSize(), cfg.maxPageSize());
        store.read(ds -> {
            StoreState state = store.state();
            CatalogPage page = pages.page(req);
            String variant = path + ":" + rep.suffix() + ":p" + page.page() + ":s" + req.pageSize();
            ctx.contentType(rep.contentType());
            if (cache.headersOnly(ctx, state, variant)) return null;
            write(ctx, rep, page, new PageLinks(store.iris().base() + path, req));
            return null;
        });
    }

    private void write(Context ctx, Representation rep, CatalogPage page, PageLinks links) {
        Graph head = CatalogDescription.read(store);
        OutputStream out = ctx.outputStream();
        if (rep == Representation.HTML) {
            String title = new RecordView(head, store.iris().catalog()).text(
                    NodeFactory.createURI(store.iris().catalog()), DCTERMS.title.asNode()).orElse("Catalog");
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CatalogHtml.write(w, title, store.iris().base() + "catalog", page, links,
                    records(page, (iri, g) -> new RecordView(g, iri)));
            flush(w);
            return;
        }
        Graph paging = GraphFactory.createDefaultGraph();
        head.find().forEachRemaining(paging::add);
        HydraView.addTo(paging, store.iris().catalog(), page, links);
        RdfOut.write(out, rep, paging, records(page, (iri, g) -> g));
    }

    /** The page's record graphs, each read from the store only when the writer asks for it. */
    private <T> Iterator<T> records(CatalogPage page, BiFunction<String, Graph, T> view) {
        Iterator<String> iris = page.datasets().iterator();
        return new Iterator<>() {
            public boolean hasNext() {
                return iris.hasNext();
            }

            public T next() {
                String iri = iris.next();
                return view.apply(iri, store.recordGraphOfDataset(iri).orElseGet(GraphFactory::createDefaultGraph));
            }
        };
    }

    private static void flush(Writer w) {
        try {
            w.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
