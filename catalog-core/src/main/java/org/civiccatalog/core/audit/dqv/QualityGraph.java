package org.civiccatalog.core.audit.dqv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.audit.DatasetReport;
import org.civiccatalog.core.audit.Finding;
import org.civiccatalog.core.audit.checklist.LaArea;
import org.civiccatalog.core.audit.mqa.Dimension;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DQV;
import org.civiccatalog.vocab.PV;

/**
 * Writes the audit's results as W3C DQV (docs/audit.md "Data model"). Per dataset: a measurement of pv:scoring and of
 * each pv:*Scoring dimension and each LA area below full marks, of civic:daysOverdue and civic:pendingPoints when they apply,
 * and one measurement with value false per error or warning finding, of the finding's rule (a dqv:Metric), carrying its message, fix
 * points and focus node. Measurements are blank nodes: they are only ever reached through what they are computed on.
 */
public final class QualityGraph {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node FALSE = NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);
    private final CatalogIris iris;

    public QualityGraph(CatalogIris iris) {
        this.iris = iris;
    }

    /** The triples of one dataset's report. */
    public void dataset(DatasetReport r, Graph g) {
        Node ds = NodeFactory.createURI(r.datasetIri());
        // Only the dataset's score is typed dqv:QualityMeasurement; its other measurements (a quarter of the run's
        // triples were these types) are measurements by the domain of dqv:computedOn, isMeasurementOf and value.
        measure(g, ds, PV.scoring, decimal(r.mqa().total()));
        // A dimension or LA area at full marks is not written: no query or page reads them per dataset, a third of a
        // dataset's triples were these, and an absent one reads as full marks (docs/audit.md "Data model").
        for (Dimension d : Dimension.values())
            if (belowFullMarks(r.mqa().dimension(d), d.max())) untyped(g, ds, d.scoring().asNode(), decimal(r.mqa().dimension(d)));
        if (r.mqa().pendingPoints() > 0) untyped(g, ds, CIVIC.pendingPoints.asNode(), decimal(r.mqa().pendingPoints()));
        for (Map.Entry<LaArea, org.civiccatalog.core.audit.checklist.LaChecklist.AreaResult> a : r.checklist().areas().entrySet())
            a.getValue().score().filter(s -> belowFullMarks(s, 1.0))
                    .ifPresent(s -> untyped(g, ds, a.getKey().metric().asNode(), decimal(s)));
        r.freshness().daysOverdue().ifPresent(d -> untyped(g, ds, CIVIC.daysOverdue.asNode(), integer(d)));
        for (Finding f : r.findings()) {
            // Info findings (questions for the steward, links not checked yet) stay in the report and the CSV: they
            // are not measurements, and the pending points are (civic:pendingPoints).
            if (f.severity() == org.civiccatalog.core.audit.Severity.INFO) continue;
            Node m = untyped(g, ds, NodeFactory.createURI(iris.auditRule(f.ruleId())), FALSE);
            g.add(Triple.create(m, CIVIC.message.asNode(), NodeFactory.createLiteralString(f.message())));
            if (f.fixPoints() > 0) g.add(Triple.create(m, CIVIC.fixPoints.asNode(), decimal(f.fixPoints())));
            f.focusNode().ifPresent(n -> g.add(Triple.create(m, CIVIC.focusNode.asNode(), node(n))));
        }
    }

    /**
     * What an incremental audit needs to reuse a dataset's results in a later run, beside them: the digest of their
     * inputs, the whole report (with the link results it was given) and its summary (what a run without a CSV reads).
     */
    public void stored(Graph g, String dataset, String inputs, String reportJson, String summaryJson) {
        Node ds = NodeFactory.createURI(dataset);
        g.add(Triple.create(ds, CIVIC.auditInputs.asNode(), NodeFactory.createLiteralString(inputs)));
        g.add(Triple.create(ds, CIVIC.auditReport.asNode(), NodeFactory.createLiteralString(reportJson)));
        g.add(Triple.create(ds, CIVIC.auditSummary.asNode(), NodeFactory.createLiteralString(summaryJson)));
    }

    /** In a run's graph: where the dataset's results in that run are (the run's own graph, or an earlier run's). */
    public void results(Graph g, String dataset, String resultsGraph) {
        g.add(Triple.create(NodeFactory.createURI(dataset), CIVIC.auditResults.asNode(), NodeFactory.createURI(resultsGraph)));
    }

    /** Whether a score, as stored (two decimals), is below the maximum. */
    static boolean belowFullMarks(double score, double max) {
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).compareTo(BigDecimal.valueOf(max)) < 0;
    }

    /** One measurement; returns its node. */
    public static Node measure(Graph g, Node on, Resource metric, Node value) {
        return measure(g, on, metric.asNode(), value);
    }

    public static Node measure(Graph g, Node on, Node metric, Node value) {
        Node m = untyped(g, on, metric, value);
        g.add(Triple.create(m, TYPE, DQV.QualityMeasurement.asNode()));
        return m;
    }

    /** A measurement without its rdf:type triple (DQV's domains say what it is). */
    private static Node untyped(Graph g, Node on, Node metric, Node value) {
        Node m = NodeFactory.createBlankNode();
        g.add(Triple.create(m, DQV.computedOn.asNode(), on));
        g.add(Triple.create(m, DQV.isMeasurementOf.asNode(), metric));
        g.add(Triple.create(m, DQV.value.asNode(), value));
        return m;
    }

    /** The run: a prov:Activity and civic:AuditRun that generated the quality graph. */
    public void run(Graph g, String runId, Instant started, Instant ended, long datasets) {
        Node run = NodeFactory.createURI(iris.auditRun(runId));
        Node graph = NodeFactory.createURI(iris.auditGraph(runId));
        g.add(Triple.create(run, TYPE, org.civiccatalog.vocab.PROV.Activity.asNode()));
        g.add(Triple.create(run, TYPE, CIVIC.AuditRun.asNode()));
        g.add(Triple.create(run, org.civiccatalog.vocab.PROV.startedAtTime.asNode(), dateTime(started)));
        g.add(Triple.create(run, org.civiccatalog.vocab.PROV.endedAtTime.asNode(), dateTime(ended)));
        g.add(Triple.create(run, org.civiccatalog.vocab.PROV.used.asNode(), NodeFactory.createURI(iris.catalog())));
        g.add(Triple.create(run, org.civiccatalog.vocab.PROV.generated.asNode(), graph));
        g.add(Triple.create(run, CIVIC.datasetCount.asNode(), integer(datasets)));
        g.add(Triple.create(graph, TYPE, DQV.QualityMetadata.asNode()));
        g.add(Triple.create(graph, org.civiccatalog.vocab.PROV.wasGeneratedBy.asNode(), run));
    }

    /** A rule as a dqv:Metric: its id, severity, property and dimension, and what it checks. */
    public void rule(Graph g, String ruleId, org.civiccatalog.core.audit.DatasetSummary.RuleUse example, Resource dimension,
                     Optional<String> comment) {
        Node rule = NodeFactory.createURI(iris.auditRule(ruleId));
        g.add(Triple.create(rule, TYPE, DQV.Metric.asNode()));
        g.add(Triple.create(rule, CIVIC.ruleId.asNode(), NodeFactory.createLiteralString(ruleId)));
        g.add(Triple.create(rule, CIVIC.severity.asNode(), example.severity().term().asNode()));
        g.add(Triple.create(rule, CIVIC.onProperty.asNode(), property(example.property())));
        g.add(Triple.create(rule, DQV.inDimension.asNode(), dimension.asNode()));
        g.add(Triple.create(rule, DQV.expectedDataType.asNode(), NodeFactory.createURI(XSDDatatype.XSDboolean.getURI())));
        comment.ifPresent(c -> g.add(Triple.create(rule, RDFS.comment.asNode(), NodeFactory.createLiteralString(c))));
    }

    /** A CURIE of a registered prefix as its IRI; a data.json path (or anything else) as text. */
    static Node property(String p) {
        int colon = p.indexOf(':');
        if (colon > 0 && !p.contains("//")) {
            Optional<String> ns = org.civiccatalog.vocab.Prefixes.namespace(p.substring(0, colon));
            if (ns.isPresent()) return NodeFactory.createURI(ns.get() + p.substring(colon + 1));
        }
        return NodeFactory.createLiteralString(p);
    }

    private static Node node(String s) {
        return s.startsWith("http://") || s.startsWith("https://") ? NodeFactory.createURI(s) : NodeFactory.createLiteralString(s);
    }

    public static Node decimal(double v) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                XSDDatatype.XSDdecimal);
    }

    public static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }
}
