package org.civiccatalog.web.standards;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.civiccatalog.core.standards.ColumnInfo;
import org.civiccatalog.core.standards.Conformance;
import org.civiccatalog.core.standards.ConformanceChecker;
import org.civiccatalog.core.standards.ConformanceGraph;
import org.civiccatalog.core.standards.ConformanceLevel;
import org.civiccatalog.core.standards.ConformanceResult;
import org.civiccatalog.core.standards.Crosswalk;
import org.civiccatalog.core.standards.CrosswalkRun;
import org.civiccatalog.core.standards.CsvRows;
import org.civiccatalog.core.standards.DatasetConformance;
import org.civiccatalog.core.standards.Row;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.harvest.standards.CsvCache;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DQV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What follows a harvest for the standards views: the source datasets' conformance checked against their CSV's header
 * and a sample of its rows (recorded as DQV in the store: a suggested standard for a dataset that declares none), the
 * derived datasets rewritten with their sources' new modified dates, and the crosswalks linked from the source
 * distributions ({@link CrosswalkCatalog}). A failure is logged: the harvest stands. Runs after {@code serve}'s
 * harvests and after {@code ./catalog harvest}.
 *
 * <p>A dataset that declares a standard its view's crosswalk maps it to (MyLA311's CSV declaring Open311) is verified
 * through the crosswalk: a sample of the crosswalk's output rows is checked against the standard's file, and the
 * measurement names the crosswalk ({@code civic:crosswalk}). Its own columns are not the standard's, so checked
 * directly it would stay {@code DECLARED}; the better of the two levels is recorded.
 */
public final class StandardsAfterHarvest {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.standards");

    private StandardsAfterHarvest() {}

    /** What one run did: datasets checked, datasets whose check failed (not harvested ones are not counted). */
    public record Summary(int checked, int failed) {
        public String line() {
            return "standards: " + checked + " source datasets checked for conformance"
                    + (failed == 0 ? "" : ", " + failed + " not checked (see the log)");
        }
    }

    public static Summary run(CatalogStore store, StandardsViews views) {
        int checked = 0, failed = 0;
        Conformance conformance = Conformance.defaults(store);
        ConformanceChecker checker = ConformanceChecker.defaults();
        for (StandardsView v : views.all()) {
            for (Map.Entry<String, StandardsView.Input> e : v.inputs().entrySet()) {
                StandardsView.Input in = e.getValue();
                Optional<Graph> record = store.recordGraphOfDataset(in.datasetIri());
                if (record.isEmpty()) continue;
                try {
                    CsvCache.Cached csv = in.current();
                    List<String> header;
                    try (CsvRows rows = CsvRows.open(csv.file())) {
                        header = rows.header();
                    }
                    var declared = Conformance.declared(record.get(), NodeFactory.createURI(in.datasetIri()));
                    DatasetConformance direct = conformance.check(in.datasetIri(), declared, ColumnInfo.fromHeader(header),
                            () -> CsvRows.open(csv.file()));
                    List<ConformanceResult> results = new ArrayList<>();
                    Map<String, String> through = new LinkedHashMap<>();   // standard IRI -> crosswalk id
                    for (ConformanceResult r : direct.results()) {
                        Optional<ConformanceResult> mapped = r.level().ordinal() >= ConformanceLevel.SAMPLE_VALID.ordinal()
                                ? Optional.empty() : throughCrosswalk(v, e.getKey(), r, checker);
                        if (mapped.isPresent() && mapped.get().level().ordinal() > r.level().ordinal()) {
                            results.add(mapped.get());
                            through.put(r.standard().iri(), v.crosswalk().id());
                        } else results.add(r);
                    }
                    Graph g = new ConformanceGraph(store.iris()).graph(in.datasetIri(), results, direct.suggestions());
                    markCrosswalk(g, through);
                    store.replaceReferenceGraph(store.iris().conformanceGraph(in.datasetIri()), g);
                    LOG.info("Conformance of {}: {} results ({} through the crosswalk), {} suggestions", in.datasetIri(),
                            results.size(), through.size(), direct.suggestions().size());
                    checked++;
                } catch (RuntimeException x) {
                    failed++;
                    LOG.warn("Conformance of {} not checked: {}", in.datasetIri(), x.getMessage());
                }
            }
        }
        try {
            DerivedDatasets.publish(store, views);
        } catch (RuntimeException x) {
            LOG.warn("Derived standards datasets not written: {}", x.getMessage());
        }
        try {
            new CrosswalkCatalog(store.iris()).publish(store, views);
        } catch (RuntimeException x) {
            LOG.warn("Crosswalk links not written: {}", x.getMessage());
        }
        return new Summary(checked, failed);
    }

    /**
     * The declared standard checked on the crosswalk's output made from this input (the output of that standard read
     * from it, one row per source row): a sample of mapped rows, their fields as columns.
     */
    static Optional<ConformanceResult> throughCrosswalk(StandardsView v, String input, ConformanceResult direct,
                                                        ConformanceChecker checker) {
        Crosswalk cw = v.crosswalk();
        Optional<Crosswalk.Output> out = cw.outputs().values().stream()
                .filter(o -> o.standard().id().equals(direct.standard().id()) && o.from().equals(Optional.of(input)))
                .min(java.util.Comparator.comparing((Crosswalk.Output o) -> !o.distinct().isEmpty()).thenComparing(Crosswalk.Output::name));
        if (out.isEmpty()) return Optional.empty();
        Map<String, Path> files = new LinkedHashMap<>();
        v.inputs().forEach((name, i) -> files.put(name, i.current().file()));
        CrosswalkRun run = new CrosswalkRun(cw, name -> CsvRows.open(files.get(name)), Clock.systemUTC());
        List<Row> rows = new ArrayList<>();
        run.runWhile(out.get().name(), m -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (String f : m.values().keySet()) values.put(f, m.text(f));
            rows.add(new Row(rows.size() + 1, values));
            return rows.size() < ConformanceChecker.DEFAULT_SAMPLE_ROWS;
        });
        List<String> header = new ArrayList<>(out.get().fields().keySet());
        return Optional.of(checker.check(direct.datasetIri(), direct.standard(), out.get().file(), true,
                ColumnInfo.fromHeader(header), rows.iterator()));
    }

    /** Names the crosswalk on the measurements of the standards verified through it. */
    private static void markCrosswalk(Graph g, Map<String, String> through) {
        for (Map.Entry<String, String> t : through.entrySet())
            for (Triple m : g.find(Node.ANY, CIVIC.standard.asNode(), NodeFactory.createURI(t.getKey())).toList())
                if (g.contains(m.getSubject(), DQV.isMeasurementOf.asNode(), CIVIC.standardConformance.asNode()))
                    g.add(Triple.create(m.getSubject(), CIVIC.crosswalk.asNode(), NodeFactory.createLiteralString(t.getValue())));
    }
}
