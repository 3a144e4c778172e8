package org.civiccatalog.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.civiccatalog.core.audit.dqv.StoredReport;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the incremental audit relies on, in the core: a stored report reads back equal to the one written (scores
 * unrounded, info findings, freshness and all); what makes a dataset's results reusable (its record as imported, its
 * link results, the rule set) and what does not. The web module's AuditIncrementalTest compares whole runs.
 */
class AuditReuseTest {
    @TempDir Path dir;
    TdbCatalogStore store;

    static final String NO_KEYWORDS = AuditFixture.perfect().replace("dataset/street-trees", "dataset/no-keywords")
            .replace("    dcat:keyword \"trees\" ;\n", "").replace("    dcat:keyword \"urban forest\" ;\n", "");
    static final String OVERDUE = AuditFixture.perfect().replace("dataset/street-trees", "dataset/overdue")
            .replace("\"2026-11-01\"^^xsd:date", "\"2026-01-01\"^^xsd:date");
    static final String NO_EMAIL = AuditFixture.perfect().replace("dataset/street-trees", "dataset/no-email")
            .replace(" ; vcard:hasEmail <mailto:trees@example.gov> ]", " ]");

    @BeforeEach
    void open() {
        store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/");
    }

    @AfterEach
    void close() {
        store.close();
    }

    void importAll(String... turtles) {
        AuditFixture.importTurtle(store, dir, AuditFixture.source("city", "city"), String.join("\n", turtles));
    }

    AuditSummary audit(Map<String, LinkStatus> links, List<DatasetReport> reports) {
        return Audit.run(store, AuditOptions.defaults().withClock(AuditFixture.CLOCK).withLinks(LinkResults.of(links)), reports::add);
    }

    @Test
    void a_stored_report_reads_back_equal() {
        importAll(AuditFixture.perfect(), NO_KEYWORDS, OVERDUE, NO_EMAIL);
        List<DatasetReport> reports = new ArrayList<>();
        Map<String, LinkStatus> links = new HashMap<>(AuditFixture.linksOk());
        links.put(AuditFixture.CSV, new LinkStatus(404, AuditFixture.NOW));
        audit(links, reports);
        assertThat(reports).hasSize(4);
        // what the round trip has to carry: info findings, a freshness finding, days overdue, an unrounded share
        assertThat(reports).anySatisfy(r -> assertThat(r.count(Severity.INFO)).isPositive());
        assertThat(reports).anySatisfy(r -> assertThat(r.freshness().daysOverdue()).hasValueSatisfying(d -> assertThat(d).isPositive()));
        for (DatasetReport r : reports) {
            java.util.SortedMap<String, Integer> asked = new java.util.TreeMap<>(Map.of(AuditFixture.CSV, 404, AuditFixture.PAGE, 200));
            for (StoredReport back : List.of(StoredReport.fromJson(new StoredReport(r, asked).toJson()),
                    StoredReport.fromStored(new StoredReport(r, asked).toStored()))) {
                assertThat(back.report()).isEqualTo(r);
                assertThat(back.links()).isEqualTo(asked);
            }
        }
    }

    /** Twin: the comparison above sees a change of one number in the JSON. */
    @Test
    void a_changed_stored_report_reads_back_different() {
        importAll(NO_KEYWORDS);
        List<DatasetReport> reports = new ArrayList<>();
        audit(AuditFixture.linksOk(), reports);
        String json = new StoredReport(reports.get(0), new java.util.TreeMap<>()).toJson();
        assertThat(json).contains("\"KEYWORD\":0.0");
        assertThat(StoredReport.fromJson(json.replace("\"KEYWORD\":0.0", "\"KEYWORD\":30.0")).report()).isNotEqualTo(reports.get(0));
    }

