package org.civiccatalog.harvest.run;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.PROV;

/**
 * Writes a harvest run into the store's harvest graph ({base}graph/harvest) as a {@code prov:Activity} with, per
 * source, its outcome, counts, problem and the first findings, so runs are queryable with SPARQL.
 */
final class HarvestLog {
    static final int FINDINGS_RECORDED = 200;

    private HarvestLog() {}

    static String graphName(CatalogStore store) {
        return store.iris().harvestGraph();
    }

    static void record(CatalogStore store, HarvestReport report) {
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        {
            Resource run = m.createResource(report.runIri())
                    .addProperty(RDF.type, PROV.Activity)
                    .addLiteral(PROV.startedAtTime, m.createTypedLiteral(report.started().toString(), XSDDatatype.XSDdateTime))
                    .addLiteral(PROV.endedAtTime, m.createTypedLiteral(report.ended().toString(), XSDDatatype.XSDdateTime));
            for (SourceReport s : report.sources()) {
                Resource src = m.createResource(store.iris().source(s.sourceId()));
                run.addProperty(PROV.used, src);
                Resource r = m.createResource()
                        .addProperty(CIVIC.harvestedSource, src)
                        .addProperty(CIVIC.outcome, s.outcome().name())
                        .addLiteral(CIVIC.createdCount, (long) s.created())
                        .addLiteral(CIVIC.changedCount, (long) s.changed())
                        .addLiteral(CIVIC.unchangedCount, (long) s.unchanged())
                        .addLiteral(CIVIC.returnedCount, (long) s.returned())
                        .addLiteral(CIVIC.withdrawnCount, (long) s.withdrawn())
                        .addLiteral(CIVIC.failedCount, (long) s.failed());
                if (!s.problem().isEmpty()) r.addProperty(CIVIC.problem, s.problem());
                s.findings().stream().limit(FINDINGS_RECORDED).map(Finding::toString).forEach(f -> r.addProperty(CIVIC.finding, f));
                run.addProperty(CIVIC.sourceRun, r);
            }
            report.identity().ifPresent(i -> run.addLiteral(CIVIC.copyCount, (long) i.copies()));
        }
        store.appendToLog(graphName(store), m.getGraph());
    }
}
