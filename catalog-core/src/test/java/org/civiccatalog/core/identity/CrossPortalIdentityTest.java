package org.civiccatalog.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiccatalog.core.identity.Descriptions.dataset;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.export.RdfExporter;
import org.civiccatalog.core.export.RdfSyntax;
import org.civiccatalog.core.imports.DataJsonExporter;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.vocab.DCAT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Copies across portals, found in a real TDB2 store, and feeds that list each dataset once. */
class CrossPortalIdentityTest {
    static final SourceInfo CITY = source("city", "city");
    static final SourceInfo COUNTY = source("county", "county");
    static final SourceInfo STATE = source("state", "state");

    @TempDir Path dir;
    TdbCatalogStore store;

    static SourceInfo source(String id, String level) {
        return new SourceInfo(id, id, "datajson", Optional.empty(), Optional.empty(), Optional.of(level));
    }

    @BeforeEach
    void open() {
        store = TdbCatalogStore.open(dir, "http://catalog.test/");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void put(SourceInfo s, Descriptions... ds) {
        store.replaceRecords(s, Arrays.stream(ds).map(Descriptions::record).toList());
    }

    private Descriptions d(SourceInfo s, String key) {
        return dataset(store.iris(), s.id(), key);
    }

    /** A few ordinary datasets per portal, so that each portal's home host is plain. */
    private void background() {
        for (SourceInfo s : List.of(CITY, COUNTY, STATE))
            for (int i = 1; i <= 3; i++)
                put(s, d(s, "bg" + i).landing("https://data." + s.id() + ".gov/d/bg" + i));
    }

    @Test
    void the_same_landing_page_makes_the_county_dataset_a_copy_of_the_city_one() {
        background();
        Descriptions city = d(CITY, "a").landing("https://data.city.gov/d/aaaa-1111");
        Descriptions county = d(COUNTY, "a").landing("http://www.data.city.gov/d/aaaa-1111/");
        put(CITY, city);
        put(COUNTY, county);
        IdentityReport r = CrossPortalIdentity.refresh(store);
        assertThat(r.outcome()).isEqualTo(IdentityReport.Outcome.CHANGED);
        assertThat(r.scanned()).isEqualTo(11);
        assertThat(CrossPortalIdentity.links(store)).containsExactly(new CopyLink(county.iri(), city.iri(),
                MatchKind.SAME_LANDING_PAGE, "data.city.gov/d/aaaa-1111", city.iri()));
    }

    @Test
    void a_shared_download_url_links_the_state_copy_to_the_city_origin() {
        background();
        String csv = "https://data.city.gov/api/views/bbbb-2222/rows.csv?accessType=DOWNLOAD";
        Descriptions city = d(CITY, "b").landing("https://data.city.gov/d/bbbb-2222").download(csv);
        Descriptions state = d(STATE, "b").landing("https://data.state.gov/dataset/b").download(csv);
        put(STATE, state);
        put(CITY, city);
        CrossPortalIdentity.refresh(store);
        assertThat(CrossPortalIdentity.links(store)).containsExactly(new CopyLink(state.iri(), city.iri(),
                MatchKind.SAME_DOWNLOAD_URL, "data.city.gov/api/views/bbbb-2222/rows.csv?accessType=DOWNLOAD", city.iri()));
    }

    @Test
    void without_other_evidence_the_lower_level_of_government_is_the_origin() {
        background();
        String csv = "https://files.example.org/c.csv";
        Descriptions county = d(COUNTY, "c").landing("https://data.county.gov/d/c").download(csv);
        Descriptions state = d(STATE, "c").landing("https://data.state.gov/dataset/c").download(csv);
        put(COUNTY, county);
        put(STATE, state);
        CrossPortalIdentity.refresh(store);
        assertThat(CrossPortalIdentity.links(store)).extracting(CopyLink::copy, CopyLink::origin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(state.iri(), county.iri()));
    }

    @Test
    void a_record_naming_another_page_as_its_source_makes_that_page_the_origin_whatever_the_level() {
        background();
        String csv = "https://files.example.org/c.csv";
        Descriptions county = d(COUNTY, "c").landing("https://data.county.gov/d/c").download(csv)
                .source("https://data.state.gov/dataset/c");
        Descriptions state = d(STATE, "c").landing("https://data.state.gov/dataset/c").download(csv);
        put(COUNTY, county);
        put(STATE, state);
        CrossPortalIdentity.refresh(store);
        assertThat(CrossPortalIdentity.links(store)).containsExactly(new CopyLink(county.iri(), state.iri(),
                MatchKind.SOURCE_LINK, "data.state.gov/dataset/c", state.iri()));
    }

    @Test
    void a_federated_dataset_whose_landing_page_leaves_its_portal_points_to_the_portal_it_lives_on() {
        background();
        // The city portal lists the county's dataset (Socrata federation): same landing page, on the county's host.
        Descriptions cityListing = d(CITY, "f").landing("https://data.county.gov/d/ffff-6666");
        Descriptions county = d(COUNTY, "f").landing("https://data.county.gov/d/ffff-6666");
        put(CITY, cityListing);
        put(COUNTY, county);
        CrossPortalIdentity.refresh(store);
        assertThat(CrossPortalIdentity.links(store)).extracting(CopyLink::copy, CopyLink::origin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(cityListing.iri(), county.iri()));
    }

    static final String TREES = "Every street tree the city maintains, with its species, trunk diameter, planting"
            + " date, condition rating and the address of the nearest property, updated weekly by urban forestry crews.";

    @Test
    void the_same_title_and_a_nearly_identical_description_make_a_copy() {
        background();
        Descriptions city = d(CITY, "trees").title("Street Trees").description(TREES)
                .landing("https://data.city.gov/d/tree-1234");
        Descriptions state = d(STATE, "city-trees").title("Street trees.")
                .description(TREES.replace("weekly", "monthly")).landing("https://data.state.gov/dataset/city-trees");
        put(CITY, city);
        put(STATE, state);
        CrossPortalIdentity.refresh(store);
        assertThat(CrossPortalIdentity.links(store)).containsExactly(new CopyLink(state.iri(), city.iri(),
                MatchKind.SIMILAR_TEXT, "street trees", city.iri()));
    }

    @Test
    void the_same_title_with_another_description_is_a_namesake_not_a_copy() {
        background();
        put(CITY, d(CITY, "trees").title("Street Trees").description(TREES).landing("https://data.city.gov/d/tree-1234"));
        put(STATE, d(STATE, "trees").title("Street Trees").landing("https://data.state.gov/dataset/trees")
                .description("Trees along state highways counted by the transportation department in its"
                        + " roadside vegetation survey, by district and route, with the year of each count."));
        IdentityReport r = CrossPortalIdentity.refresh(store);
        assertThat(CrossPortalIdentity.links(store)).isEmpty();
        assertThat(r.copies()).isZero();
        assertThat(r.outcome()).isEqualTo(IdentityReport.Outcome.UNCHANGED);
    }

    @Test
    void a_url_many_records_of_one_portal_share_proves_nothing() {
        background();
        String api = "https://data.city.gov/api/catalog";
        put(CITY, d(CITY, "e1").download(api), d(CITY, "e2").download(api));
        put(COUNTY, d(COUNTY, "e1").download(api));
        CrossPortalIdentity.refresh(store);
        assertThat(CrossPortalIdentity.links(store)).isEmpty();
    }

    @Test
    void two_records_of_one_portal_are_never_copies_of_each_other() {
        background();
        put(CITY, d(CITY, "x").landing("https://data.city.gov/d/same"), d(CITY, "y").landing("https://data.city.gov/d/same"));
        CrossPortalIdentity.refresh(store);
        assertThat(CrossPortalIdentity.links(store)).isEmpty();
    }

    @Test
    void a_long_identifier_links_but_a_short_one_does_not() {
        background();
        String uuid = "7c3e9a52-1d4b-4f0a-9e61-2b8f5d0c4a17";
        Descriptions city = d(CITY, "u").identifier(uuid);
        Descriptions county = d(COUNTY, "u").identifier(uuid);
        put(CITY, city, d(CITY, "n").identifier("42"));
        put(COUNTY, county, d(COUNTY, "n").identifier("42"));
        CrossPortalIdentity.refresh(store);
        assertThat(CrossPortalIdentity.links(store)).containsExactly(
                new CopyLink(county.iri(), city.iri(), MatchKind.SAME_IDENTIFIER, uuid, city.iri()));
    }

    @Test
    void feeds_list_a_dataset_once_from_its_origin() throws Exception {
        background();
        Descriptions city = d(CITY, "a").landing("https://data.city.gov/d/aaaa-1111").identifier("city-a-identifier");
        Descriptions county = d(COUNTY, "a").landing("https://data.city.gov/d/aaaa-1111").identifier("county-a-identifier");
        Descriptions state = d(STATE, "a").landing("https://data.city.gov/d/aaaa-1111").identifier("state-a-identifier");
        put(CITY, city);
        put(COUNTY, county);
        put(STATE, state);
        assertThat(store.countListedDatasets()).isEqualTo(12);
        CrossPortalIdentity.refresh(store);

        assertThat(store.countDatasets()).isEqualTo(12);
        assertThat(store.countListedDatasets()).isEqualTo(10);
        List<String> listed = store.datasetIris(0, 100);
        assertThat(listed).hasSize(10).contains(city.iri()).doesNotContain(county.iri(), state.iri());

        JsonNode all = new ObjectMapper().readTree(dataJson(null));
        List<String> ids = new ArrayList<>();
        all.path("dataset").forEach(n -> ids.add(n.path("identifier").asText()));
        assertThat(ids).hasSize(10).contains("city-a-identifier").doesNotContain("county-a-identifier", "state-a-identifier");
        // a source's own feed does not re-export a copy either
        JsonNode countyFeed = new ObjectMapper().readTree(dataJson("county"));
        assertThat(countyFeed.path("dataset")).hasSize(3);

        Graph rdf = GraphFactory.createGraphMem();
        org.apache.jena.riot.RDFParser.fromString(turtle(), org.apache.jena.riot.Lang.TURTLE).parse(rdf);
        assertThat(rdf.find(null, org.apache.jena.vocabulary.RDF.type.asNode(), DCAT.Dataset.asNode()).toList()).hasSize(10);
        assertThat(rdf.contains(NodeFactory.createURI(county.iri()), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY)).isFalse();
    }

    @Test
    void a_withdrawn_origin_no_longer_hides_its_copy() {
        background();
        Descriptions city = d(CITY, "a").landing("https://data.city.gov/d/aaaa-1111");
        Descriptions county = d(COUNTY, "a").landing("https://data.city.gov/d/aaaa-1111");
        put(CITY, city);
        put(COUNTY, county);
        CrossPortalIdentity.refresh(store);
        assertThat(store.datasetIris(0, 100)).doesNotContain(county.iri());
        store.withdraw(CITY, List.of("a"), Instant.now());
        assertThat(CrossPortalIdentity.refresh(store).outcome()).isEqualTo(IdentityReport.Outcome.CHANGED);
        assertThat(CrossPortalIdentity.links(store)).isEmpty();
        assertThat(store.datasetIris(0, 100)).contains(county.iri(), city.iri());
    }

    @Test
    void an_unchanged_store_is_not_read_again_and_unchanged_links_move_no_feed() {
        background();
        Descriptions city = d(CITY, "a").landing("https://data.city.gov/d/aaaa-1111");
        Descriptions county = d(COUNTY, "a").landing("https://data.city.gov/d/aaaa-1111");
        put(CITY, city);
        put(COUNTY, county);
        IdentityReport first = CrossPortalIdentity.refresh(store);
        assertThat(first.outcome()).isEqualTo(IdentityReport.Outcome.CHANGED);
        long version = store.state().version();
        IdentityReport again = CrossPortalIdentity.refresh(store);
        assertThat(again.outcome()).isEqualTo(IdentityReport.Outcome.SKIPPED);
        assertThat(again.copies()).isEqualTo(1);
        // the skipped pass counts what is held, as the pass that wrote it counted
        assertThat(again.origins()).isEqualTo(first.origins()).isEqualTo(1);
        assertThat(again.byKind()).isEqualTo(first.byKind()).hasSize(1);
        put(STATE, d(STATE, "other").landing("https://data.state.gov/dataset/other"));
        long afterWrite = store.state().version();
        assertThat(afterWrite).isGreaterThan(version);
        assertThat(CrossPortalIdentity.refresh(store).outcome()).isEqualTo(IdentityReport.Outcome.UNCHANGED);
        assertThat(store.state().version()).isEqualTo(afterWrite);
        assertThat(CrossPortalIdentity.links(store)).hasSize(1);
    }

    @Test
    void a_derived_graph_computed_from_an_older_state_is_not_written() {
        background();
        long old = store.state().version();
        put(CITY, d(CITY, "late"));
        Graph g = GraphFactory.createGraphMem();
        g.add(NodeFactory.createURI("http://catalog.test/x"), org.civiccatalog.vocab.CIVIC.copyOf.asNode(),
                NodeFactory.createURI("http://catalog.test/y"));
        assertThat(store.replaceDerivedGraph(store.iris().identityGraph(), g, old)).isEqualTo(CatalogStore.DerivedUpdate.STALE);
        assertThat(CrossPortalIdentity.links(store)).isEmpty();
        assertThat(store.derivedGraphVersion(store.iris().identityGraph())).isEqualTo(-1);
        assertThat(store.replaceDerivedGraph(store.iris().identityGraph(), g, store.state().version()))
                .isEqualTo(CatalogStore.DerivedUpdate.CHANGED);
        assertThat(store.derivedGraphVersion(store.iris().identityGraph())).isEqualTo(store.state().version());
    }

    private String dataJson(String sourceId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataJsonExporter exporter = new DataJsonExporter(store);
        if (sourceId == null) exporter.exportAll("http://catalog.test/data.json", out);
        else exporter.export(sourceId, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String turtle() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RdfExporter(store).export(RdfSyntax.TURTLE, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_query_in_docs_identity_md_counts_the_copies_of_each_origin() throws Exception {
        background();
        Descriptions city = d(CITY, "a").title("Street Trees").landing("https://data.city.gov/d/aaaa-1111");
        put(CITY, city);
        put(COUNTY, d(COUNTY, "a").landing("https://data.city.gov/d/aaaa-1111"));
        put(STATE, d(STATE, "a").landing("https://data.city.gov/d/aaaa-1111"));
        String doc = java.nio.file.Files.readString(Path.of("..", "docs", "identity.md"));
        var m = java.util.regex.Pattern.compile("```sparql\\n(.*?)```", java.util.regex.Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("docs/identity.md has a sparql example").isTrue();
        String query = m.group(1);
        java.util.function.Supplier<List<String>> rows = () -> store.read(ds -> {
            List<String> out = new ArrayList<>();
            try (var qe = org.apache.jena.query.QueryExecution.dataset(ds).query(query)
                    .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getResource("origin").getURI() + " "
                        + r.getLiteral("title").getString() + " " + r.getLiteral("copies").getInt()));
            }
            return out;
        });
        assertThat(rows.get()).isEmpty();
        CrossPortalIdentity.refresh(store);
        assertThat(rows.get()).containsExactly(city.iri() + " Street Trees 2");
    }

    @Test
    void near_twins_on_one_portal_each_keep_their_own_copy() {
        background();
        String note = " Republished by the county for regional use; see the original publisher for updates.";
        Descriptions daily = d(CITY, "daily").title("Parking Citations").description(TREES).issued("2020-01-01")
                .landing("https://data.city.gov/d/daily");
        Descriptions weekly = d(CITY, "weekly").title("Parking Citations").description(TREES).issued("2021-06-01")
                .landing("https://data.city.gov/d/weekly");
        Descriptions copyOfDaily = d(COUNTY, "c1").title("Parking Citations (City)").description(TREES + note)
                .issued("2020-01-01").landing("https://data.county.gov/d/c1");
        Descriptions copyOfWeekly = d(STATE, "c2").title("City: Parking Citations").description(TREES + note)
                .issued("2021-06-01").landing("https://data.state.gov/dataset/c2");
        put(CITY, daily, weekly);
        put(COUNTY, copyOfDaily);
        put(STATE, copyOfWeekly);
        CrossPortalIdentity.refresh(store);
        // The two copies match each other best of all, but joining them would merge the city's two datasets.
        assertThat(CrossPortalIdentity.links(store)).extracting(CopyLink::copy, CopyLink::origin).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(copyOfDaily.iri(), daily.iri()),
                org.assertj.core.groups.Tuple.tuple(copyOfWeekly.iri(), weekly.iri()));
    }

    @Test
    void identical_twins_on_one_portal_leave_their_copy_unlinked_rather_than_guess() {
        background();
        Descriptions a = d(CITY, "a").title("Parking Citations").description(TREES).landing("https://data.city.gov/d/a");
        Descriptions b = d(CITY, "b").title("Parking Citations").description(TREES).landing("https://data.city.gov/d/b");
        put(CITY, a, b);
        put(COUNTY, d(COUNTY, "c").title("Parking Citations").description(TREES).landing("https://data.county.gov/d/c"));
        CrossPortalIdentity.refresh(store);
        assertThat(CrossPortalIdentity.links(store)).isEmpty();
    }
}
