package org.civiccatalog.web;

import java.util.concurrent.atomic.AtomicLong;

import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.NotFoundException;
import org.civiccatalog.web.http.NotAcceptableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The one place exceptions become HTTP responses: {@link NotFoundException} 404, {@link InvalidInputException}
 * 400, {@link NotAcceptableException} 406, any other exception 500, and a path no route serves 404. The body is a
 * problem document; a stack
 * trace never leaves the server (500s are logged with an incident number the body quotes).
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.web");
    private static final AtomicLong INCIDENTS = new AtomicLong();
    private static final String PROBLEM = "application/problem+json";

    private ErrorMapping() {}

    static void register(RoutesConfig routes) {
        routes.exception(NotFoundException.class, (e, ctx) -> send(ctx, 404, "Not Found", e.getMessage()));
        routes.exception(InvalidInputException.class, (e, ctx) -> send(ctx, 400, "Bad Request", e.getMessage()));
        routes.exception(NotAcceptableException.class, (e, ctx) -> send(ctx, 406, "Not Acceptable", e.getMessage()));
        routes.exception(CatalogException.class, (e, ctx) -> internal(ctx, e, e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> internal(ctx, e, null));
        routes.error(404, ctx -> {
            // A handler that wrote an error in its own format (Open311's) keeps it.
            if (Boolean.TRUE.equals(ctx.attribute(org.civiccatalog.web.standards.StandardsRoutes.OWN_ERROR_BODY))) return;
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith(PROBLEM)) send(ctx, 404, "Not Found", "Nothing at " + ctx.path());
        });
    }

    private static void internal(Context ctx, Exception e, String detail) {
        long incident = INCIDENTS.incrementAndGet();
        LOG.error("Incident {}: {} {} failed", incident, ctx.method(), ctx.path(), e);
        send(ctx, 500, "Internal Server Error",
                (detail == null ? "The request failed unexpectedly" : detail) + " (incident " + incident + ")");
    }

    private static void send(Context ctx, int status, String title, String detail) {
        if (ctx.res().isCommitted()) {
            // The body is already streaming: the status cannot change any more. The log says what happened.
            LOG.warn("{} {} failed after the response was committed: {}", ctx.method(), ctx.path(), detail);
            return;
        }
        for (String h : new String[] {"ETag", "Last-Modified", "Cache-Control", "Content-Location"}) ctx.removeHeader(h);
        ctx.status(status).contentType(PROBLEM)
           .result(new Problem(status, title, detail == null ? title : detail).toJson());
    }
}
