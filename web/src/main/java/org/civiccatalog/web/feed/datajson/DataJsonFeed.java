package org.civiccatalog.web.feed.datajson;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.civiccatalog.core.datajson.PodDefaults;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.web.WebConfig;
import org.civiccatalog.web.http.BatchedOutput;
import org.civiccatalog.web.http.HttpCache;

import io.javalin.http.Context;

/**
 * {@code GET /data.json}: the whole catalog as DCAT-US 1.1 (POD v1.1), unpaged as the specification has it, and
 * streamed: headers (and a 304 when the client's copy is current) first, then one dataset at a time, all in one
 * read transaction so that the document is one consistent state of the store. With a feed cache directory
 * configured, the rendering of a state is kept on disk and later requests for that state send the copy.
 */
public final class DataJsonFeed {
    public static final String CONTENT_TYPE = "application/json;charset=utf-8";

    private final CatalogStore store;
    private final HttpCache cache;
    private final org.civiccatalog.core.imports.DataJsonExporter export;
    private final String feedUrl;
    private final java.util.Optional<RenderedFeedCache> rendered;

    public DataJsonFeed(CatalogStore store, HttpCache cache, WebConfig cfg) {
        this.store = store;
        this.cache = cache;
        this.export = new org.civiccatalog.core.imports.DataJsonExporter(store,
                PodDefaults.of(cfg.operatorName(), cfg.operatorEmail()));
        this.feedUrl = store.iris().base() + "data.json";
        this.rendered = cfg.feedCacheDir().map(dir -> new RenderedFeedCache(dir, "data.json",
                feedUrl + "\n" + cfg.operatorName() + "\n" + cfg.operatorEmail()));
    }

    public void handle(Context ctx) {
        store.read(ds -> {
            ctx.contentType(CONTENT_TYPE);
            var state = store.state();
            if (cache.headersOnly(ctx, state, "data.json")) return null;
            try {
                BatchedOutput out = new BatchedOutput(ctx.outputStream());
                if (rendered.isEmpty()) {
                    export.exportAll(feedUrl, out);
                } else {
                    var copy = rendered.get().cached(state);
                    if (copy.isPresent()) rendered.get().send(copy.get(), out);
                    else rendered.get().renderAndKeep(state, out, o -> export.exportAll(feedUrl, o));
                }
                out.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }
}
