package org.civiccatalog.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.civiccatalog.core.CatalogException;

/** Fixed SPARQL queries, kept as {@code .rq} resources and parsed once. Values are bound, never spliced. */
public final class Queries {
    private static final ConcurrentHashMap<String, Query> CACHE = new ConcurrentHashMap<>();

    private Queries() {}

    /** A fresh copy of the named query ({@code queries/NAME.rq}), safe to modify (limit, offset). */
    public static Query load(String name) {
        return CACHE.computeIfAbsent(name, Queries::parse).cloneQuery();
    }

    /** The text of a query resource, e.g. for documentation or tests. */
    public static String text(String name) {
        String path = "/org/civiccatalog/core/queries/" + name + ".rq";
        try (InputStream in = Queries.class.getResourceAsStream(path)) {
            if (in == null) throw new CatalogException("No query resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogException("Cannot read query resource " + path, e);
        }
    }

    private static Query parse(String name) {
        return QueryFactory.create(text(name));
    }
}