    @Test
    void results_are_reused_exactly_while_record_links_and_rules_stay() {
        importAll(AuditFixture.perfect(), NO_KEYWORDS, NO_EMAIL);
        List<DatasetReport> first = new ArrayList<>(), same = new ArrayList<>();
        assertThat(audit(AuditFixture.linksOk(), first).reused()).isZero();
        // the same file imported again: every record rewritten (new CatalogRecord times), descriptions unchanged
        importAll(AuditFixture.perfect(), NO_KEYWORDS, NO_EMAIL);
        assertThat(audit(AuditFixture.linksOk(), same).reused()).isEqualTo(3);
        assertThat(same).isEqualTo(first);
        // one description changed: that one audited again, the other two reused
        importAll(AuditFixture.perfect(), NO_KEYWORDS.replace("\"Street trees\"", "\"Street trees, revised\""), NO_EMAIL);
        List<DatasetReport> changed = new ArrayList<>();
        assertThat(audit(AuditFixture.linksOk(), changed).reused()).isEqualTo(2);
        assertThat(changed).extracting(r -> r.title().orElse("")).contains("Street trees, revised");
    }

    /** Twins: a changed link status, or another rule set, and nothing is reused. */
    @Test
    void a_changed_link_status_or_rule_set_is_audited_again() {
        importAll(AuditFixture.perfect(), NO_KEYWORDS);
        assertThat(audit(AuditFixture.linksOk(), new ArrayList<>()).reused()).isZero();
        Map<String, LinkStatus> broken = new HashMap<>(AuditFixture.linksOk());
        broken.put(AuditFixture.CSV, new LinkStatus(404, AuditFixture.NOW));
        List<DatasetReport> reports = new ArrayList<>();
        assertThat(audit(broken, reports).reused()).isZero();   // both name the CSV
        assertThat(reports).allSatisfy(r -> assertThat(r.findings()).anySatisfy(f -> assertThat(f.ruleId())
                .isEqualTo("mqa.downloadUrlStatusCode")));
        // a check that says the same again (another time, same status) changes nothing
        Map<String, LinkStatus> again = new HashMap<>(broken);
        again.put(AuditFixture.CSV, new LinkStatus(404, AuditFixture.NOW.plusSeconds(60)));
        assertThat(audit(again, new ArrayList<>()).reused()).isEqualTo(2);
        AuditSummary otherRules = Audit.run(store, AuditOptions.defaults().withClock(AuditFixture.CLOCK)
                .withLinks(LinkResults.of(again)).withRules("another rule set"), r -> {});
        assertThat(otherRules.reused()).isZero();
        AuditSummary full = Audit.run(store, AuditOptions.defaults().withClock(Clock.fixed(AuditFixture.NOW, ZoneOffset.UTC))
                .withLinks(LinkResults.of(again)).withRules("another rule set").full(), r -> {});
        assertThat(full.reused()).isZero();
        assertThat(full.aggregates()).isEqualTo(otherRules.aggregates());
    }

    /** A summary reads back equal, and equals the summary of the report read back (what a run without reports adds up). */
    @Test
    void a_stored_summary_reads_back_equal() {
        importAll(AuditFixture.perfect(), NO_KEYWORDS, OVERDUE, NO_EMAIL);
        List<DatasetReport> reports = new ArrayList<>();
        Map<String, LinkStatus> links = new HashMap<>(AuditFixture.linksOk());
        links.put(AuditFixture.CSV, new LinkStatus(404, AuditFixture.NOW));
        audit(links, reports);
        assertThat(reports).anySatisfy(r -> assertThat(r.freshness().daysOverdue()).hasValueSatisfying(d -> assertThat(d).isPositive()));
        for (DatasetReport r : reports) {
            java.util.SortedMap<String, Integer> asked = new java.util.TreeMap<>(Map.of(AuditFixture.CSV, 404, AuditFixture.PAGE, 200));
            DatasetSummary s = DatasetSummary.of(r, asked);
            assertThat(DatasetSummary.fromJson(s.toJson())).isEqualTo(s);
            assertThat(DatasetSummary.of(StoredReport.fromStored(new StoredReport(r, asked).toStored()).report(), asked)).isEqualTo(s);
        }
        // what the summary has to carry: the rules in finding order, the first finding's severity and property of each
        DatasetReport noKeywords = reports.stream().filter(r -> r.findings().stream()
                .anyMatch(f -> f.ruleId().equals("mqa.keywordAvailability"))).findFirst().orElseThrow();
        assertThat(DatasetSummary.of(noKeywords, new java.util.TreeMap<>()).rules()).containsKey("mqa.keywordAvailability")
                .hasSize((int) noKeywords.findings().stream().map(Finding::ruleId).distinct().count());
    }

