package org.civiccatalog.web.standards;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.config.JavalinConfig;

/** The standards endpoints of the views: Open311 for those whose crosswalk makes Open311, LIVES for LIVES. */
public final class StandardsRoutes {
    /**
     * A request attribute set by a handler that wrote its own error body (Open311's error format): the application's
     * error mapping leaves such a response alone.
     */
    public static final String OWN_ERROR_BODY = "catalog.ownErrorBody";
    public static final String OPEN311 = "open311-georeport-v2";
    public static final String LIVES = "lives-2.0";
    /** How often an Open311 endpoint asks whether its source dataset changed. */
    public static final Duration RECHECK = Duration.ofSeconds(30);

    private StandardsRoutes() {}

    /** A shipped crosswalk's JSON, at its IRI {@code /standards/crosswalks/{id}} and at {@code {id}.json}. */
    private static void crosswalk(io.javalin.http.Context ctx, CrosswalkCatalog crosswalks) {
        String file = ctx.pathParam("file");
        String id = file.endsWith(".json") ? file.substring(0, file.length() - ".json".length()) : file;
        byte[] json = crosswalks.json(id).orElseThrow(() -> new org.civiccatalog.core.NotFoundException("No crosswalk '" + id
                + "' is shipped with this catalog"));
        ctx.contentType("application/json; charset=utf-8").header("Cache-Control", "public, max-age=3600").result(json);
    }

    /**
     * @param base     the catalog's base IRI (Open311 discovery names the endpoint's URL under it)
     * @param indexDir where the Open311 request indexes are kept (temporary files)
     */
    public static void register(JavalinConfig c, StandardsViews views, String base, Clock clock, Path indexDir, Duration recheck) {
        Map<String, Open311Service> open311 = new LinkedHashMap<>();
        Map<String, StandardsView> lives = new LinkedHashMap<>();
        for (StandardsView v : views.all()) {
            if (v.serves(OPEN311)) open311.put(v.jurisdiction(), new Open311Service(v, clock, indexDir, recheck));
            if (v.serves(LIVES)) lives.put(v.jurisdiction(), v);
        }
        Open311Resource o = new Open311Resource(open311, clock, base);
        LivesResource l = new LivesResource(lives, clock);
        c.routes.get("/open311/{jurisdiction}/v2/{file}", o::file);
        c.routes.get("/open311/{jurisdiction}/v2/requests/{file}", o::one);
        c.routes.get("/lives/{jurisdiction}/{file}", l::file);
        CrosswalkCatalog crosswalks = new CrosswalkCatalog(org.civiccatalog.core.CatalogIris.of(base));
        c.routes.get("/standards/crosswalks/{file}", ctx -> crosswalk(ctx, crosswalks));
    }
}
