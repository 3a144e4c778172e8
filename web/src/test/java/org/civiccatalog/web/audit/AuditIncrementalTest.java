package org.civiccatalog.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.tdb2.TDB2;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.audit.Audit;
import org.civiccatalog.core.audit.AuditOptions;
import org.civiccatalog.core.audit.AuditQualityScores;
import org.civiccatalog.core.audit.AuditSummary;
import org.civiccatalog.core.audit.DatasetReport;
import org.civiccatalog.core.audit.LatestAudit;
import org.civiccatalog.core.rdf.DcatRdfReader;
import org.civiccatalog.core.rdf.RdfInput;
import org.civiccatalog.core.store.CanonicalHash;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental audit gives what a full audit gives. A harvested catalog (records with content hashes, as the
 * harvest stores them) is audited; then a defect is fixed, a new one made, a record withdrawn, a link status changes
 * and a dataset's days overdue move on; the incremental run reuses exactly the unchanged datasets' results, and
 * everything the dashboard, the exports, the dataset pages, the search's quality facet and the workbench example read
 * of it equals a from-scratch (--full) audit of the same store. So do a run with nothing changed and a run under a
 * new rule version (which reuses nothing). Must-fail twin: a record changed under its old content hash (a broken hash
 * check) keeps stale results, and the comparison finds them.
 */
class AuditIncrementalTest {
    static final Instant T1 = Instant.parse("2026-11-20T12:00:00Z"), T2 = Instant.parse("2026-11-22T12:00:00Z");
    static final String PARK_CSV = "https://data.example.gov/park-list.csv";
    static final SourceInfo CITY = AuditCatalog.source("city", "city"), COUNTY = AuditCatalog.source("county", "county");

