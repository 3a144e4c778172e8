package org.civiccatalog.core.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.Queries;
import org.civiccatalog.vocab.CIVIC;

/**
 * The verified conformance levels the conformance checks recorded (one graph per dataset,
 * {@code {base}graph/conformance/...}, queries/search-conformance-levels.rq), as the values of the search's
 * {@link Facet#CONFORMANCE} facet: "Open311 GeoReport v2: sample valid". A dataset counts under the level it reached
 * for each standard checked; a dataset never checked has no value. Level "none" (not declared, columns do not match)
 * is no conformance and is left out.
 *
 * <p>The conformance graphs are reference graphs: recording them does not move the store's state version, so
 * {@link #version} names their content and the index is rebuilt when it changes.
 */
final class ConformanceLevels {
    private static final Map<String, String> LEVELS = Map.of(
            CIVIC.levelDeclared.getURI(), "declared",
            CIVIC.levelHeadersMatch.getURI(), "headers match",
            CIVIC.levelSampleValid.getURI(), "sample valid");

    private ConformanceLevels() {}

    /** Each checked dataset's facet values, sorted; read inside the caller's read transaction. */
    static Map<String, List<String>> read(CatalogStore store, Dataset ds) {
        Map<String, List<String>> out = new HashMap<>();
        try (QueryExec qe = QueryExec.dataset(ds.asDatasetGraph()).query(Queries.load("search-conformance-levels"))
                .substitution("prefix", NodeFactory.createLiteralString(store.iris().base() + "graph/conformance/"))
                .substitution("standards", NodeFactory.createURI(store.iris().standardsGraph())).build()) {
            qe.select().forEachRemaining(b -> value(b).ifPresent(v -> {
                List<String> values = out.computeIfAbsent(b.get("dataset").getURI(), k -> new ArrayList<>());
                if (!values.contains(v)) values.add(v);
            }));
        }
        out.values().forEach(v -> v.sort(null));
        return out;
    }

    /** Names what {@link #read} returns now: it differs whenever a dataset's values would. */
    static String version(CatalogStore store) {
        Map<String, List<String>> levels = store.read(ds -> read(store, ds));
        return version(levels);
    }

    /** The version of values {@link #read} returned. */
    static String version(Map<String, List<String>> levels) {
        if (levels.isEmpty()) return "";
        List<String> parts = new ArrayList<>();
        levels.forEach((iri, values) -> parts.add(iri + "\n" + String.join("\n", values)));
        parts.sort(null);
        return levels.size() + ":" + Integer.toHexString(parts.hashCode());
    }

    private static Optional<String> value(Binding b) {
        Node ds = b.get("dataset"), standard = b.get("standard"), level = b.get("level");
        if (ds == null || !ds.isURI() || standard == null || level == null || !level.isURI()) return Optional.empty();
        String name = LEVELS.get(level.getURI());
        if (name == null) return Optional.empty();
        Node title = b.get("title");
        String label = title != null && title.isLiteral() ? title.getLiteralLexicalForm()
                : standard.isURI() ? standard.getURI() : standard.toString();
        return Optional.of(label + ": " + name);
    }
}
