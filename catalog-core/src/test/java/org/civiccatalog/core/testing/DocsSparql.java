package org.civiccatalog.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.tdb2.TDB2;
import org.civiccatalog.core.store.CatalogStore;

/** The SPARQL examples of a docs page, and running one over a store's union graph as {@code /sparql} does. */
public final class DocsSparql {
    private static final Pattern BLOCK = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL);

    private DocsSparql() {}

    /** The {@code ```sparql} blocks of {@code docs/<page>}, in order. */
    public static List<String> examples(String page) throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(Path.of("..", "docs", page)));
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group(1));
        return out;
    }

    public static List<Binding> select(CatalogStore store, String sparql) {
        return store.read(ds -> {
            List<Binding> rows = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(ds.asDatasetGraph()).query(sparql)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                qe.select().forEachRemaining(rows::add);
            }
            return rows;
        });
    }
}
