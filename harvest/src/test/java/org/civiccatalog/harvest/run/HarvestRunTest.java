package org.civiccatalog.harvest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.civiccatalog.core.store.StoreState;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.core.testing.Fixtures;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.Harvester;
import org.civiccatalog.harvest.SourceKind;
import org.civiccatalog.harvest.SourceLimits;
import org.civiccatalog.harvest.adapters.DataJsonHarvester;
import org.civiccatalog.harvest.testing.PortalServer;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.civiccatalog.harvest.http.HarvestHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole runs over real HTTP into a real TDB2 store, with the real data.json adapter. */
class HarvestRunTest {
    static final Path CFTC = Fixtures.fixture("datajson/gsa-datagov-harvester/cftc-dcatus.json");
    static final Path CFTC_STEP2 = Fixtures.fixture("datajson/gsa-datagov-harvester/cftc-dcatus-step2.json");
    static final Path NY = Fixtures.fixture("datajson/gsa-ckanext-datajson/ny.data.json");

    @TempDir Path dir;
    PortalServer portal;
    TdbCatalogStore store;
    final AtomicReference<Reply> cftc = new AtomicReference<>();

    @BeforeEach
    void start() {
        portal = new PortalServer();
        portal.on("/cftc/data.json", x -> cftc.get());
        cftc.set(Reply.file("application/json", CFTC));
        store = TdbCatalogStore.open(dir, "http://catalog.test/");
    }

    @AfterEach
    void stop() {
        portal.close();
        store.close();
    }

    HarvestSource source(String id, String path, double maxVanished) {
        var d = SourceLimits.defaults();
        return HarvestSource.of(id, SourceKind.DATAJSON, portal.url(path)).withLimits(new SourceLimits(d.pageSize(),
                d.maxPages(), d.maxResponseBytes(), d.maxDistributions(), d.maxKeywords(), d.maxTextLength(), maxVanished));
    }

    HarvestReport run(HarvestSource... sources) {
        Harvester dj = new DataJsonHarvester();
        var http = HarvestHttpClient.builder().readTimeout(java.time.Duration.ofSeconds(5))
                .backoffBase(java.time.Duration.ofMillis(5)).backoffCap(java.time.Duration.ofMillis(20)).maxRetries(1).build();
        return new HarvestRun(store, http, k -> dj).batchSize(3).run(List.of(sources));
    }

    static SourceReport only(HarvestReport r) {
        assertThat(r.sources()).hasSize(1);
        return r.sources().get(0);
    }

    @Test
    void a_first_run_creates_and_a_second_over_unchanged_sources_writes_nothing() {
        SourceReport first = only(run(source("cftc", "/cftc/data.json", 0.2)));
        assertThat(first.outcome()).isEqualTo(SourceReport.Outcome.COMPLETE);
        assertThat(first.created()).isEqualTo(7);
        assertThat(store.countDatasets()).isEqualTo(7);
        StoreState state = store.state();
        SourceReport second = only(run(source("cftc", "/cftc/data.json", 0.2)));
        assertThat(second.unchanged()).isEqualTo(7);
        assertThat(second.writes()).isZero();
        assertThat(store.state()).as("no write: the feeds' state did not move").isEqualTo(state);
    }

