package org.civiccatalog.core.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.audit.dqv.AggregateGraph;
import org.civiccatalog.core.audit.dqv.BatchWriter;
import org.civiccatalog.core.audit.dqv.QualityGraph;
import org.civiccatalog.core.audit.dqv.StoredLinkResults;
import org.civiccatalog.core.audit.dqv.StoredReport;
import org.civiccatalog.core.audit.mqa.Indicator;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.PV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metadata audit's entry point: audits every active record of the store (withdrawn ones are left out), streaming (records
 * audited on a small pool while the scan goes on, a bounded number in flight, results taken in record order),
 * writes the results as DQV into a new quality graph {@code {base}graph/audit/{run}} (earlier runs are kept, for
 * trends), and returns the summary. Runnable after each harvest: {@code Audit.run(store)}.
 */
public final class Audit {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.audit");
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** The MQA indicators' general fixes by rule id (asked for every CSV row). */
    private static final Map<String, String> HOW_TO_FIX = java.util.Arrays.stream(Indicator.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Indicator::ruleId, Indicator::howToFix));

    private Audit() {}

    /** Audits the whole store with the default options, and stores the run. */
    public static AuditSummary run(CatalogStore store) {
        return run(store, AuditOptions.defaults(), r -> {});
    }

    /** Audits the whole store, handing each dataset's report to {@code listener} (e.g. a CSV writer) as it goes. */
    public static AuditSummary run(CatalogStore store, AuditOptions options, Consumer<DatasetReport> listener) {
        Instant started = options.clock().instant();
        CatalogIris iris = store.iris();
        String runId = runId(store, started);
        String graph = iris.auditGraph(runId);
        LinkResults links = options.links().orElseGet(() -> StoredLinkResults.preloaded(store));   // read once per run
        Map<String, SourceInfo> sources = new HashMap<>();
        for (SourceInfo s : store.sources()) sources.put(iris.source(s.id()), s);
        QualityGraph dqv = new QualityGraph(iris);
        Aggregates aggregates = new Aggregates(iris);
        Map<String, Finding> rules = new LinkedHashMap<>();
        // Incremental unless asked for a full audit: results of the latest run are reused where nothing changed.
        PreviousResults previous = options.fullAudit() ? PreviousResults.none(store) : PreviousResults.latest(store);
        long[] counts = {0, 0, 0};
        try (BatchWriter writer = new BatchWriter(store, graph);
             AuditPipeline<Outcome> pipeline = new AuditPipeline<>(threads(), () -> new DatasetAuditor(links, options.compliance()),
                     o -> {
                         if (o.report() == null) {
                             counts[1]++;
                             LOG.warn("Audit of {} failed: {}", o.dataset(), o.failure());
                             return;
                         }
                         DatasetReport r = o.report();
                         if (++counts[0] % 10_000 == 0) LOG.info("audited {} datasets", counts[0]);
                         if (o.reusedFrom() != null) {
                             counts[2]++;
                             dqv.results(writer.graph(), r.datasetIri(), o.reusedFrom());
                         } else {
                             dqv.dataset(r, writer.graph());
                             dqv.stored(writer.graph(), r.datasetIri(), o.inputs(), o.reportJson());
                             dqv.results(writer.graph(), r.datasetIri(), graph);
                         }
                         aggregates.add(r);
                         for (Finding f : r.findings()) rules.putIfAbsent(f.ruleId(), f);
                         listener.accept(r);
                     })) {
            store.forEachRecord(record -> DatasetView.of(record).filter(v -> !withdrawn(record)).ifPresent(v -> {
                Optional<SourceInfo> source = v.sourceIri().map(sources::get);
                pipeline.submit(auditor -> {
                    try {
                        return audit(auditor, record, v, source, started, options, links, previous);
                    } catch (RuntimeException e) {
                        return new Outcome(v.iri(), null, e.toString(), null, null, null);
                    }
                });
            }));
            pipeline.finish();
            Graph tail = GraphFactory.createGraphMem();
            List<Aggregate> all = aggregates.build();
            AggregateGraph.write(tail, all, iris);
            rules.forEach((id, f) -> dqv.rule(tail, id, f, dimension(id), howToFix(id)));
            Instant ended = options.clock().instant();
            dqv.run(tail, runId, started, ended, counts[0]);
            tail.find().forEachRemaining(t -> writer.graph().add(t));
            writer.finish();
            AuditSummary s = new AuditSummary(runId, iris.auditRun(runId), graph, started, ended, counts[0], counts[1], all,
                    pipeline.timings(), writer.nanos(), writer.triples(), counts[2]);
            LOG.info("Audit {}: {} datasets ({} results reused{}), region mean score {} of 405, {} triples in {}", runId,
                    counts[0], counts[2], options.fullAudit() ? ", full audit" : "", s.region().meanScore(), writer.triples(), graph);
            DatasetAuditor.Timings t = s.timings();
            LOG.info("Audit {} layers (per worker thread's CPU time, {} workers): JSON Schema {} datasets/s, SHACL {} datasets/s,"
                    + " scoring {} datasets/s; quality graph writes {} s on their own thread; {} s in all", runId, threads(),
                    rate(t.datasets(), t.schemaNanos()),
                    rate(t.datasets(), t.shaclNanos()), rate(t.datasets(), t.scoringNanos()),
                    String.format("%.1f", s.storeNanos() / 1e9), String.format("%.1f", s.elapsed().toMillis() / 1e3));
            return s;
        }
    }

    /**
     * One dataset: its report, or why it could not be audited.
     *
     * @param reusedFrom the earlier quality graph holding its results, when they were reused; else null, and
     *                   {@code inputs} and {@code reportJson} are what to store beside the new results
     */
    private record Outcome(String dataset, DatasetReport report, String failure, String reusedFrom, String inputs,
                           String reportJson) {}

    /**
     * Audits one dataset, on a worker: reuses its previous results when their inputs (record, rule set, source,
     * freshness today: {@link AuditInputs}) and the link results they were given are what they were, else validates
     * and scores it.
     */
    private static Outcome audit(DatasetAuditor auditor, org.apache.jena.graph.Graph record, DatasetView v,
                                 Optional<SourceInfo> source, Instant now, AuditOptions options, LinkResults links,
                                 PreviousResults previous) {
        String jurisdiction = source.flatMap(SourceInfo::jurisdiction).orElse("unknown");
        String inputs = AuditInputs.digest(options.rules(), AuditInputs.recordKey(record), source.map(SourceInfo::id),
                jurisdiction, options.compliance(), org.civiccatalog.core.audit.checklist.Freshness.of(v, now));
        Optional<PreviousResults.Previous> before = previous.of(v.iri()).filter(p -> p.inputs().equals(inputs));
        if (before.isPresent()) {
            Optional<StoredReport> stored;
            try {
                stored = previous.report(v.iri(), before.get());
            } catch (RuntimeException e) {   // a stored report this build cannot read: audit the dataset again
                LOG.debug("Stored report of {} not reusable: {}", v.iri(), e.toString());
                stored = Optional.empty();
            }
            if (stored.isPresent() && DatasetAuditor.statuses(links, stored.get().links().keySet()).equals(stored.get().links()))
                return new Outcome(v.iri(), stored.get().report(), null, before.get().graph(), null, null);
        }
        DatasetReport r = auditor.audit(v, source, now);
        return new Outcome(v.iri(), r, null, null, inputs, new StoredReport(r, auditor.askedLinks()).toStored());
    }

    /** Workers auditing datasets: the cores there are, at most 4 (the scan and the quality-graph writer need some too). */
    private static int threads() {
        return Math.min(4, Runtime.getRuntime().availableProcessors());
    }

    /** A record gone from its source (kept, withdrawn) is not audited: nobody maintains it any more. */
    private static boolean withdrawn(org.apache.jena.graph.Graph record) {
        return record.contains(org.apache.jena.graph.Node.ANY, org.civiccatalog.vocab.ADMS.status.asNode(),
                CIVIC.withdrawn.asNode());
    }

    private static long rate(long n, long nanos) {
        return nanos == 0 ? 0 : Math.round(n / (nanos / 1e9));
    }

    /** A run id from the start time; a later suffix if that graph exists already (two runs in one millisecond). */
    private static String runId(CatalogStore store, Instant started) {
        String base = RUN_ID.format(started);
        return store.read(ds -> {
            String id = base;
            for (int n = 2; ds.asDatasetGraph().containsGraph(NodeFactory.createURI(store.iris().auditGraph(id))); n++)
                id = base + "-" + n;
            return id;
        });
    }

    private static Resource dimension(String ruleId) {
        for (Indicator i : Indicator.values())
            if (ruleId.startsWith(i.ruleId())) return i.dimension().term();
        if (ruleId.startsWith("la.")) return CIVIC.laChecklist;
        if (ruleId.startsWith("freshness.")) return CIVIC.freshness;
        return PV.interoperability;   // pod.*, dcat-us3.*, dcat-ap3.*: they decide the compliance indicator
    }

    /** What to do about a rule's findings in general, for the rules that say it apart from their messages (MQA indicators). */
    public static Optional<String> howToFix(String ruleId) {
        return Optional.ofNullable(HOW_TO_FIX.get(ruleId));
    }

    /** The aggregates of one run, grouped four ways. */
    private static final class Aggregates {
        private final CatalogIris iris;
        private final Aggregate.Builder region;
        private final Map<String, Aggregate.Builder> jurisdictions = new HashMap<>(), sources = new HashMap<>(),
                departments = new HashMap<>();

        Aggregates(CatalogIris iris) {
            this.iris = iris;
            this.region = new Aggregate.Builder(Aggregate.Kind.REGION, "region", iris.catalog());
        }

        void add(DatasetReport r) {
            region.add(r);
            jurisdictions.computeIfAbsent(r.jurisdiction(), j -> new Aggregate.Builder(Aggregate.Kind.JURISDICTION, j,
                    iris.auditJurisdiction(j))).add(r);
            r.sourceId().ifPresent(s -> sources.computeIfAbsent(s, k -> new Aggregate.Builder(Aggregate.Kind.SOURCE, k,
                    iris.source(k))).add(r));
            departments.computeIfAbsent(r.department(), d -> new Aggregate.Builder(Aggregate.Kind.DEPARTMENT, d,
                    iris.auditDepartment(d))).add(r);
        }

        List<Aggregate> build() {
            List<Aggregate> out = new ArrayList<>();
            out.add(region.build());
            for (Map<String, Aggregate.Builder> m : List.of(jurisdictions, sources, departments))
                m.values().stream().map(Aggregate.Builder::build).sorted(Comparator.comparing(Aggregate::key)).forEach(out::add);
            return out;
        }
    }

}
