package org.civiccatalog.web.workbench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.TDB2;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.sparql.CatalogSparql;

/**
 * Runs an example of the library on the store as {@code /sparql} would (every named graph as the default graph,
 * the endpoint's default timeout) for the page that shows its results without JavaScript. Only the library's
 * fixed queries run here: anything a visitor writes goes to {@code /sparql}.
 */
public final class ExampleRunner {
    /** Rows an HTML result page shows at most; the CSV and JSON links (through /sparql) give up to the endpoint's limit. */
    public static final int MAX_ROWS = 1000;

    private final CatalogStore store;

    public ExampleRunner(CatalogStore store) {
        this.store = store;
    }

    public ResultTable run(ExampleQuery example) {
        Query q = QueryFactory.create(example.text());
        q.setLimit(q.hasLimit() ? Math.min(q.getLimit(), MAX_ROWS + 1) : MAX_ROWS + 1);
        return store.read(ds -> {
            long timeout = CatalogSparql.DEFAULT_QUERY_TIMEOUT.toMillis();
            try (QueryExec qe = QueryExec.dataset(ds.asDatasetGraph()).query(q).set(TDB2.symUnionDefaultGraph, true)
                    .timeout(timeout, TimeUnit.MILLISECONDS).build()) {
                RowSet rows = qe.select();
                List<String> vars = rows.getResultVars().stream().map(v -> v.getVarName()).toList();
                List<List<Node>> out = new ArrayList<>();
                boolean truncated = false;
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    if (out.size() == MAX_ROWS) {
                        truncated = true;
                        break;
                    }
                    out.add(Arrays.asList(rows.getResultVars().stream().map(b::get).toArray(Node[]::new)));
                }
                return new ResultTable(vars, out, truncated);
            }
        });
    }
}