    @Test
    void a_changed_record_is_rewritten_and_vanished_ones_withdrawn_within_the_allowed_share() {
        run(source("cftc", "/cftc/data.json", 0.6));
        cftc.set(Reply.file("application/json", CFTC_STEP2));
        SourceReport r = only(run(source("cftc", "/cftc/data.json", 0.6)));
        assertThat(r.outcome()).isEqualTo(SourceReport.Outcome.COMPLETE);
        assertThat(r.changed()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(2);
        assertThat(r.withdrawn()).isEqualTo(4);
        assertThat(store.countDatasets()).as("withdrawn records stay").isEqualTo(7);
        assertThat(store.recordStates("cftc").values().stream().filter(s -> s.withdrawn()).count()).isEqualTo(4);
        cftc.set(Reply.file("application/json", CFTC));
        SourceReport back = only(run(source("cftc", "/cftc/data.json", 0.6)));
        assertThat(back.returned()).isEqualTo(4);
        assertThat(back.changed()).isEqualTo(1);
        assertThat(store.recordStates("cftc").values()).noneMatch(s -> s.withdrawn());
    }

    @Test
    void too_many_vanished_records_withdraw_nothing_and_say_why() {
        run(source("cftc", "/cftc/data.json", 0.2));
        cftc.set(Reply.file("application/json", CFTC_STEP2));
        SourceReport r = only(run(source("cftc", "/cftc/data.json", 0.2)));
        assertThat(r.withdrawn()).isZero();
        assertThat(r.problem()).contains("4 of 7").contains("nothing was withdrawn");
        assertThat(store.recordStates("cftc").values()).noneMatch(s -> s.withdrawn());
    }

    @Test
    void a_failed_gather_withdraws_nothing_and_keeps_the_store() {
        run(source("cftc", "/cftc/data.json", 0.2));
        var before = store.recordStates("cftc");
        cftc.set(Reply.status(503, Map.of("Content-Type", "text/plain")));
        SourceReport r = only(run(source("cftc", "/cftc/data.json", 1.0)));
        assertThat(r.outcome()).isEqualTo(SourceReport.Outcome.FAILED);
        assertThat(r.problem()).contains("503").contains("Nothing was withdrawn");
        assertThat(store.recordStates("cftc")).isEqualTo(before);
    }

    @Test
    void a_truncated_feed_withdraws_nothing() {
        run(source("cftc", "/cftc/data.json", 0.2));
        var before = store.recordStates("cftc");
        cftc.set(Reply.file("application/json", CFTC).truncatedAt(4000));
        SourceReport r = only(run(source("cftc", "/cftc/data.json", 1.0)));
        assertThat(r.outcome()).isNotEqualTo(SourceReport.Outcome.COMPLETE);
        assertThat(r.withdrawn()).isZero();
        assertThat(store.recordStates("cftc").values()).noneMatch(s -> s.withdrawn());
        assertThat(store.recordStates("cftc").keySet()).isEqualTo(before.keySet());
    }

    @Test
    void one_failing_source_never_stops_the_others() {
        portal.on("/ny/data.json", Reply.file("application/json", NY));
        portal.on("/down/data.json", Reply.status(500, Map.of()));
        HarvestReport r = run(source("down", "/down/data.json", 0.2), source("ny", "/ny/data.json", 0.2));
        assertThat(r.sources()).extracting(SourceReport::outcome)
                .containsExactly(SourceReport.Outcome.FAILED, SourceReport.Outcome.COMPLETE);
        assertThat(r.sources().get(1).created()).isPositive();
        assertThat(r.allComplete()).isFalse();
    }

    @Test
    void sources_of_one_run_each_diff_against_their_own_records_read_in_one_pass() {
        portal.on("/ny/data.json", Reply.file("application/json", NY));
        HarvestReport first = run(source("cftc", "/cftc/data.json", 0.6), source("ny", "/ny/data.json", 0.6));
        int ny = first.sources().get(1).created();
        assertThat(first.sources().get(0).created()).isEqualTo(7);
        assertThat(ny).isPositive();
        var nyStates = store.recordStates("ny");

        cftc.set(Reply.file("application/json", CFTC_STEP2));
        HarvestReport second = run(source("cftc", "/cftc/data.json", 0.6), source("ny", "/ny/data.json", 0.6));
        SourceReport c = second.sources().get(0), n = second.sources().get(1);
        assertThat(List.of(c.changed(), c.unchanged(), c.withdrawn(), c.created())).containsExactly(1, 2, 4, 0);
        assertThat(List.of(n.unchanged(), n.writes())).containsExactly(ny, 0);
        assertThat(store.recordStates("ny")).isEqualTo(nyStates);
        assertThat(store.recordStates("cftc").values().stream().filter(s -> s.withdrawn()).count()).isEqualTo(4);
    }

    @Test
    void each_run_is_recorded_as_a_prov_activity_with_its_counts() {
        HarvestReport r = run(source("cftc", "/cftc/data.json", 0.2));
        long created = store.read(ds -> {
            var m = ds.getNamedModel(store.iris().base() + "graph/harvest");
            var run = m.createResource(r.runIri());
            assertThat(run.hasProperty(org.apache.jena.vocabulary.RDF.type, org.civiccatalog.vocab.PROV.Activity)).isTrue();
            var sr = run.getPropertyResourceValue(org.civiccatalog.vocab.CIVIC.sourceRun);
            return sr.getProperty(org.civiccatalog.vocab.CIVIC.createdCount).getLong();
        });
        assertThat(created).isEqualTo(7);
        var g = store.recordGraphOfDataset(store.iris().dataset("cftc", store.recordStates("cftc").keySet().iterator().next()))
                .orElseThrow();
        assertThat(g.contains(org.apache.jena.graph.Node.ANY, org.civiccatalog.vocab.PROV.wasGeneratedBy.asNode(),
                org.apache.jena.graph.NodeFactory.createURI(r.runIri()))).as("each record names the run that wrote it").isTrue();
        assertThat(g.contains(org.apache.jena.graph.Node.ANY, org.civiccatalog.vocab.DCTERMS.source.asNode(),
                org.apache.jena.graph.NodeFactory.createURI(portal.url("/cftc/data.json").toString())))
                .as("and the URL it came from").isTrue();
    }

    @Test
    void the_same_feed_on_two_portals_is_listed_once_from_the_lower_level_of_government() throws Exception {
        portal.on("/county/data.json", x -> Reply.file("application/json", CFTC));
        HarvestSource city = source("city", "/cftc/data.json", 0.2);
        HarvestSource county = source("county", "/county/data.json", 0.2);
        city = new HarvestSource(city.id(), "City", city.kind(), city.url(), "City", HarvestSource.Jurisdiction.CITY,
                city.schedule(), city.limits());
        county = new HarvestSource(county.id(), "County", county.kind(), county.url(), "County",
                HarvestSource.Jurisdiction.COUNTY, county.schedule(), county.limits());
        HarvestReport first = run(county, city);
        assertThat(first.identity()).hasValueSatisfying(i -> {
            assertThat(i.copies()).isEqualTo(7);
            assertThat(i.outcome()).isEqualTo(org.civiccatalog.core.identity.IdentityReport.Outcome.CHANGED);
        });
        assertThat(store.countDatasets()).isEqualTo(14);
        assertThat(store.countListedDatasets()).isEqualTo(7);
        assertThat(org.civiccatalog.core.identity.CrossPortalIdentity.links(store))
                .allSatisfy(l -> {
                    assertThat(l.copy()).startsWith(store.iris().base() + "dataset/county/");
                    assertThat(l.origin()).startsWith(store.iris().base() + "dataset/city/");
                });
        var out = new java.io.ByteArrayOutputStream();
        new org.civiccatalog.core.imports.DataJsonExporter(store).exportAll("http://catalog.test/data.json", out);
        var ids = new java.util.ArrayList<String>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toByteArray()).path("dataset")
                .forEach(d -> ids.add(d.path("identifier").asText()));
        assertThat(ids).hasSize(7).doesNotHaveDuplicates();

        StoreState state = store.state();
        HarvestReport second = run(county, city);
        assertThat(second.identity()).hasValueSatisfying(i -> {
            assertThat(i.copies()).isEqualTo(7);
            assertThat(i.outcome()).isEqualTo(org.civiccatalog.core.identity.IdentityReport.Outcome.SKIPPED);
        });
        assertThat(store.state()).as("an unchanged re-run writes nothing, identity included").isEqualTo(state);
    }
}
