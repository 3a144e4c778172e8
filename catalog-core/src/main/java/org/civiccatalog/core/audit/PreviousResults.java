package org.civiccatalog.core.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.civiccatalog.core.audit.dqv.StoredReport;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.Queries;
import org.civiccatalog.vocab.CIVIC;

/**
 * The results of the latest completed run, as an incremental audit needs them: per dataset, the quality graph
 * holding its results and the digest of their inputs, held in memory (a few hundred bytes a dataset); the stored
 * report itself is read when a dataset's results are reused.
 */
final class PreviousResults {
    /** One dataset's results in the previous run. */
    record Previous(String graph, String inputs) {}

    private final CatalogStore store;
    private final Map<String, Previous> byDataset;

    private PreviousResults(CatalogStore store, Map<String, Previous> byDataset) {
        this.store = store;
        this.byDataset = byDataset;
    }

    /** Nothing to reuse: every dataset is audited (a full audit). */
    static PreviousResults none(CatalogStore store) {
        return new PreviousResults(store, Map.of());
    }

    /** The latest completed run's results; none before the first run (or after runs that stored no inputs). */
    static PreviousResults latest(CatalogStore store) {
        return store.read(ds -> LatestAudit.of(store).map(run -> {
            Map<String, Previous> out = new HashMap<>();
            Map<String, String> graphs = new HashMap<>();   // one String per graph IRI, not one per dataset
            try (QueryExec qe = QueryExec.dataset(ds.asDatasetGraph()).query(Queries.load("audit-previous-inputs"))
                    .substitution("g", NodeFactory.createURI(run.graphIri())).build()) {
                qe.select().forEachRemaining(b -> {
                    if (!b.get("dataset").isURI() || !b.get("rg").isURI()) return;
                    String g = graphs.computeIfAbsent(b.get("rg").getURI(), k -> k);
                    out.put(b.get("dataset").getURI(), new Previous(g, b.get("inputs").getLiteralLexicalForm()));
                });
            }
            return new PreviousResults(store, out);
        }).orElseGet(() -> none(store)));
    }

    Optional<Previous> of(String dataset) {
        return Optional.ofNullable(byDataset.get(dataset));
    }

    int size() {
        return byDataset.size();
    }

    /**
     * The summary stored with a dataset's previous results, read beneath the node cache as the report is; empty for
     * results stored before summaries were.
     */
    Optional<DatasetSummary> summary(String dataset, Previous p) {
        Node g = NodeFactory.createURI(p.graph()), d = NodeFactory.createURI(dataset);
        return store.read(ds -> org.civiccatalog.core.store.UncachedLookup.object(ds.asDatasetGraph(), g, d,
                CIVIC.auditSummary.asNode()).map(n -> DatasetSummary.fromJson(n.getLiteralLexicalForm())));
    }

    /** The report stored with a dataset's previous results (read in a transaction of the calling thread). */
    Optional<StoredReport> report(String dataset, Previous p) {
        Node g = NodeFactory.createURI(p.graph()), d = NodeFactory.createURI(dataset);
        // Read beneath TDB2's node cache: each report is read once per run, and cached they filled the heap.
        return store.read(ds -> org.civiccatalog.core.store.UncachedLookup.object(ds.asDatasetGraph(), g, d,
                CIVIC.auditReport.asNode()).map(n -> StoredReport.fromStored(n.getLiteralLexicalForm())));
    }
}
