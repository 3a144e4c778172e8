package org.civiccatalog.core.store;

import java.util.Objects;

import org.apache.jena.graph.Graph;

/**
 * One harvested or imported record, ready to be stored as one named graph: the dataset's description
 * (dataset, distributions, contact, publisher) as {@code graph}, keyed by source and upstream identifier.
 * The store adds the {@code dcat:CatalogRecord} and the source's membership triples.
 */
public record RecordGraph(String sourceId, String upstreamId, String datasetIri, Graph graph) {
    public RecordGraph {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(upstreamId, "upstreamId");
        Objects.requireNonNull(datasetIri, "datasetIri");
        Objects.requireNonNull(graph, "graph");
    }
}
