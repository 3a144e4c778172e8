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
 * read transaction so that the document is one consistent state of the store.
 */
public final class DataJsonFeed {
    public static final String CONTENT_TYPE = "application/json;charset=utf-8";

    private final CatalogStore store;
    private final HttpCache cache;
    private final org.civiccatalog.core.imports.DataJsonExporter export;
    private final String feedUrl;

    public DataJsonFeed(CatalogStore store, HttpCache cache, WebConfig cfg) {
        this.store = store;
        this.cache = cache;
        this.export = new org.civiccatalog.core.imports.DataJsonExporter(store,
                PodDefaults.of(cfg.operatorName(), cfg.operatorEmail()));
        this.feedUrl = store.iris().base() + "data.json";
    }

    public void handle(Context ctx) {
        store.read(ds -> {
            ctx.contentType(CONTENT_TYPE);
            if (cache.headersOnly(ctx, store.state(), "data.json")) return null;
            try {
                BatchedOutput out = new BatchedOutput(ctx.outputStream());
                export.exportAll(feedUrl, out);
                out.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }
}
