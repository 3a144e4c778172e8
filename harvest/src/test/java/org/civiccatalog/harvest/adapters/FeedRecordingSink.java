package org.civiccatalog.harvest.adapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestSink;

/** Keeps what an adapter hands over, in order, for the feed adapters' tests (data.json, DCAT RDF, DKAN). */
final class FeedRecordingSink implements HarvestSink {
    /** A delivered dataset and the URL it came from. */
    record Delivered(ImportedDataset dataset, String fromUrl) {
        String upstreamId() {
            return dataset.upstreamId();
        }

        /** The values of {@code p} on the dataset node, lexical forms of literals or IRIs, sorted. */
        List<String> values(Property p) {
            Graph g = dataset.graph();
            return g.find(NodeFactory.createURI(dataset.datasetIri()), p.asNode(), Node.ANY).mapWith(Triple::getObject)
                    .mapWith(o -> o.isLiteral() ? o.getLiteralLexicalForm() : o.toString()).toList()
                    .stream().sorted().toList();
        }

        String value(Property p) {
            List<String> v = values(p);
            if (v.size() != 1) throw new AssertionError(upstreamId() + ": expected one value of " + p + ", got " + v);
            return v.get(0);
        }
    }

    final List<Delivered> datasets = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();

    @Override
    public synchronized void dataset(ImportedDataset dataset, String fromUrl) {
        datasets.add(new Delivered(dataset, fromUrl));
    }

    @Override
    public synchronized void finding(Finding finding) {
        findings.add(finding);
    }

    List<String> ids() {
        return datasets.stream().map(Delivered::upstreamId).toList();
    }

    List<String> values(Property p) {
        return datasets.stream().map(d -> d.value(p)).toList();
    }

    Optional<Delivered> byId(String upstreamId) {
        return datasets.stream().filter(d -> d.upstreamId().equals(upstreamId)).findFirst();
    }

    List<Finding> findings(Finding.Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }
}
