package org.civiccatalog.core;

import java.util.Objects;

import org.apache.jena.graph.Graph;

/**
 * One dataset read from an input (a data.json entry, or a dataset found in a DCAT RDF file), already in the
 * catalog's own IRIs: {@code graph} describes {@code datasetIri} and everything that hangs off it
 * (distributions, contact point, publisher, temporal and spatial nodes).
 *
 * @param upstreamId the identifier the record is keyed on (data.json {@code identifier}; for RDF the dataset's
 *                   dct:identifier when it is an IRI-less node, else its original IRI)
 * @param position   where in the input it started, for messages ("line 12, column 5" or "dataset[3]")
 */
public record ImportedDataset(String upstreamId, String datasetIri, Graph graph, String position) {
    public ImportedDataset {
        Objects.requireNonNull(upstreamId, "upstreamId");
        Objects.requireNonNull(datasetIri, "datasetIri");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(position, "position");
    }
}
