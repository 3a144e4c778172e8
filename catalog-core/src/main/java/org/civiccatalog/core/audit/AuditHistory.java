package org.civiccatalog.core.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.Queries;

/** The audit runs kept in the store, for trends (queries/audit-trend.rq). */
public final class AuditHistory {
    private AuditHistory() {}

    /** One completed run: when it ended, how many datasets it audited, the region's mean score. */
    public record Run(String runIri, Instant ended, long datasets, double meanScore) {}

    /** Every completed run, oldest first. A run that did not finish has no end time and is not listed. */
    public static List<Run> runs(CatalogStore store) {
        return store.read(ds -> {
            List<Run> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(ds.asDatasetGraph()).query(Queries.load("audit-trend"))
                    .substitution("catalog", NodeFactory.createURI(store.iris().catalog())).build()) {
                qe.select().forEachRemaining(b -> out.add(new Run(b.get("run").getURI(),
                        Instant.parse(b.get("end").getLiteralLexicalForm()),
                        Long.parseLong(b.get("datasets").getLiteralLexicalForm()),
                        Double.parseDouble(b.get("score").getLiteralLexicalForm()))));
            }
            return out;
        });
    }
}
