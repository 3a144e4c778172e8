package org.civiccatalog.core.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.core.audit.checklist.Freshness;
import org.civiccatalog.core.audit.checklist.LaChecklist;
import org.civiccatalog.core.audit.mqa.MqaScorer;
import org.civiccatalog.core.audit.validation.PodSchemaValidation;
import org.civiccatalog.core.audit.validation.ShaclValidation;
import org.civiccatalog.core.datajson.DcatToPod;
import org.civiccatalog.core.store.SourceInfo;

/**
 * Audits one dataset: POD schema (its data.json form as published), SHACL (DCAT-US 3 and DCAT-AP 3), MQA score,
 * the LA checklist and freshness. Holds the parsed schemas and shapes: make one and reuse it. Not thread-safe (it
 * counts time per layer).
 */
public final class DatasetAuditor {
    // Parsed on the first audit, not when the auditor is made: a worker of an incremental run may reuse every result.
    private PodSchemaValidation pod;
    private ShaclValidation shacl;
    private DcatToPod asPublished;
    private final MqaScorer scorer;
    private final LaChecklist checklist;
    private final AuditOptions.Compliance compliance;
    private final AskedLinks asked;
    private long schemaNanos, shaclNanos, scoringNanos, count;

    public DatasetAuditor(LinkResults links, AuditOptions.Compliance compliance) {
        this.asked = new AskedLinks(links);
        this.scorer = new MqaScorer(asked);
        this.checklist = new LaChecklist(asked);
        this.compliance = compliance;
    }

    /** CPU time spent per layer so far, and the number of datasets. */
    public record Timings(long datasets, long schemaNanos, long shaclNanos, long scoringNanos) {
        /** Both together (the time of several auditors, each on its own thread, is CPU time summed). */
        public Timings plus(Timings o) {
            return new Timings(datasets + o.datasets, schemaNanos + o.schemaNanos, shaclNanos + o.shaclNanos,
                    scoringNanos + o.scoringNanos);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

    /**
     * The calling thread's CPU time (wall time where the JVM cannot tell): layer rates that mean the same on a busy
     * machine as on an idle one, where wall time counts the waits for a core too.
     */
    private static long cpuNanos() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    public Timings timings() {
        return new Timings(count, schemaNanos, shaclNanos, scoringNanos);
    }

    /**
     * The link results the last {@link #audit} asked for: URL -> HTTP status, -1 for "not checked yet". An incremental
     * audit keeps them with the results and audits the dataset again when one of them changed.
     */
    public java.util.SortedMap<String, Integer> askedLinks() {
        return new java.util.TreeMap<>(asked.statuses);
    }

    /** The statuses {@code links} gives now for {@code urls} (same form as {@link #askedLinks()}). */
    public static java.util.SortedMap<String, Integer> statuses(LinkResults links, java.util.Collection<String> urls) {
        java.util.SortedMap<String, Integer> out = new java.util.TreeMap<>();
        for (String u : urls) out.put(u, links.status(u).map(LinkStatus::httpStatus).orElse(-1));
        return out;
    }

    /** Link results that note what was asked (one auditor per thread: no sharing). */
    private static final class AskedLinks implements LinkResults {
        private final LinkResults links;
        private final Map<String, Integer> statuses = new java.util.HashMap<>();

        AskedLinks(LinkResults links) {
            this.links = links;
        }

        void clear() {
            statuses.clear();
        }

        @Override
        public Optional<LinkStatus> status(String url) {
            Optional<LinkStatus> s = links.status(url);
            statuses.put(url, s.map(LinkStatus::httpStatus).orElse(-1));
            return s;
        }
    }

    /** @param source the dataset's source, if known (its jurisdiction chooses the POD variant) */
    public DatasetReport audit(DatasetView v, Optional<SourceInfo> source, Instant now) {
        count++;
        asked.clear();
        if (pod == null) {
            pod = new PodSchemaValidation();
            shacl = new ShaclValidation();
            asPublished = DcatToPod.asPublished();
        }
        String jurisdiction = source.flatMap(SourceInfo::jurisdiction).orElse("unknown");
        long t0 = cpuNanos();
        ObjectNode json = asPublished.toPod(v.graph(), v.iri());
        List<Finding> schema = pod.validate(json, PodSchemaValidation.Variant.forJurisdiction(jurisdiction));
        long t1 = cpuNanos();
        Map<ShaclValidation.Profile, List<Finding>> shapes = shacl.validate(v);
        long t2 = cpuNanos();
        List<Finding> compliant = new ArrayList<>();
        if (compliance == AuditOptions.Compliance.DCAT_US) {
            compliant.addAll(schema);
            compliant.addAll(shapes.get(ShaclValidation.Profile.DCAT_US3));
        } else compliant.addAll(shapes.get(ShaclValidation.Profile.DCAT_AP3));
        List<String> errors = compliant.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::ruleId).toList();
        MqaScorer.Result mqa = scorer.score(v, errors);
        Freshness.Result fresh = Freshness.of(v, now);
        LaChecklist.Result la = checklist.check(v, json, fresh);
        long t3 = cpuNanos();
        schemaNanos += t1 - t0;
        shaclNanos += t2 - t1;
        scoringNanos += t3 - t2;

        List<Finding> all = new ArrayList<>(mqa.findings());
        all.addAll(schema);
        // A DCAT-AP recommendation (a warning) on a property an MQA finding already covers, with its points, says
        // the same thing again: it is left out. DCAT-AP's mandatory and range violations always stay.
        java.util.Set<String> mqaProperties = new java.util.HashSet<>();
        mqa.findings().stream().filter(f -> f.fixPoints() > 0).forEach(f -> mqaProperties.add(f.property()));
        for (Map.Entry<ShaclValidation.Profile, List<Finding>> e : shapes.entrySet())
            for (Finding f : e.getValue())
                if (!(e.getKey() == ShaclValidation.Profile.DCAT_AP3 && f.severity() == Severity.WARNING
                        && mqaProperties.contains(f.property()))) all.add(f);
        fresh.finding().ifPresent(all::add);
        all.addAll(la.findings());
        all.sort(Comparator.comparingDouble(Finding::fixPoints).reversed()
                .thenComparing(f -> f.severity().ordinal()).thenComparing(Finding::ruleId));
        return new DatasetReport(v.iri(), v.title(), source.map(SourceInfo::id),
                v.publisherName().orElse(DatasetReport.NO_PUBLISHER), jurisdiction, mqa.score(), la, fresh, all);
    }
}
