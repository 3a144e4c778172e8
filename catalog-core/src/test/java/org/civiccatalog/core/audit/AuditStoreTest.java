package org.civiccatalog.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.store.StoreState;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.PROV;
import org.civiccatalog.vocab.Prefixes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit stored as DQV in a real TDB2 store: one graph per run, all kept, queryable, feeds untouched. */
class AuditStoreTest {
    @TempDir Path dir;
    TdbCatalogStore store;

    @BeforeEach
    void open() {
        store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/");
        AuditFixture.importTurtle(store, dir, AuditFixture.source("city", "city"), AuditFixture.perfect());
        AuditFixture.importTurtle(store, dir, AuditFixture.source("county", "county"), AuditFixture.perfect()
                .replace("dataset/street-trees", "dataset/parks").replace("\"street-trees\"", "\"parks\"")
                .replace("Urban Forestry Division", "Parks Department")
                .replace("    dcat:keyword \"trees\" ;\n", "").replace("    dcat:keyword \"urban forest\" ;\n", ""));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static AuditOptions at(String instant) {
        return AuditOptions.defaults().withClock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC))
                .withLinks(LinkResults.of(AuditFixture.linksOk()));
    }

    static RowSet select(Graph unused, org.apache.jena.query.Dataset ds, String sparql) {
        Query q = QueryFactory.create(Prefixes.sparqlPrologue() + sparql);
        return QueryExec.dataset(ds.asDatasetGraph()).query(q).set(TDB2.symUnionDefaultGraph, true).select().materialize();
    }

    @Test
    void each_run_is_kept_in_its_own_quality_graph_and_feeds_do_not_move() {
        StoreState before = store.state();
        AuditSummary first = Audit.run(store, at("2026-11-20T08:00:00Z"), r -> {});
        AuditSummary second = Audit.run(store, at("2026-11-21T08:00:00Z"), r -> {});

        assertThat(store.state()).as("an audit is a log: the feeds' state (ETags) does not change").isEqualTo(before);
        assertThat(first.graphIri()).isEqualTo("http://catalog.test/graph/audit/20261120T080000.000Z");
        assertThat(second.graphIri()).isNotEqualTo(first.graphIri());
        List<String> graphs = store.read(ds -> {
            List<String> out = new ArrayList<>();
            ds.asDatasetGraph().listGraphNodes().forEachRemaining(n -> {
                if (n.getURI().contains("/graph/audit/")) out.add(n.getURI());
            });
            return out;
        });
        assertThat(graphs).containsExactlyInAnyOrder(first.graphIri(), second.graphIri());
        List<AuditHistory.Run> runs = AuditHistory.runs(store);
        assertThat(runs).extracting(AuditHistory.Run::runIri).containsExactly(first.runIri(), second.runIri());
        assertThat(runs).allSatisfy(r -> {
            assertThat(r.datasets()).isEqualTo(2);
            assertThat(r.meanScore()).isEqualTo(390.0);
        });
        long[] records = {0};
        store.forEachRecord(g -> records[0]++);
        assertThat(records[0]).as("quality graphs are not records").isEqualTo(2);
    }

    @Test
    void measurements_and_findings_are_dqv_in_the_union_default_graph() {
        AuditSummary s = Audit.run(store, at("2026-11-22T08:00:00Z"), r -> {});

        assertThat(s.region().meanScore()).isEqualTo(390.0);
        assertThat(s.find(Aggregate.Kind.DEPARTMENT, "Parks Department")).get().extracting(Aggregate::meanScore).isEqualTo(375.0);
        assertThat(s.find(Aggregate.Kind.JURISDICTION, "county")).get().extracting(Aggregate::datasets).isEqualTo(1L);
        assertThat(s.find(Aggregate.Kind.SOURCE, "city")).get().extracting(a -> a.band(Band.EXCELLENT)).isEqualTo(1L);
        store.read(ds -> {
            RowSet scores = select(null, ds, """
                    SELECT ?ds ?v WHERE { ?m a dqv:QualityMeasurement ; dqv:computedOn ?ds ; dqv:isMeasurementOf pv:scoring ;
                                             dqv:value ?v . ?ds a dcat:Dataset } ORDER BY ?v""");
            assertThat(scores.rewindable().size()).isEqualTo(2);
            RowSet fixes = select(null, ds, """
                    SELECT ?rule ?points ?severity WHERE { ?m dqv:computedOn ?ds ; dqv:isMeasurementOf ?metric ; dqv:value false ;
                        civic:fixPoints ?points . ?metric civic:ruleId ?rule ; civic:severity ?severity }""");
            var row = fixes.next();
            assertThat(row.get("rule").getLiteralLexicalForm()).isEqualTo("mqa.keywordAvailability");
            assertThat(((Number) row.get("points").getLiteralValue()).doubleValue()).isEqualTo(30.0);
            assertThat(row.get("severity")).isEqualTo(CIVIC.warning.asNode());
            assertThat(fixes.hasNext()).isFalse();
            return null;
        });
    }

    @Test
    void dimensions_and_la_areas_are_stored_only_below_full_marks() {
        Audit.run(store, at("2026-11-22T08:00:00Z"), r -> {});

        store.read(ds -> {
            // the perfect dataset is at full marks everywhere: none of its; the parks twin lacks its keywords (30 of
            // findability's 100 points) and is otherwise perfect: its findability only, at 70
            RowSet rows = select(null, ds, """
                    SELECT ?ds ?metric ?v WHERE { ?m dqv:computedOn ?ds ; dqv:isMeasurementOf ?metric ; dqv:value ?v .
                        ?ds a dcat:Dataset .
                        VALUES ?metric { pv:findabilityScoring pv:accessibilityScoring pv:interoperabilityScoring
                                         pv:reusabilityScoring pv:contextualityScoring civic:laConsistency
                                         civic:laAccessibility civic:laComprehensiveness civic:laTrustworthiness
                                         civic:laDegreeOfInterest } }""");
            var row = rows.next();
            assertThat(row.get("ds").getURI()).contains("dataset/county/");
            assertThat(row.get("metric").getURI()).isEqualTo(org.civiccatalog.vocab.PV.findabilityScoring.getURI());
            assertThat(((Number) row.get("v").getLiteralValue()).doubleValue()).isEqualTo(70.0);
            assertThat(rows.hasNext()).isFalse();
            return null;
        });
    }

    @Test
    void stored_link_checks_decide_the_link_points_and_the_latest_check_wins() {
        Graph checks = GraphFactory.createGraphMem();
        check(checks, AuditFixture.CSV, 404, "2026-11-01T00:00:00Z");
        check(checks, AuditFixture.CSV, 200, "2026-11-02T00:00:00Z");
        check(checks, AuditFixture.PAGE, 500, "2026-11-02T00:00:00Z");
        store.appendToLog(store.iris().linkCheckGraph(), checks);
        List<DatasetReport> reports = new ArrayList<>();

        Audit.run(store, AuditOptions.defaults().withClock(AuditFixture.CLOCK), reports::add);

        DatasetReport trees = reports.stream().filter(r -> r.datasetIri().contains("street-trees")).findFirst().orElseThrow();
        assertThat(trees.mqa().pendingPoints()).isZero();
        assertThat(trees.score()).isEqualTo(355.0);
        assertThat(trees.fixes()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("mqa.accessUrlStatusCode");
            assertThat(f.message()).contains(AuditFixture.PAGE).contains("HTTP 500");
        });
    }

    private static void check(Graph g, String url, int status, String at) {
        Node c = NodeFactory.createBlankNode();
        g.add(Triple.create(c, RDF.type.asNode(), CIVIC.LinkCheck.asNode()));
        g.add(Triple.create(c, CIVIC.checkedUrl.asNode(), NodeFactory.createURI(url)));
        g.add(Triple.create(c, CIVIC.httpStatus.asNode(), NodeFactory.createLiteralDT(Integer.toString(status), XSDDatatype.XSDinteger)));
        g.add(Triple.create(c, PROV.atTime.asNode(), NodeFactory.createLiteralDT(at, XSDDatatype.XSDdateTime)));
    }

    @Test
    void withdrawn_records_are_not_audited() {
        store.withdraw(AuditFixture.source("county", "county"), List.of("https://data.example.gov/dataset/parks"),
                Instant.parse("2026-11-21T00:00:00Z"));
        List<DatasetReport> reports = new ArrayList<>();

        AuditSummary s = Audit.run(store, at("2026-11-22T08:00:00Z"), reports::add);

        assertThat(reports).extracting(DatasetReport::department).containsExactly("Urban Forestry Division");
        assertThat(s.datasets()).isEqualTo(1);
        assertThat(s.region().meanScore()).isEqualTo(405.0);
    }

    @Test
    void a_failing_listener_stops_the_run_and_leaves_no_completed_run() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Audit.run(store, at("2026-11-22T09:00:00Z"), r -> {
            throw new IllegalStateException("disk full");
        })).hasMessage("disk full");
        assertThat(AuditHistory.runs(store)).isEmpty();
    }
}
