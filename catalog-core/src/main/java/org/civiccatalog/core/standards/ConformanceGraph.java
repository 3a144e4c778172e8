package org.civiccatalog.core.standards;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.audit.dqv.QualityGraph;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DQV;
import org.civiccatalog.vocab.PROV;

/**
 * Records conformance checks and suggestions as W3C DQV, in the audit's style (docs/standards.md "Data model"): one
 * graph per dataset, {@code {base}graph/conformance/{source}/{key}}, a {@code dqv:QualityMetadata} replaced at each
 * check, holding one {@code civic:standardConformance} measurement per standard checked (its dqv:value the level's
 * rank 0-3, {@code civic:conformanceLevel} the level) and one {@code civic:standardMatch} measurement per suggestion.
 * The publisher's {@code dct:conformsTo} stays in the record graph, untouched.
 */
public final class ConformanceGraph {
    private static final Node TYPE = RDF.type.asNode();
    private final CatalogIris iris;

    public ConformanceGraph(CatalogIris iris) {
        this.iris = iris;
    }

    /** The dataset's conformance graph: every result must be about {@code datasetIri}. */
    public Graph graph(String datasetIri, List<ConformanceResult> results, List<Suggestion> suggestions) {
        Graph g = GraphFactory.createGraphMem();
        Node ds = NodeFactory.createURI(datasetIri);
        Node graph = NodeFactory.createURI(iris.conformanceGraph(datasetIri));
        g.add(Triple.create(graph, TYPE, DQV.QualityMetadata.asNode()));
        for (ConformanceResult r : results) {
            if (!datasetIri.equals(r.datasetIri()))
                throw new StandardsException("A result about " + r.datasetIri() + " in the graph of " + datasetIri);
            Node m = QualityGraph.measure(g, ds, CIVIC.standardConformance, QualityGraph.integer(r.level().ordinal()));
            g.add(Triple.create(m, CIVIC.conformanceLevel.asNode(), r.level().term().asNode()));
            g.add(Triple.create(m, CIVIC.standard.asNode(), NodeFactory.createURI(r.standard().iri())));
            g.add(Triple.create(m, CIVIC.declaredByPublisher.asNode(), bool(r.declared())));
            g.add(Triple.create(m, CIVIC.fieldName.asNode(), NodeFactory.createLiteralString(r.file())));
            g.add(Triple.create(m, CIVIC.rowsChecked.asNode(), QualityGraph.integer(r.rowsChecked())));
            g.add(Triple.create(m, CIVIC.errorCount.asNode(), QualityGraph.integer(r.errorCount())));
            g.add(Triple.create(m, CIVIC.warningCount.asNode(), QualityGraph.integer(r.warningCount())));
            g.add(Triple.create(m, PROV.generatedAtTime.asNode(),
                    NodeFactory.createLiteralDT(r.checkedAt().toString(), XSDDatatype.XSDdateTime)));
            for (ConformanceFinding f : r.findings()) {
                Node n = NodeFactory.createBlankNode();
                g.add(Triple.create(m, CIVIC.conformanceFinding.asNode(), n));
                g.add(Triple.create(n, CIVIC.ruleId.asNode(), NodeFactory.createLiteralString(f.rule())));
                g.add(Triple.create(n, CIVIC.severity.asNode(), f.severity().term().asNode()));
                g.add(Triple.create(n, CIVIC.message.asNode(), NodeFactory.createLiteralString(f.message())));
                if (!f.field().isEmpty()) g.add(Triple.create(n, CIVIC.fieldName.asNode(), NodeFactory.createLiteralString(f.field())));
                if (f.row() > 0) g.add(Triple.create(n, CIVIC.rowNumber.asNode(), QualityGraph.integer(f.row())));
            }
        }
        for (Suggestion s : suggestions) {
            Node m = QualityGraph.measure(g, ds, CIVIC.standardMatch,
                    NodeFactory.createLiteralDT(java.math.BigDecimal.valueOf(s.score()).toPlainString(), XSDDatatype.XSDdecimal));
            g.add(Triple.create(m, CIVIC.standard.asNode(), NodeFactory.createURI(s.standard().iri())));
            g.add(Triple.create(m, CIVIC.fieldName.asNode(), NodeFactory.createLiteralString(s.file())));
            s.crosswalk().ifPresent(c -> g.add(Triple.create(m, CIVIC.crosswalk.asNode(), NodeFactory.createLiteralString(c))));
        }
        return g;
    }

    /** Replaces the dataset's conformance graph in the store (not a feed change). Returns whether it wrote. */
    public boolean record(CatalogStore store, String datasetIri, List<ConformanceResult> results, List<Suggestion> suggestions) {
        return store.replaceReferenceGraph(iris.conformanceGraph(datasetIri), graph(datasetIri, results, suggestions));
    }

    private static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }
}