    @TempDir Path dir;
    TdbCatalogStore store;

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    /** The catalog before the changes: seven datasets on two portals, four departments. */
    static Map<String, String> initial() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("street-trees", AuditCatalog.dataset("street-trees", "Urban Forestry Division", Map.of()));
        t.put("tree-permits", AuditCatalog.dataset("tree-permits", "Urban Forestry Division", Map.of(
                "    dcat:keyword \"trees\" ;\n", "", "    dcat:keyword \"urban forest\" ;\n", "")));
        t.put("tree-pruning", AuditCatalog.dataset("tree-pruning", "Urban Forestry Division",
                Map.of("\"2026-11-01\"^^xsd:date", "\"2026-01-01\"^^xsd:date")));
        t.put("park-list", AuditCatalog.dataset("park-list", "Parks Department", Map.of("\"Street trees\"", "\"Parks\"",
                "<https://data.example.gov/street-trees.csv>", "<" + PARK_CSV + ">")));
        t.put("bus-stops", AuditCatalog.dataset("bus-stops", "Transport Department", Map.of("\"Street trees\"", "\"Bus stops\"")));
        t.put("traffic", AuditCatalog.dataset("traffic", "Transport Department", Map.of("\"Street trees\"", "\"Traffic counts\"",
                "    dcat:keyword \"trees\" ;\n", "")));
        t.put("potholes", AuditCatalog.dataset("potholes", "Public Works", Map.of("\"Street trees\"", "\"Potholes\"",
                " ; vcard:hasEmail <mailto:trees@example.gov> ]", " ]")));
        return t;
    }

    static SourceInfo sourceOf(String id) {
        return List.of("bus-stops", "traffic", "potholes").contains(id) ? COUNTY : CITY;
    }

    /** Stores one record as the harvest does: with the canonical hash of its graph, or {@code hash} when given. */
    void put(String id, String turtle, Optional<String> hash) {
        SourceInfo source = sourceOf(id);
        store.putSource(source);
        ImportedDataset d = imported(id, turtle);
        store.replaceRecords(source, List.of(new RecordGraph(source.id(), d.upstreamId(), d.datasetIri(), d.graph())
                .withHarvest(hash.orElse(CanonicalHash.of(d.graph())), null)));
    }

    /** The dataset IRI the store gives a dataset (from the upstream one). */
    String iri(String id) {
        return imported(id, initial().get(id)).datasetIri();
    }

    void filled() {
        store = TdbCatalogStore.open(dir.resolve("store"), AuditCatalog.BASE);
        initial().forEach((id, t) -> put(id, t, Optional.empty()));
        AuditCatalog.storeLinkChecks(store, Map.of(AuditCatalog.CSV_URL, 200, AuditCatalog.ACCESS_URL, 200,
                AuditCatalog.DICTIONARY_URL, 200, PARK_CSV, 200), T1.minusSeconds(3600));
    }

    /** @param reports null when the run handed on no reports (reused results read back as summaries only) */
    record Run(AuditSummary summary, List<DatasetReport> reports, Map<String, Double> qualityFacet, List<List<String>> workbench) {}

    /** One audit run, with what the search's quality facet and the workbench example read right after it. */
    Run audit(AuditOptions options) {
        return audit(options, true);
    }

    /** @param reports whether a listener takes the reports (as with --out); without, the audit after a harvest */
    Run audit(AuditOptions options, boolean reports) {
        List<DatasetReport> list = new ArrayList<>();
        AuditSummary s = reports ? Audit.run(store, options, list::add) : Audit.run(store, options);
        Map<String, Double> facet = new TreeMap<>();
        new AuditQualityScores(store).scores().forEach((d, q) -> facet.put(d, q.score()));
        return new Run(s, reports ? list : null, facet, workbench());
    }

    /** The rules (dqv:Metric) a run stored, triple by triple. */
    List<String> rules(AuditSummary s) {
        return store.read(ds -> {
            List<String> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(ds.asDatasetGraph()).query("""
                    PREFIX dqv: <http://www.w3.org/ns/dqv#>
                    SELECT ?r ?p ?o WHERE { GRAPH ?g { ?r a dqv:Metric ; ?p ?o } }""")
                    .substitution("g", NodeFactory.createURI(s.graphIri())).build()) {
                qe.select().forEachRemaining(b -> out.add(b.get("r") + " " + b.get("p") + " " + b.get("o")));
            }
            out.sort(null);
            return out;
        });
    }

    /** The workbench's "overdue for refresh" example over the union graph, as /sparql runs it. */
    List<List<String>> workbench() {
        String q;
        try (var in = AuditIncrementalTest.class.getResourceAsStream("/org/civiccatalog/web/workbench/examples/overdue-for-refresh.rq")) {
            q = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return store.read(ds -> {
            List<List<String>> rows = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(ds.asDatasetGraph()).query(QueryFactory.create(q))
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                qe.select().forEachRemaining(b -> {
                    List<String> row = new ArrayList<>();
                    b.vars().forEachRemaining(v -> row.add(v.getVarName() + "=" + b.get(v)));
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    /** Everything the dashboard pages and exports read of one run, through the dashboard's own queries. */
    record Views(List<AuditViews.Group> groups, Map<String, Optional<AuditViews.DatasetAudit>> datasets,
                 Map<String, Optional<AuditViews.DatasetAudit>> scores, List<AuditViews.FindingRow> findings,
                 Map<String, List<AuditViews.FindingRow>> departmentFindings, List<AuditViews.Overdue> overdue, long datasetCount) {}

    Views views(AuditSummary s) {
        AuditQueries q = new AuditQueries(store);
        LatestAudit run = new LatestAudit(s.runIri(), s.graphIri(), s.ended(), s.datasets());
        List<AuditViews.Group> groups = new ArrayList<>(q.groups(run));
        groups.sort(Comparator.comparing((AuditViews.Group g) -> g.kind()).thenComparing(AuditViews.Group::key));
        Map<String, Optional<AuditViews.DatasetAudit>> datasets = new TreeMap<>(), scores = new TreeMap<>();
        for (String id : initial().keySet()) {
            datasets.put(id, q.dataset(run, iri(id)));
            scores.put(id, q.score(run, iri(id)));
        }
        List<AuditViews.FindingRow> findings = new ArrayList<>();
        q.findings(run, Optional.empty(), findings::add);
        Map<String, List<AuditViews.FindingRow>> byDepartment = new TreeMap<>();
        for (AuditViews.Group g : groups)
            if (g.kind() == AuditViews.Kind.DEPARTMENT) {
                List<AuditViews.FindingRow> rows = new ArrayList<>();
                q.findings(run, Optional.of(g.key()), rows::add);
                byDepartment.put(g.key(), rows);
            }
        return new Views(groups, datasets, scores, findings, byDepartment, q.overdue(run), s.datasets());
    }

    /** The graph holding each dataset's results in a run (civic:auditResults), by dataset id. */
    Map<String, String> resultGraphs(AuditSummary s) {
        return store.read(ds -> {
            Map<String, String> out = new TreeMap<>();
            try (QueryExec qe = QueryExec.dataset(ds.asDatasetGraph()).query("""
                    PREFIX civic: <https://w3id.org/civic-catalog/ns#>
                    SELECT ?d ?rg WHERE { GRAPH ?g { ?d civic:auditResults ?rg } }""")
                    .substitution("g", NodeFactory.createURI(s.graphIri())).build()) {
                qe.select().forEachRemaining(b -> out.put(initial().keySet().stream().filter(id -> iri(id).equals(b.get("d").getURI()))
                        .findFirst().orElse(b.get("d").getURI()), b.get("rg").getURI()));
            }
            return out;
        });
    }

    /** The changes between the first and the second run (the withdrawn record and the link check at T1 + 1 h). */
    void change() {
        put("tree-permits", AuditCatalog.dataset("tree-permits", "Urban Forestry Division", Map.of()), Optional.empty()); // fixed
        put("bus-stops", initial().get("bus-stops")                                                                   // new defect
                .replace("    dct:license <https://creativecommons.org/publicdomain/zero/1.0/> ;\n", ""), Optional.empty());
        store.withdraw(COUNTY, List.of(upstreamOf("potholes")), T1.plusSeconds(3600));                               // withdrawn
        AuditCatalog.storeLinkChecks(store, Map.of(PARK_CSV, 404), T1.plusSeconds(3600));
    }

    String upstreamOf(String id) {
        return imported(id, initial().get(id)).upstreamId();
    }

    @Test
    void the_incremental_audit_gives_what_a_full_audit_gives() {
        filled();
        Run first = audit(AuditCatalog.at(T1));
        assertThat(first.summary().reused()).isZero();
        assertThat(first.summary().datasets()).isEqualTo(7);
        change();

        Run incremental = audit(AuditCatalog.at(T2));
        // 7 datasets, potholes withdrawn: 6. Audited again: tree-permits (fixed), bus-stops (new defect), park-list (its
        // download URL now 404), tree-pruning (2 more days overdue). Reused: street-trees and traffic.
        assertThat(incremental.summary().datasets()).isEqualTo(6);
        assertThat(incremental.summary().reused()).isEqualTo(2);
        // tree-pruning's results are its earlier ones with the days moved on: only three validated and scored
        assertThat(incremental.summary().timings().datasets()).isEqualTo(3);
        Map<String, String> where = resultGraphs(incremental.summary());
        assertThat(where).containsOnlyKeys("street-trees", "traffic", "tree-permits", "bus-stops", "park-list", "tree-pruning");
        assertThat(where).containsEntry("street-trees", first.summary().graphIri()).containsEntry("traffic", first.summary().graphIri())
                .containsEntry("tree-permits", incremental.summary().graphIri()).containsEntry("bus-stops", incremental.summary().graphIri())
                .containsEntry("park-list", incremental.summary().graphIri()).containsEntry("tree-pruning", incremental.summary().graphIri());

        Run full = audit(AuditCatalog.at(T2).full());
        assertThat(full.summary().reused()).isZero();
        assertSame(incremental, full);
        // the changes show: so equality above is not two empty or unchanged views
        Views v = views(incremental.summary());
        assertThat(v.datasets().get("potholes")).isEmpty();
        assertThat(v.findings()).anySatisfy(f -> assertThat(f.dataset()).isEqualTo(iri("bus-stops")));
        assertThat(v.findings()).noneSatisfy(f -> assertThat(f.dataset()).isEqualTo(iri("tree-permits")));
        assertThat(v.datasets().get("park-list").orElseThrow().score()).isLessThan(views(first.summary()).datasets()
                .get("park-list").orElseThrow().score());

        Run unchanged = audit(AuditCatalog.at(T2), false);   // the audit after a harvest: summaries, no reports
        assertThat(unchanged.summary().reused()).isEqualTo(6);
        assertThat(resultGraphs(unchanged.summary())).allSatisfy((d, g) -> assertThat(g).isEqualTo(full.summary().graphIri()));
        assertSame(unchanged, full);

        Run newRules = audit(AuditCatalog.at(T2).withRules("another rule set"));
        assertThat(newRules.summary().reused()).isZero();
        assertThat(resultGraphs(newRules.summary())).allSatisfy((d, g) -> assertThat(g).isEqualTo(newRules.summary().graphIri()));
        assertSame(newRules, full);
    }

    /**
     * The audit after a harvest (no reports wanted): a first pass reads each record's content hash, frequency and
     * dates only, the records to audit again are read whole, the reused ones' summaries stand in for their reports,
     * and everything read of the run still equals a full audit's.
     */
    @Test
    void the_incremental_audit_without_reports_gives_what_a_full_audit_gives() {
        filled();
        Run first = audit(AuditCatalog.at(T1), false);
        assertThat(first.summary().reused()).isZero();
        change();
        Run incremental = audit(AuditCatalog.at(T2), false);
        // as in the test above: tree-permits (new hash, same frequency and dates), bus-stops, park-list and
        // tree-pruning audited again; street-trees and traffic reused
        assertThat(incremental.summary().datasets()).isEqualTo(6);
        assertThat(incremental.summary().reused()).isEqualTo(2);
        assertThat(resultGraphs(incremental.summary())).containsEntry("street-trees", first.summary().graphIri())
                .containsEntry("traffic", first.summary().graphIri())
                .containsEntry("tree-permits", incremental.summary().graphIri());
        Run full = audit(AuditCatalog.at(T2).full());
        assertSame(incremental, full);
        assertThat(views(incremental.summary()).findings()).noneSatisfy(f -> assertThat(f.dataset()).isEqualTo(iri("tree-permits")));
    }

    /**
     * Must-fail twin: a run without reports reads the stored summaries. One summary altered in the store (another
     * score) and the run's aggregates differ from a full audit's, and from those of a run that reads the reports.
     */
    @Test
    void an_altered_stored_summary_shows_in_a_run_without_reports() {
        filled();
        Run first = audit(AuditCatalog.at(T1));
        alterStored(first.summary().graphIri(), "street-trees", org.civiccatalog.vocab.CIVIC.auditSummary, json -> {
            assertThat(json).contains("\"score\":");
            String altered = json.replaceFirst("\"score\":[0-9.]+", "\"score\":5.0");
            assertThat(altered).isNotEqualTo(json);
            return altered;
        });
        Run withSummaries = audit(AuditCatalog.at(T1), false);
        assertThat(withSummaries.summary().reused()).isEqualTo(7);
        Run withReports = audit(AuditCatalog.at(T1));
        assertThat(withReports.summary().reused()).isEqualTo(7);
        Run full = audit(AuditCatalog.at(T1).full());
        assertThat(withReports.summary().aggregates()).isEqualTo(full.summary().aggregates());
        assertThat(withSummaries.summary().aggregates()).isNotEqualTo(full.summary().aggregates());
    }

    /**
     * An overdue dataset two days later: its results are its earlier ones with the days overdue and the two messages
     * that count them moved on, written by the new run, not validated and scored again; equal to a full audit's.
     */
    @Test
    void an_overdue_dataset_later_keeps_its_validation_results_and_shows_the_new_day_count() {
        filled();
        Run first = audit(AuditCatalog.at(T1), false);
        Run later = audit(AuditCatalog.at(T2), false);
        assertThat(later.summary().reused()).isEqualTo(6);
        assertThat(later.summary().timings().datasets()).isZero();
        assertThat(resultGraphs(later.summary())).containsEntry("tree-pruning", later.summary().graphIri())
                .containsEntry("street-trees", first.summary().graphIri());
        Run full = audit(AuditCatalog.at(T2).full());
        assertThat(full.summary().timings().datasets()).isEqualTo(7);
        assertSame(later, full);
        long before = views(first.summary()).datasets().get("tree-pruning").orElseThrow().daysOverdue().orElseThrow();
        assertThat(views(later.summary()).datasets().get("tree-pruning").orElseThrow().daysOverdue()).hasValue(before + 2);
        assertThat(views(later.summary()).findings()).anySatisfy(f -> {
            assertThat(f.dataset()).isEqualTo(iri("tree-pruning"));
            assertThat(f.message()).contains((before + 2) + " days overdue");
        });
    }

    /**
     * Must-fail twin: the overdue dataset's stored validation results altered (one more error) before the later run;
     * the alteration shows in that run (they were reused, not computed again) beside the new day count, and only that
     * dataset differs from a full audit.
     */
    @Test
    void altered_validation_results_of_an_overdue_dataset_show_in_the_later_run() {
        filled();
        Run first = audit(AuditCatalog.at(T1));
        alterStored(first.summary().graphIri(), "tree-pruning", org.civiccatalog.vocab.CIVIC.auditReport, text -> {
            var stored = org.civiccatalog.core.audit.dqv.StoredReport.fromStored(text);
            DatasetReport r = stored.report();
            List<org.civiccatalog.core.audit.Finding> more = new ArrayList<>(r.findings());
            more.add(org.civiccatalog.core.audit.Finding.of("pod.required.keyword", org.civiccatalog.core.audit.Severity.ERROR,
                    "keyword", "Altered: keyword is missing."));
            DatasetReport altered = new DatasetReport(r.datasetIri(), r.title(), r.sourceId(), r.department(), r.jurisdiction(),
                    r.mqa(), r.checklist(), r.freshness(), more);
            return new org.civiccatalog.core.audit.dqv.StoredReport(altered, stored.links()).toStored();
        });
        Run later = audit(AuditCatalog.at(T2));
        Run full = audit(AuditCatalog.at(T2).full());
        Views a = views(later.summary()), b = views(full.summary());
        assertThat(a.datasets().get("tree-pruning")).isNotEqualTo(b.datasets().get("tree-pruning"));
        assertThat(a.findings()).anySatisfy(f -> {
            assertThat(f.dataset()).isEqualTo(iri("tree-pruning"));
            assertThat(f.rule()).isEqualTo("pod.required.keyword");
        });
        assertThat(b.findings()).noneSatisfy(f -> assertThat(f.rule()).isEqualTo("pod.required.keyword"));
        assertThat(a.datasets().get("tree-pruning").orElseThrow().daysOverdue())
                .isEqualTo(b.datasets().get("tree-pruning").orElseThrow().daysOverdue()).isPresent();
        for (String id : List.of("street-trees", "tree-permits", "park-list", "bus-stops", "traffic", "potholes"))
            assertThat(a.datasets().get(id)).as(id).isEqualTo(b.datasets().get(id));
    }

    /** Must-fail twin: a record changed under its old content hash looks unchanged, keeps stale results, and the comparison says so. */
    @Test
    void a_broken_hash_check_keeps_stale_results_and_the_comparison_finds_them() {
        filled();
        audit(AuditCatalog.at(T1));
        String stale = CanonicalHash.of(imported("bus-stops", initial().get("bus-stops")).graph());
        put("bus-stops", initial().get("bus-stops").replace("    dct:license <https://creativecommons.org/publicdomain/zero/1.0/> ;\n", ""),
                Optional.of(stale));
        Run incremental = audit(AuditCatalog.at(T1));
        assertThat(incremental.summary().reused()).isEqualTo(7);
        Run full = audit(AuditCatalog.at(T1).full());
        Views a = views(incremental.summary()), b = views(full.summary());
        assertThat(a.datasets().get("bus-stops")).isNotEqualTo(b.datasets().get("bus-stops"));
        assertThat(a.findings()).isNotEqualTo(b.findings());
        assertThat(incremental.reports()).isNotEqualTo(full.reports());
        // the other six are the same: only the dataset whose change went unseen differs
        for (String id : List.of("street-trees", "tree-permits", "tree-pruning", "park-list", "traffic", "potholes"))
            assertThat(a.datasets().get(id)).as(id).isEqualTo(b.datasets().get(id));
    }

    ImportedDataset imported(String id, String turtle) {
        List<ImportedDataset> read = new ArrayList<>();
        DcatRdfReader.create(store.iris()).read(RdfInput.bytes(id + ".ttl", turtle.getBytes(StandardCharsets.UTF_8)),
                sourceOf(id).id(), read::add);
        assertThat(read).hasSize(1);
        return read.get(0);
    }

    /** Exact equality of everything read of the two runs. */
    void assertSame(Run a, Run b) {
        assertThat(a.summary().aggregates()).isEqualTo(b.summary().aggregates());
        if (a.reports() != null && b.reports() != null) assertThat(a.reports()).isEqualTo(b.reports());
        assertThat(rules(a.summary())).isEqualTo(rules(b.summary())).isNotEmpty();
        assertThat(a.qualityFacet()).isEqualTo(b.qualityFacet()).isNotEmpty();
        assertThat(a.workbench()).isEqualTo(b.workbench());
        Views va = views(a.summary()), vb = views(b.summary());
        assertThat(va.groups()).isEqualTo(vb.groups());
        assertThat(va.datasets()).isEqualTo(vb.datasets());
        assertThat(va.scores()).isEqualTo(vb.scores());
        assertThat(va.findings()).isEqualTo(vb.findings()).isNotEmpty();
        assertThat(va.departmentFindings()).isEqualTo(vb.departmentFindings());
        assertThat(va.overdue()).isEqualTo(vb.overdue()).isNotEmpty();
        assertThat(va).isEqualTo(vb);
    }

    /** Replaces what a quality graph stores for a dataset under {@code p} by {@code change} of it (the twins). */
    private void alterStored(String graphIri, String dataset, org.apache.jena.rdf.model.Property p,
                             java.util.function.UnaryOperator<String> change) {
        org.apache.jena.graph.Node g = NodeFactory.createURI(graphIri), d = NodeFactory.createURI(iri(dataset));
        store.write(ds -> {
            var dsg = ds.asDatasetGraph();
            String text = dsg.find(g, d, p.asNode(), org.apache.jena.graph.Node.ANY).next().getObject().getLiteralLexicalForm();
            dsg.deleteAny(g, d, p.asNode(), org.apache.jena.graph.Node.ANY);
            dsg.add(g, d, p.asNode(), NodeFactory.createLiteralString(change.apply(text)));
        });
    }
}
