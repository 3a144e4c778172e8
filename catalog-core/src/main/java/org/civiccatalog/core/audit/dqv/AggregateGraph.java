package org.civiccatalog.core.audit.dqv;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.audit.Aggregate;
import org.civiccatalog.core.audit.Band;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.FOAF;
import org.civiccatalog.vocab.PV;

/**
 * The aggregates of a run as DQV: on the region (the federated catalog), each jurisdiction, source and department, a
 * measurement of pv:scoring whose value is the mean score, with the dataset count, band counts, overdue datasets and
 * finding counts on it; one measurement per dimension (mean) and per LA area (mean share).
 */
public final class AggregateGraph {
    private AggregateGraph() {}

    public static void write(Graph g, List<Aggregate> aggregates, CatalogIris iris) {
        for (Aggregate a : aggregates) {
            Node on = NodeFactory.createURI(a.subject());
            switch (a.kind()) {
                case DEPARTMENT -> g.add(Triple.create(on, FOAF.name.asNode(), NodeFactory.createLiteralString(a.key())));
                case JURISDICTION -> g.add(Triple.create(on, CIVIC.jurisdiction.asNode(), NodeFactory.createLiteralString(a.key())));
                default -> { }
            }
            g.add(Triple.create(on, RDFS.label.asNode(), NodeFactory.createLiteralString(a.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + a.key())));
            Node m = QualityGraph.measure(g, on, PV.scoring, QualityGraph.decimal(a.meanScore()));
            g.add(Triple.create(m, CIVIC.datasetCount.asNode(), QualityGraph.integer(a.datasets())));
            g.add(Triple.create(m, CIVIC.excellentCount.asNode(), QualityGraph.integer(a.band(Band.EXCELLENT))));
            g.add(Triple.create(m, CIVIC.goodCount.asNode(), QualityGraph.integer(a.band(Band.GOOD))));
            g.add(Triple.create(m, CIVIC.sufficientCount.asNode(), QualityGraph.integer(a.band(Band.SUFFICIENT))));
            g.add(Triple.create(m, CIVIC.badCount.asNode(), QualityGraph.integer(a.band(Band.BAD))));
            g.add(Triple.create(m, CIVIC.overdueCount.asNode(), QualityGraph.integer(a.overdue())));
            g.add(Triple.create(m, CIVIC.errorCount.asNode(), QualityGraph.integer(a.errors())));
            g.add(Triple.create(m, CIVIC.warningCount.asNode(), QualityGraph.integer(a.warnings())));
            a.meanDimensions().forEach((d, v) -> QualityGraph.measure(g, on, d.scoring(), QualityGraph.decimal(v)));
            a.meanChecklist().forEach((area, v) -> QualityGraph.measure(g, on, area.metric(), QualityGraph.decimal(v)));
        }
    }
}
