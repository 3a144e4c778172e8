package org.civiccatalog.web.harvest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.civiccatalog.harvest.run.HarvestScheduler;
import org.civiccatalog.web.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.http.Context;

/**
 * {@code POST /admin/harvest[?source=ID]} with {@code Authorization: Bearer <token>}: starts a harvest on the
 * scheduler's thread and answers 202 with the report's {@code Location}, or 409 while one is going on.
 * No token configured: 403, the admin API is disabled. Missing or wrong token: 401 with
 * {@code WWW-Authenticate: Bearer}. Any other method on {@code /admin/*}: 405.
 */
public final class HarvestAdmin {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.web");
    private static final String PROBLEM = "application/problem+json";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Harvesting harvesting;
    private final String base;

    public HarvestAdmin(Harvesting harvesting, String base) {
        this.harvesting = harvesting;
        this.base = base;
    }

    public void trigger(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        if (harvesting.token().isEmpty()) {
            send(ctx, 403, "Forbidden", "The admin API is disabled: no admin token is configured"
                    + " (--admin-token-file or CATALOG_ADMIN_TOKEN).");
            return;
        }
        String auth = ctx.header("Authorization");
        String presented = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : null;
        if (presented == null || !harvesting.token().get().matches(presented)) {
            LOG.warn("POST {} refused: {} token from {}", ctx.path(), presented == null ? "no" : "a wrong", ctx.ip());
            ctx.header("WWW-Authenticate", "Bearer realm=\"catalog-admin\"");
            send(ctx, 401, "Unauthorized", "This needs the admin token: Authorization: Bearer <token>.");
            return;
        }
        if (harvesting.scheduler().isEmpty()) {
            send(ctx, 409, "Conflict", "No sources are configured (--sources or CATALOG_SOURCES): nothing to harvest.");
            return;
        }
        Optional<String> source = Optional.ofNullable(ctx.queryParam("source")).filter(s -> !s.isEmpty());
        HarvestScheduler.Trigger t;
        try {
            t = harvesting.scheduler().get().trigger(source);
        } catch (IllegalStateException e) {
            send(ctx, 503, "Service Unavailable", "The catalog is stopping: no new harvest.");
            return;
        }
        switch (t.status()) {
            case NO_SOURCES -> send(ctx, 409, "Conflict", "The sources file names no source: nothing to harvest.");
            case UNKNOWN_SOURCE -> send(ctx, 404, "Not Found", "No source \"" + source.orElse("") + "\" in the sources file.");
            case BUSY -> {
                t.runIri().ifPresent(r -> ctx.header("Location", reportUrl(r)));
                send(ctx, 409, "Conflict", "A harvest is going on" + t.runIri().map(r -> " (" + r + ")").orElse("")
                        + ": try again when it has ended.");
            }
            case ACCEPTED -> {
                String run = t.runIri().orElseThrow();
                String report = reportUrl(run);
                LOG.info("Harvest {} of {} started by the admin API", run, source.orElse("every source"));
                var body = new java.util.LinkedHashMap<String, Object>();
                body.put("run", run);
                body.put("report", report);
                body.put("source", source.orElse(null));
                ctx.status(202).header("Location", report).contentType("application/json").result(json(body));
            }
        }
    }

    /** Any other method on /admin/*. */
    public void notAllowed(Context ctx) {
        ctx.header("Allow", "POST");
        send(ctx, 405, "Method Not Allowed", "The admin API takes POST only.");
    }

    private String reportUrl(String runIri) {
        return base + "harvest.json?run=" + URLEncoder.encode(runIri, StandardCharsets.UTF_8);
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(Context ctx, int status, String title, String detail) {
        ctx.status(status).contentType(PROBLEM).result(new Problem(status, title, detail).toJson());
    }
}
