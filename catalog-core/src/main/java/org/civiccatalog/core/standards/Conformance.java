package org.civiccatalog.core.standards;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;

/**
 * Checks datasets of the store against the standards they declare, suggests the ones they match without declaring,
 * and records both in the dataset's conformance graph (docs/standards.md "Conformance"). Declared standards are the
 * {@code dct:conformsTo} values of the dataset and of its distributions, matched against the registry's aliases.
 */
public final class Conformance {
    private final StandardsRegistry registry;
    private final ConformanceChecker checker;
    private final StandardSuggester suggester;

    public Conformance(StandardsRegistry registry, ConformanceChecker checker, StandardSuggester suggester) {
        this.registry = registry;
        this.checker = checker;
        this.suggester = suggester;
    }

    /** The bundled registry, default sample size, bundled crosswalks for suggestions. */
    public static Conformance defaults(CatalogStore store) {
        StandardsRegistry r = StandardsRegistry.bundled(store.iris());
        return new Conformance(r, ConformanceChecker.defaults(), StandardSuggester.bundled(r));
    }

    /** The {@code dct:conformsTo} values of a dataset and its distributions, as published (IRIs or text). */
    public static Set<String> declared(Graph record, Node dataset) {
        Set<String> out = new TreeSet<>();
        List<Node> subjects = new ArrayList<>(List.of(dataset));
        record.find(dataset, DCAT.distribution.asNode(), Node.ANY).forEachRemaining(t -> subjects.add(t.getObject()));
        for (Node s : subjects)
            record.find(s, DCTERMS.conformsTo.asNode(), Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if (o.isURI()) out.add(o.getURI());
                else if (o.isLiteral()) out.add(o.getLiteralLexicalForm());
                else record.find(o, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY)
                        .forEachRemaining(l -> out.add(l.getObject().getLiteralLexicalForm()));
            });
        return out;
    }

    /**
     * Checks a dataset held in the store and records the outcome.
     *
     * @param columns the dataset's columns (a CSV header), or empty to use the Socrata column metadata of its record
     * @param sample  opens rows of the dataset for the sample check (only called when some headers match), or null
     */
    public DatasetConformance check(CatalogStore store, String datasetIri, List<ColumnInfo> columns, Supplier<Rows> sample) {
        Graph record = store.recordGraphOfDataset(datasetIri)
                .orElseThrow(() -> new CatalogException("No dataset " + datasetIri + " in the store"));
        Node ds = NodeFactory.createURI(datasetIri);
        List<ColumnInfo> cols = columns.isEmpty() ? ColumnInfo.fromSocrataRecord(record, ds) : columns;
        DatasetConformance result = check(datasetIri, declared(record, ds), cols, sample);
        new ConformanceGraph(store.iris()).record(store, datasetIri, result.results(), result.suggestions());
        return result;
    }

    /** The same, without a store: declared values and columns given. */
    public DatasetConformance check(String datasetIri, Set<String> declared, List<ColumnInfo> columns, Supplier<Rows> sample) {
        Map<String, Standard> standards = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String d : declared) {
            Optional<Standard> s = registry.find(d);
            if (s.isPresent()) standards.putIfAbsent(s.get().id(), s.get());
            else unknown.add(d);
        }
        List<ConformanceResult> results = new ArrayList<>();
        for (Standard s : standards.values()) {
            FileSpec file = columns.isEmpty() ? s.files().get(0) : ConformanceChecker.bestFile(s, columns);
            boolean headersMatch = !columns.isEmpty() && new FieldChecks(file, columns).header(columns).stream().noneMatch(ConformanceFinding::isError);
            if (headersMatch && sample != null) {
                try (Rows rows = sample.get()) {
                    results.add(checker.check(datasetIri, s, file, true, columns, rows));
                }
            } else results.add(checker.check(datasetIri, s, file, true, columns, emptyRows()));
        }
        List<Suggestion> suggestions = columns.isEmpty() ? List.of()
                : suggester.suggest(columns).stream().filter(x -> !standards.containsKey(x.standard().id())).toList();
        return new DatasetConformance(datasetIri, unknown, results, suggestions);
    }

    private static Iterator<Row> emptyRows() {
        return java.util.Collections.emptyIterator();
    }
}
