package org.civiccatalog.harvest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestContext;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.adapters.Adapters;
import org.civiccatalog.harvest.http.HarvestHttpClient;
import org.civiccatalog.harvest.testing.CollectingSink;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each simulated portal harvested by its real adapter ({@code Adapters.forKind}) over real HTTP on loopback: exactly
 * the datasets and findings the region's ground truth says, broken records as findings without stopping the source,
 * and the copies carrying the evidence the ground truth names.
 */
class DemoPortalHarvestTest {
    static final CatalogIris IRIS = CatalogIris.of("http://catalog.test/");
    static final DemoRegion REGION = DemoRegion.of(DemoRegion.DEFAULT_SEED, 600);
    static DemoPortalServer portals;

    @BeforeAll
    static void start() {
        portals = DemoPortalServer.start(REGION, 0);
    }

    @AfterAll
    static void stop() {
        portals.close();
    }

    /** One harvest per portal, shared by the tests (a Socrata harvest asks for one view per dataset). */
    static final Map<DemoPortal, CollectingSink> HARVESTED = new java.util.concurrent.ConcurrentHashMap<>();

    static CollectingSink harvest(DemoPortal p) {
        return HARVESTED.computeIfAbsent(p, DemoPortalHarvestTest::harvestNow);
    }

    static CollectingSink harvestNow(DemoPortal p) {
        HarvestSource source = portals.sources().stream().filter(s -> s.id().equals(p.sourceId())).findFirst().orElseThrow();
        HarvestHttpClient http = HarvestHttpClient.builder().readTimeout(Duration.ofSeconds(20)).maxRetries(0).build();
        CollectingSink sink = new CollectingSink();
        Adapters.forKind(p.kind()).gather(source, new HarvestContext(http, IRIS), sink);
        return sink;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DemoPortal.class)
    void a_portal_harvests_exactly_what_the_ground_truth_expects(DemoPortal p) {
        CollectingSink sink = harvest(p);
        Expectation e = REGION.truth().expectation(p.sourceId());
        assertThat(e.listed()).isEqualTo(REGION.size(p));
        assertThat(sink.datasets()).as("datasets delivered").hasSize(e.harvested());
        assertThat(sink.findings(Finding.Severity.ERROR)).as("errors").hasSize(e.errors());
        assertThat(sink.findings(Finding.Severity.WARNING)).as("warnings").hasSize(e.warnings());
        assertThat(sink.findings(Finding.Severity.INFO)).as("infos").hasSize(e.infos());
        assertThat(sink.byUpstreamId()).as("no identifier delivered twice").hasSize(e.harvested());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DemoPortal.class)
    void broken_records_are_skipped_or_kept_as_the_ground_truth_says(DemoPortal p) {
        CollectingSink sink = harvest(p);
        List<BrokenRecord> broken = REGION.truth().broken(p.sourceId());
        assertThat(broken).as("every portal lists broken records").isNotEmpty();
        assertThat(e(p).errors() + e(p).warnings()).as("and some of them show in findings").isPositive();
        Map<String, ImportedDataset> delivered = sink.byUpstreamId();
        for (BrokenRecord b : broken) {
            if (b.kind() == BrokenKind.DUPLICATE_IDENTIFIER) {
                // Its twin (the first record with the identifier) is delivered; the duplicate is not.
                assertThat(delivered).containsKey(b.identifier().orElseThrow());
                assertThat(delivered.get(b.identifier().get()).position()).doesNotContain("[" + b.position() + "]");
            } else if (b.identifier().isPresent()) {
                assertThat(delivered.containsKey(b.identifier().get())).as(b.toString()).isEqualTo(b.outcome().harvested());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DemoPortal.class)
    void no_harvested_record_names_the_loopback_server(DemoPortal p) {
        String port = ":" + portals.port();
        for (ImportedDataset d : harvest(p).datasets())
            d.graph().find().forEachRemaining(t -> {
                for (Node n : new Node[] {t.getSubject(), t.getObject()}) {
                    String s = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : "";
                    assertThat(s).as(d.upstreamId()).doesNotContain("127.0.0.1").doesNotContain(port);
                }
            });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DemoPortal.class, names = {"COUNTY_DKAN", "COUNTY_FEED", "STATE_CKAN"})
    void copies_carry_the_evidence_the_ground_truth_names(DemoPortal p) {
        Map<String, ImportedDataset> delivered = harvest(p).byUpstreamId();
        List<Copy> copies = REGION.truth().copies().stream().filter(c -> c.copy().sourceId().equals(p.sourceId())).toList();
        assertThat(copies).isNotEmpty();
        for (Copy c : copies) {
            ImportedDataset d = delivered.get(c.copy().identifier());
            assertThat(d).as(c.toString()).isNotNull();
            assertThat(c.copy().datasetIri(IRIS)).isEqualTo(d.datasetIri());
            assertThat(c.copy().identifier()).isNotEqualTo(c.origin().identifier());
            Graph g = d.graph();
            Node ds = NodeFactory.createURI(d.datasetIri());
            switch (c.evidence()) {
                case SAME_LANDING_PAGE -> assertThat(uris(g, ds, DCAT.landingPage.asNode())).contains(c.shared());
                case SAME_DOWNLOAD_URL -> assertThat(downloads(g, ds)).contains(c.shared());
                case CKAN_RESOURCE_LINK -> assertThat(uris(g, ds, DCTERMS.source.asNode())).containsExactly(c.shared());
                case SIMILAR_TEXT -> assertThat(title(g, ds)).isNotEqualTo(c.shared())
                        .containsIgnoringCase(c.shared());
            }
        }
    }

    private static Expectation e(DemoPortal p) {
        return REGION.truth().expectation(p.sourceId());
    }

    static Set<String> uris(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(t -> t.getObject())
                .mapWith(o -> o.isURI() ? o.getURI() : o.isLiteral() ? o.getLiteralLexicalForm() : o.toString()).toSet();
    }

    static Set<String> downloads(Graph g, Node ds) {
        return g.find(ds, DCAT.distribution.asNode(), Node.ANY).toList().stream()
                .flatMap(t -> uris(g, t.getObject(), DCAT.downloadURL.asNode()).stream()).collect(Collectors.toSet());
    }

    static String title(Graph g, Node ds) {
        return g.find(ds, DCTERMS.title.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
    }
}
