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
import org.civiccatalog.core.audit.checklist.Freshness;
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
        return run(store, AuditOptions.defaults());
    }

    /**
     * Audits the whole store and stores the run, without handing reports on: a dataset whose results are reused is
     * read back as its summary only ({@link DatasetSummary}), not as its whole report (the audit after a harvest).
     */
    public static AuditSummary run(CatalogStore store, AuditOptions options) {
        return run(store, options, null);
    }

    /**
     * What an incremental run's first pass reads of every record: what decides whether its results are reused (the
     * record's content hash and status, its dataset's frequency and dates) besides the record's type, dataset and source.
     */
    private static final java.util.Set<org.apache.jena.graph.Node> FIRST_PASS_RECORD = java.util.Set.of(
            CIVIC.contentHash.asNode(), org.civiccatalog.vocab.ADMS.status.asNode()),
            FIRST_PASS_DATASET = java.util.Set.of(org.civiccatalog.vocab.DCTERMS.accrualPeriodicity.asNode(),
                    org.civiccatalog.vocab.DCTERMS.modified.asNode());

    /**
     * Audits the whole store, handing each dataset's report to {@code listener} (e.g. a CSV writer) as it goes.
     *
     * @param listener null: no reports wanted (reused results are read back as summaries)
     */
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
        Map<String, DatasetSummary.RuleUse> rules = new LinkedHashMap<>();
        // Incremental unless asked for a full audit: results of the latest run are reused where nothing changed.
        PreviousResults previous = options.fullAudit() ? PreviousResults.none(store) : PreviousResults.latest(store);
        Context run = new Context(store, options, links, previous, started, listener != null);
        // With earlier results to reuse, a first pass reads only what decides reuse of each record, and a record is
        // read whole only when its dataset is audited again (or has no content hash to compare).
        boolean firstPass = previous.size() > 0;
        long[] counts = {0, 0, 0, 0};
        try (BatchWriter writer = new BatchWriter(store, graph);
             AuditPipeline<Outcome> pipeline = new AuditPipeline<>(threads(), () -> new DatasetAuditor(links, options.compliance()),
                     o -> {
                         if (o.summary() == null) {
                             counts[1]++;
                             LOG.warn("Audit of {} failed: {}", o.dataset(), o.failure());
                             return;
                         }
                         DatasetSummary r = o.summary();
                         if (++counts[0] % 10_000 == 0) LOG.info("audited {} datasets", counts[0]);
                         if (o.daysMovedOn()) counts[3]++;
                         if (o.reusedFrom() != null) {
                             counts[2]++;
                             dqv.results(writer.graph(), r.datasetIri(), o.reusedFrom());
                         } else {
                             dqv.dataset(o.report(), writer.graph());
                             dqv.stored(writer.graph(), r.datasetIri(), o.inputs(), o.reportJson(), o.summaryJson());
                             dqv.results(writer.graph(), r.datasetIri(), graph);
                         }
                         aggregates.add(r);
                         r.rules().forEach(rules::putIfAbsent);
                         if (listener != null) listener.accept(o.report());
                     })) {
            Consumer<Graph> scan = record -> DatasetView.of(record).filter(v -> !withdrawn(record)).ifPresent(v -> {
                Optional<SourceInfo> source = v.sourceIri().map(sources::get);
                pipeline.submit(auditor -> {
                    try {
                        return audit(run, auditor, record, !firstPass, v, source);
                    } catch (RuntimeException e) {
                        return new Outcome(v.iri(), null, null, e.toString(), null, null, null, null, false);
                    }
                });
            });
            if (firstPass) store.forEachRecordFacts(FIRST_PASS_RECORD, FIRST_PASS_DATASET, scan);
            else store.forEachRecord(scan);
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
            LOG.info("Audit {}: {} datasets ({} results reused, {} with their days overdue moved on, {} validated and scored{}),"
                    + " region mean score {} of 405, {} triples in {}", runId, counts[0], counts[2], counts[3],
                    s.timings().datasets(), options.fullAudit() ? ", full audit" : "", s.region().meanScore(), writer.triples(), graph);
            DatasetAuditor.Timings t = s.timings();
            LOG.info("Audit {} layers (per worker thread's CPU time, {} workers): JSON Schema {} datasets/s, SHACL {} datasets/s,"
                    + " scoring {} datasets/s; quality graph writes {} s on their own thread; {} s in all", runId, threads(),
                    rate(t.datasets(), t.schemaNanos()),
                    rate(t.datasets(), t.shaclNanos()), rate(t.datasets(), t.scoringNanos()),
                    String.format("%.1f", s.storeNanos() / 1e9), String.format("%.1f", s.elapsed().toMillis() / 1e3));
            return s;
        }
    }

    /** What every dataset of one run is audited with. @param reports whether whole reports are wanted (a listener) */
    private record Context(CatalogStore store, AuditOptions options, LinkResults links, PreviousResults previous,
                           Instant now, boolean reports) {}

    /**
     * One dataset: its summary (and report, unless reused without one being wanted), or why it could not be audited.
     *
     * @param reusedFrom  the earlier quality graph holding its results, when they were reused; else null, and
     *                    {@code inputs}, {@code reportJson} and {@code summaryJson} are what to store beside the new results
     * @param daysMovedOn new results that are earlier ones with the days overdue moved on (not validated again)
     */
    private record Outcome(String dataset, DatasetSummary summary, DatasetReport report, String failure, String reusedFrom,
                           String inputs, String reportJson, String summaryJson, boolean daysMovedOn) {}

    /**
     * Audits one dataset, on a worker: reuses its previous results when their inputs (record, rule set, source,
     * freshness today: {@link AuditInputs}) and the link results they were given are what they were, else validates
     * and scores it.
     *
     * @param whole whether {@code record} is the whole record graph; else it holds only the first pass's facts, and
     *              the whole graph is read when the dataset is audited again or has no content hash
     */
    private static Outcome audit(Context run, DatasetAuditor auditor, Graph record, boolean whole, DatasetView v,
                                 Optional<SourceInfo> source) {
        Optional<String> hashed = AuditInputs.hashedKey(record);
        if (hashed.isEmpty() && !whole) {
            Graph all = wholeRecord(run.store(), record, v);
            return audit(run, auditor, all, true, DatasetView.of(all).orElseThrow(), source);
        }
        String jurisdiction = source.flatMap(SourceInfo::jurisdiction).orElse("unknown");
        String recordKey = hashed.orElseGet(() -> AuditInputs.recordKey(record));
        Freshness.Result fresh = Freshness.of(v, run.now());
        String inputs = AuditInputs.digest(run.options().rules(), recordKey, source.map(SourceInfo::id),
                jurisdiction, run.options().compliance(), fresh);
        Optional<PreviousResults.Previous> before = run.previous().of(v.iri()).filter(p -> p.inputs().equals(inputs));
        if (before.isPresent()) {
            Outcome reused = reuse(run, v.iri(), before.get(), fresh, inputs);
            if (reused != null) return reused;
        }
        DatasetView view = whole ? v : DatasetView.of(wholeRecord(run.store(), record, v)).orElseThrow();
        DatasetReport r = auditor.audit(view, source, run.now());
        java.util.SortedMap<String, Integer> asked = auditor.askedLinks();
        DatasetSummary s = DatasetSummary.of(r, asked);
        return new Outcome(v.iri(), s, r, null, null, inputs, new StoredReport(r, asked).toStored(), s.toJson(), false);
    }

    /**
     * The earlier results of a dataset whose inputs are unchanged, if the link results they were given are what they
     * are now: its summary, or its whole report when reports are wanted (or no summary was stored); when only its days
     * overdue moved on, the earlier report with them moved on ({@link DaysOverdue}), stored as new results. Null:
     * audit again.
     */
    private static Outcome reuse(Context run, String dataset, PreviousResults.Previous p, Freshness.Result now, String inputs) {
        try {
            if (!run.reports()) {
                Optional<DatasetSummary> s = run.previous().summary(dataset, p);
                if (s.isPresent() && !sameLinks(run, s.get().links())) return null;
                if (s.isPresent() && s.get().daysOverdue().equals(now.daysOverdue()))
                    return new Outcome(dataset, s.get(), null, null, p.graph(), null, null, null, false);
            }
            Optional<StoredReport> stored = run.previous().report(dataset, p);
            if (stored.isEmpty() || !sameLinks(run, stored.get().links())) return null;
            DatasetReport r = stored.get().report();
            if (r.freshness().daysOverdue().equals(now.daysOverdue()))
                return new Outcome(dataset, DatasetSummary.of(r, stored.get().links()), r, null, p.graph(), null, null, null, false);
            DatasetReport moved = DaysOverdue.movedOn(r, now);
            DatasetSummary s = DatasetSummary.of(moved, stored.get().links());
            return new Outcome(dataset, s, moved, null, null, inputs, new StoredReport(moved, stored.get().links()).toStored(),
                    s.toJson(), true);
        } catch (RuntimeException e) {   // a stored report or summary this build cannot read: audit the dataset again
            LOG.debug("Stored results of {} not reusable: {}", dataset, e.toString());
            return null;
        }
    }

    private static boolean sameLinks(Context run, java.util.SortedMap<String, Integer> stored) {
        return DatasetAuditor.statuses(run.links(), stored.keySet()).equals(stored);
    }

    /** The whole graph of a record the first pass read a few properties of (its node is its graph's name). */
    private static Graph wholeRecord(CatalogStore store, Graph firstPass, DatasetView v) {
        Optional<Graph> whole = firstPass.find(org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                        org.civiccatalog.vocab.DCAT.CatalogRecord.asNode()).nextOptional()
                .filter(t -> t.getSubject().isURI()).flatMap(t -> store.recordGraph(t.getSubject().getURI()));
        return whole.or(() -> store.recordGraphOfDataset(v.iri()))
                .orElseThrow(() -> new org.civiccatalog.core.CatalogException("The record of " + v.iri() + " is gone"));
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

        void add(DatasetSummary r) {
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