    /** Twin: the comparison above sees a change of one number in the summary's JSON. */
    @Test
    void a_changed_stored_summary_reads_back_different() {
        importAll(NO_KEYWORDS);
        List<DatasetReport> reports = new ArrayList<>();
        audit(AuditFixture.linksOk(), reports);
        DatasetSummary s = DatasetSummary.of(reports.get(0), new java.util.TreeMap<>());
        String json = s.toJson();
        assertThat(json).contains("\"errors\":" + s.errors());
        assertThat(DatasetSummary.fromJson(json.replace("\"errors\":" + s.errors(), "\"errors\":" + (s.errors() + 1)))).isNotEqualTo(s);
    }

    /** File imports store a content hash, so the first pass compares it without reading the record whole. */
    @Test
    void imported_records_carry_a_content_hash_that_decides_reuse() {
        importAll(AuditFixture.perfect(), NO_KEYWORDS);
        List<org.apache.jena.graph.Node> hashes = new ArrayList<>();
        store.forEachRecord(g -> g.find(org.apache.jena.graph.Node.ANY, org.civiccatalog.vocab.CIVIC.contentHash.asNode(),
                org.apache.jena.graph.Node.ANY).forEachRemaining(t -> hashes.add(t.getObject())));
        assertThat(hashes).hasSize(2).allSatisfy(h -> assertThat(h.getLiteralLexicalForm()).startsWith("import|"));
        assertThat(Audit.run(store, AuditOptions.defaults().withClock(AuditFixture.CLOCK).withLinks(LinkResults.of(AuditFixture.linksOk())))
                .reused()).isZero();
        // unchanged file imported again: reused without reports too; a changed description: audited again
        importAll(AuditFixture.perfect(), NO_KEYWORDS);
        assertThat(Audit.run(store, AuditOptions.defaults().withClock(AuditFixture.CLOCK).withLinks(LinkResults.of(AuditFixture.linksOk())))
                .reused()).isEqualTo(2);
        importAll(AuditFixture.perfect(), NO_KEYWORDS.replace("\"Street trees\"", "\"Street trees, revised\""));
        AuditSummary changed = Audit.run(store, AuditOptions.defaults().withClock(AuditFixture.CLOCK).withLinks(LinkResults.of(AuditFixture.linksOk())));
        assertThat(changed.reused()).isEqualTo(1);
        assertThat(changed.timings().datasets()).isEqualTo(1);
    }

