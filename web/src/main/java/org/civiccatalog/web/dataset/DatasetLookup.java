package org.civiccatalog.web.dataset;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.web.http.Representation;

/**
 * Finds what a request path under {@code dataset/} names: a dataset ({@code {source}/{key}}) or one of its
 * distributions ({@code {source}/{key}/distribution/{n}}), optionally with a format suffix ({@code .ttl},
 * {@code .jsonld}, {@code .rdf}, {@code .nt}, {@code .html}). IRIs are built from the base IRI, never from the
 * request's host. A key that itself ends in a suffix-like string wins over the suffix reading.
 */
public final class DatasetLookup {
    private static final Pattern DISTRIBUTION = Pattern.compile("([1-9][0-9]{0,8})(?:\\.([a-z]+))?");

    private final CatalogStore store;

    public DatasetLookup(CatalogStore store) {
        this.store = store;
    }

    /**
     * @param iri          the resource asked for (the dataset, or the distribution)
     * @param datasetIri   its dataset
     * @param format       the representation fixed by a suffix, if any
     * @param recordGraph  the dataset's whole record graph
     */
    public record Target(String iri, String datasetIri, Optional<Representation> format, Graph recordGraph) {}

    public Optional<Target> dataset(String source, String key) {
        if (!CatalogIris.isValidSourceId(source)) return Optional.empty();
        String prefix = store.iris().base() + "dataset/" + source + "/";
        Optional<Target> exact = target(prefix + key, Optional.empty());
        if (exact.isPresent()) return exact;
        int dot = key.lastIndexOf('.');
        if (dot <= 0) return Optional.empty();
        Optional<Representation> format = bySuffix(key.substring(dot + 1));
        return format.flatMap(f -> target(prefix + key.substring(0, dot), format));
    }

    public Optional<Target> distribution(String source, String key, String n) {
        Matcher m = DISTRIBUTION.matcher(n);
        if (!m.matches() || !CatalogIris.isValidSourceId(source)) return Optional.empty();
        Optional<Representation> format = m.group(2) == null ? Optional.empty() : bySuffix(m.group(2));
        if (m.group(2) != null && format.isEmpty()) return Optional.empty();
        String datasetIri = store.iris().base() + "dataset/" + source + "/" + key;
        Node dist = NodeFactory.createURI(datasetIri + "/distribution/" + m.group(1));
        return store.recordGraphOfDataset(datasetIri)
                .filter(g -> g.contains(dist, Node.ANY, Node.ANY))
                .map(g -> new Target(dist.getURI(), datasetIri, format, g));
    }

    private Optional<Target> target(String datasetIri, Optional<Representation> format) {
        return store.recordGraphOfDataset(datasetIri).map(g -> new Target(datasetIri, datasetIri, format, g));
    }

    private static Optional<Representation> bySuffix(String suffix) {
        return Representation.RDF_AND_HTML.stream().filter(r -> r.suffix().equals(suffix)).findFirst();
    }
}
