package org.civiccatalog.core.audit;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.civiccatalog.core.search.QualityScores;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.Queries;

/**
 * The search's quality scores from the latest audit run stored (queries/audit-dataset-scores.rq): each dataset's MQA
 * score and its rating band. The version is the latest run's IRI, so a new audit run makes the search rebuild its
 * index; before any audit, no scores (the quality facet is empty and "sort by quality" falls back to relevance).
 */
public final class AuditQualityScores implements QualityScores {
    private final CatalogStore store;

    public AuditQualityScores(CatalogStore store) {
        this.store = store;
    }

    /** The latest run's IRI, or "" before any audit. One small query: the search asks every second. */
    @Override
    public String version() {
        return LatestAudit.of(store).map(LatestAudit::runIri).orElse("");
    }

    @Override
    public Map<String, DatasetQuality> scores() {
        return store.read(ds -> {
            Map<String, DatasetQuality> out = new HashMap<>();
            LatestAudit.of(store).ifPresent(run -> {
                try (QueryExec qe = QueryExec.dataset(ds.asDatasetGraph()).query(Queries.load("audit-dataset-scores"))
                        .substitution("g", NodeFactory.createURI(run.graphIri())).build()) {
                    qe.select().forEachRemaining(b -> {
                        if (!b.get("dataset").isURI()) return;
                        double score = Double.parseDouble(b.get("score").getLiteralLexicalForm());
                        out.put(b.get("dataset").getURI(), new DatasetQuality(score, Band.of(score).label()));
                    });
                }
            });
            return out;
        });
    }
}
