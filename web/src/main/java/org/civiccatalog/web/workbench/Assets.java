package org.civiccatalog.web.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.NotFoundException;

import io.javalin.http.Context;

/**
 * {@code GET /assets/{file}}: the few static files the pages use, read once from the classpath and served from
 * memory. The YASGUI editor comes from its WebJar (org.webjars.npm:zazuko__yasgui, MIT): the catalog never sends a
 * browser to a CDN. Only the files named here are served; a missing one fails at start.
 */
public final class Assets {
    static final String YASGUI = "META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/";
    private static final Map<String, String[]> FILES = Map.of(
            "yasgui/yasgui.min.js", new String[] {YASGUI + "yasgui.min.js", "text/javascript; charset=utf-8"},
            "yasgui/yasgui.min.css", new String[] {YASGUI + "yasgui.min.css", "text/css; charset=utf-8"},
            "yasgui/LICENSE.txt", new String[] {YASGUI + "yasgui.min.js.LICENSE.txt", "text/plain; charset=utf-8"},
            "workbench.js", new String[] {"org/civiccatalog/web/workbench/workbench.js", "text/javascript; charset=utf-8"});

    private record Asset(byte[] body, String type) {}

    private final Map<String, Asset> assets;

    public Assets() {
        Map<String, Asset> m = new java.util.HashMap<>();
        FILES.forEach((path, f) -> m.put(path, new Asset(read(f[0]), f[1])));
        this.assets = Map.copyOf(m);
    }

    public void serve(Context ctx) {
        String path = ctx.path().substring(ctx.path().indexOf("/assets/") + "/assets/".length());
        Asset a = assets.get(path);
        if (a == null) throw new NotFoundException("No asset " + path);
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(a.type());
        if (ctx.method().name().equals("HEAD")) {
            ctx.header("Content-Length", String.valueOf(a.body().length));
            return;
        }
        ctx.result(a.body());
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new CatalogException("No asset " + resource + " on the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CatalogException("Cannot read asset " + resource, e);
        }
    }
}
