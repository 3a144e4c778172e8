package org.civiccatalog.web.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.QueryFactory;
import org.civiccatalog.core.CatalogException;

/**
 * One example of the workbench's library: a {@code .rq} resource under {@code examples/} whose first comment line
 * is its title and whose following comment lines say what it answers.
 *
 * @param id    the file name without {@code .rq}; also the path segment of {@code /workbench/examples/{id}}
 * @param text  the query as written (comments included), sent to {@code /sparql} unchanged
 */
public record ExampleQuery(String id, String title, String about, String text) {

    /** The library, in the order the page lists it. */
    static final List<String> IDS = List.of("datasets-per-department", "overdue-for-refresh", "license-mix",
            "open311-and-lives", "published-on-several-portals");

    private static final List<ExampleQuery> ALL = load();

    public static List<ExampleQuery> all() {
        return ALL;
    }

    public static Optional<ExampleQuery> byId(String id) {
        return ALL.stream().filter(e -> e.id.equals(id)).findFirst();
    }

    private static List<ExampleQuery> load() {
        List<ExampleQuery> out = new ArrayList<>();
        for (String id : IDS) out.add(parse(id, read("examples/" + id + ".rq")));
        return List.copyOf(out);
    }

    static ExampleQuery parse(String id, String text) {
        List<String> comments = text.lines().takeWhile(l -> l.startsWith("#")).map(l -> l.replaceFirst("^#\\s?", "")).toList();
        if (comments.size() < 2) throw new CatalogException("Example " + id + ": the first comment lines must give a title and what it answers");
        QueryFactory.create(text);   // a broken example fails at start, not at a visitor's click
        return new ExampleQuery(id, comments.get(0).strip(), String.join(" ", comments.subList(1, comments.size())).strip(), text);
    }

    private static String read(String path) {
        try (InputStream in = ExampleQuery.class.getResourceAsStream(path)) {
            if (in == null) throw new CatalogException("No example query resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogException("Cannot read example query resource " + path, e);
        }
    }
}