    /**
     * Twin: a record whose description changed but which kept its old content hash is reused (stale): the hash, not
     * the record graph, is what the first pass compares.
     */
    @Test
    void a_changed_record_under_its_old_content_hash_is_reused() {
        importAll(NO_KEYWORDS);
        Audit.run(store, AuditOptions.defaults().withClock(AuditFixture.CLOCK).withLinks(LinkResults.of(AuditFixture.linksOk())));
        org.apache.jena.graph.Graph[] record = new org.apache.jena.graph.Graph[1];
        store.forEachRecord(g -> record[0] = g);
        String hash = record[0].find(org.apache.jena.graph.Node.ANY, org.civiccatalog.vocab.CIVIC.contentHash.asNode(),
                org.apache.jena.graph.Node.ANY).next().getObject().getLiteralLexicalForm();
        String dataset = org.civiccatalog.core.store.RecordGraph.datasetOf(record[0]).orElseThrow();
        String upstream = record[0].find(org.apache.jena.graph.Node.ANY, org.civiccatalog.vocab.CIVIC.upstreamId.asNode(),
                org.apache.jena.graph.Node.ANY).next().getObject().getLiteralLexicalForm();
        org.apache.jena.graph.Graph description = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        org.apache.jena.graph.Node rec = record[0].find(org.apache.jena.graph.Node.ANY, org.civiccatalog.vocab.CIVIC.contentHash.asNode(),
                org.apache.jena.graph.Node.ANY).next().getSubject();
        record[0].find().forEachRemaining(t -> {   // the description without its title (nor the record's own triples)
            boolean meta = t.getSubject().equals(rec) || t.getPredicate().equals(org.civiccatalog.vocab.DCAT.record.asNode())
                    || t.getPredicate().equals(org.civiccatalog.vocab.DCAT.dataset.asNode());
            if (!meta && !t.getPredicate().equals(org.civiccatalog.vocab.DCTERMS.title.asNode())) description.add(t);
        });
        store.replaceRecords(AuditFixture.source("city", "city"), List.of(new org.civiccatalog.core.store.RecordGraph("city",
                upstream, dataset, description).withContentHash(hash)));
        AuditSummary stale = Audit.run(store, AuditOptions.defaults().withClock(AuditFixture.CLOCK).withLinks(LinkResults.of(AuditFixture.linksOk())));
        assertThat(stale.reused()).isEqualTo(1);
        AuditSummary full = Audit.run(store, AuditOptions.defaults().withClock(AuditFixture.CLOCK).withLinks(LinkResults.of(AuditFixture.linksOk())).full());
        assertThat(full.aggregates()).isNotEqualTo(stale.aggregates());   // no title: a required field missing
    }

    /** A stored report this build cannot read back: that dataset is audited again, not lost. */
    @Test
    void an_unreadable_stored_report_is_audited_again() {
        importAll(AuditFixture.perfect(), NO_KEYWORDS);
        List<DatasetReport> first = new ArrayList<>(), second = new ArrayList<>();
        AuditSummary run = audit(AuditFixture.linksOk(), first);
        org.apache.jena.graph.Node g = org.apache.jena.graph.NodeFactory.createURI(run.graphIri());
        org.apache.jena.graph.Node d = org.apache.jena.graph.NodeFactory.createURI(first.get(0).datasetIri());
        store.write(ds -> {
            ds.asDatasetGraph().deleteAny(g, d, org.civiccatalog.vocab.CIVIC.auditReport.asNode(), org.apache.jena.graph.Node.ANY);
            ds.asDatasetGraph().add(g, d, org.civiccatalog.vocab.CIVIC.auditReport.asNode(),
                    org.apache.jena.graph.NodeFactory.createLiteralString("{not json"));
        });
        AuditSummary again = audit(AuditFixture.linksOk(), second);
        assertThat(again.failed()).isZero();
        assertThat(again.reused()).isEqualTo(1);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void the_rule_set_version_covers_every_resource_and_the_code_version() throws IOException {
        Path resources = Path.of("src/main/resources/org/civiccatalog/core/audit");
        List<String> files;
        try (Stream<Path> s = Files.walk(resources)) {
            files = s.filter(Files::isRegularFile).map(p -> resources.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("README.md")).sorted().toList();
        }
        assertThat(RuleSet.RESOURCES).containsExactlyInAnyOrderElementsOf(files);
        assertThat(RuleSet.version()).isEqualTo(RuleSet.digest(RuleSet.CODE_VERSION))
                .isNotEqualTo(RuleSet.digest(RuleSet.CODE_VERSION + 1));
    }
}
