package org.civiccatalog.core.audit;

import java.time.Instant;
import java.util.Optional;

import org.apache.jena.sparql.exec.QueryExec;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.Queries;

/**
 * The latest completed audit run (queries/audit-latest-run.rq): what the dashboard and the search's quality facet
 * read from.
 *
 * @param runIri   {@code {base}audit/run/{run}}
 * @param graphIri its quality graph {@code {base}graph/audit/{run}}
 */
public record LatestAudit(String runIri, String graphIri, Instant ended, long datasets) {

    /** The latest run; empty before any audit completed. Reads in the caller's transaction when there is one. */
    public static Optional<LatestAudit> of(CatalogStore store) {
        return store.read(ds -> {
            try (QueryExec qe = QueryExec.dataset(ds.asDatasetGraph()).query(Queries.load("audit-latest-run")).build()) {
                var rows = qe.select();
                if (!rows.hasNext()) return Optional.empty();
                var b = rows.next();
                return Optional.of(new LatestAudit(b.get("run").getURI(), b.get("g").getURI(),
                        Instant.parse(b.get("end").getLiteralLexicalForm()), Long.parseLong(b.get("datasets").getLiteralLexicalForm())));
            }
        });
    }

    /** The run id: the last path segment of the run IRI. */
    public String runId() {
        return runIri.substring(runIri.lastIndexOf('/') + 1);
    }
}
