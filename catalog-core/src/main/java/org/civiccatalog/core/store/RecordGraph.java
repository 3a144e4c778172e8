package org.civiccatalog.core.store;

import java.util.Objects;

import org.apache.jena.graph.Graph;

/**
 * One harvested or imported record, ready to be stored as one named graph: the dataset's description
 * (dataset, distributions, contact, publisher) as {@code graph}, keyed by source and upstream identifier.
 * The store adds the {@code dcat:CatalogRecord} and the source's membership triples.
 */
public record RecordGraph(String sourceId, String upstreamId, String datasetIri, Graph graph,
                          java.util.Optional<String> contentHash, java.util.Optional<String> harvestedFrom,
                          java.util.Optional<String> generatedBy) {
    public RecordGraph {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(upstreamId, "upstreamId");
        Objects.requireNonNull(datasetIri, "datasetIri");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(harvestedFrom, "harvestedFrom");
        Objects.requireNonNull(generatedBy, "generatedBy");
    }

    /** A record without a content hash or origin URL (file imports). */
    public RecordGraph(String sourceId, String upstreamId, String datasetIri, Graph graph) {
        this(sourceId, upstreamId, datasetIri, graph, java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty());
    }

    /** The same record, carrying the hash of its canonical content and the URL it was harvested from. */
    public RecordGraph withHarvest(String hash, String url) {
        return new RecordGraph(sourceId, upstreamId, datasetIri, graph, java.util.Optional.of(hash),
                java.util.Optional.ofNullable(url), generatedBy);
    }

    /** The same record, carrying the hash of its content (a file import: no URL it was harvested from). */
    public RecordGraph withContentHash(String hash) {
        return new RecordGraph(sourceId, upstreamId, datasetIri, graph, java.util.Optional.of(hash), harvestedFrom,
                generatedBy);
    }

    /** The same record, naming the harvest run (a prov:Activity) that wrote this version of it. */
    public RecordGraph generatedBy(String runIri) {
        return new RecordGraph(sourceId, upstreamId, datasetIri, graph, contentHash, harvestedFrom,
                java.util.Optional.of(runIri));
    }

    /** The dataset a stored record graph describes: the primary topic of its {@code dcat:CatalogRecord}. */
    public static java.util.Optional<String> datasetOf(Graph record) {
        var records = record.find(org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                org.civiccatalog.vocab.DCAT.CatalogRecord.asNode());
        while (records.hasNext()) {
            var topics = record.find(records.next().getSubject(), org.civiccatalog.vocab.FOAF.primaryTopic.asNode(),
                    org.apache.jena.graph.Node.ANY);
            while (topics.hasNext()) {
                var o = topics.next().getObject();
                if (o.isURI()) return java.util.Optional.of(o.getURI());
            }
        }
        return java.util.Optional.empty();
    }
}
