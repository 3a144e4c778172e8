package org.civiccatalog.harvest.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.distributions;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.publisherNames;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.values;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.jena.graph.Node;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.SourceKind;
import org.civiccatalog.harvest.testing.CollectingSink;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.junit.jupiter.api.Test;

/** ArcGisHubHarvester over real HTTP against Esri's example DCAT-US 1.1 feed and a recorded Hub data.json. */
class ArcGisHubHarvesterTest extends PortalAdapterTest {
    static final String FEED_FIXTURE = "arcgis-hub/koop-dcat-us-11-readme-example-feed.json";
    static final String HUB_ID = "https://download-test-qa-pre-a-hub.hubqa.arcgis.com/datasets/f4bcc1035b7d46cba95e977f4affb6be_0";

    CollectingSink gather() {
        CollectingSink sink = new CollectingSink();
        new ArcGisHubHarvester().gather(HarvestSource.of("hub", SourceKind.ARCGIS_HUB, portal.url("/")), ctx, sink);
        return sink;
    }

    @Test
    void the_dcat_us_feed_gives_the_dataset_with_its_six_generated_distributions_in_stable_iris() {
        portal.on("/api/feed/dcat-us/1.1.json", jsonFile(FEED_FIXTURE));
        CollectingSink sink = gather();

        assertThat(portal.requests()).as("only the feed: downloads are never fetched").containsExactly("/api/feed/dcat-us/1.1.json");
        assertThat(sink.findings()).isEmpty();
        ImportedDataset d = sink.datasets().get(0);
        assertThat(sink.datasets()).hasSize(1);
        assertThat(d.upstreamId()).isEqualTo(HUB_ID);
        assertThat(d.datasetIri()).isEqualTo(IRIS.dataset("hub", HUB_ID));
        assertThat(sink.delivered().get(0).fromUrl()).isEqualTo(portal.url("/api/feed/dcat-us/1.1.json").toString());
        assertThat(values(d, DCTERMS.title)).containsExactly("Tahoe places of interest");
        assertThat(publisherNames(d)).containsExactly("QA Premium Alpha Hub");
        assertThat(values(d, DCTERMS.license)).containsExactly("No license provided. Request permission to use.");

        List<Node> dist = distributions(d);
        assertThat(dist).extracting(Node::getURI).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 6).mapToObj(n -> IRIS.distribution(d.datasetIri(), n)).toList());
        assertThat(dist).extracting(n -> values(d.graph(), n, DCTERMS.title).get(0))
                .containsExactly("ArcGIS Hub Dataset", "ArcGIS GeoService", "GeoJSON", "CSV", "KML", "Shapefile");
        assertThat(values(d.graph(), dist.get(3), DCAT.accessURL)).containsExactly(HUB_ID
                + ".csv?outSR=%7B%22latestWkid%22%3A3857%2C%22wkid%22%3A102100%7D");

        ImportedDataset again = gather().datasets().get(0);
        assertThat(again.graph().isIsomorphicWith(d.graph())).as("a second run maps to the same graph").isTrue();
        assertThat(distributions(again)).isEqualTo(dist);
    }

    @Test
    void without_the_feed_the_older_data_json_is_read() {
        portal.on("/data.json", jsonFile("datajson/gsa-datagov-harvester/arcgis-hub-ferndale-bad-license-uri.json"));
        CollectingSink sink = gather();

        assertThat(portal.requests()).containsExactly("/api/feed/dcat-us/1.1.json", "/data.json");
        assertThat(sink.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.INFO);
            assertThat(f.message()).startsWith("no DCAT-US 1.1 feed (404)");
        });
        assertThat(sink.datasets()).singleElement().satisfies(d -> {
            assertThat(d.upstreamId()).isEqualTo("https://www.arcgis.com/home/item.html?id=99731bb0369848169d98f31ce83fb0e2");
            assertThat(distributions(d)).hasSize(1);
            assertThat(values(d, DCAT.landingPage))
                    .containsExactly("https://data.ferndalemi.gov/datasets/oakgov::veterans-honor-map-locations");
        });
    }

    @Test
    void a_failing_feed_fails_the_source_without_falling_back() {
        portal.on("/api/feed/dcat-us/1.1.json", new Reply(500, Map.of("Content-Type", "text/html"),
                "<html><body>Internal Server Error</body></html>".getBytes(), 0, -1));
        assertThatThrownBy(this::gather).isInstanceOf(HarvestException.class)
                .hasMessageStartingWith("GET " + portal.url("/api/feed/dcat-us/1.1.json") + " answered 500 with an HTML page");
        assertThat(portal.requests()).containsExactly("/api/feed/dcat-us/1.1.json");
    }

    @Test
    void a_feed_still_being_generated_is_not_read() {
        portal.on("/api/feed/dcat-us/1.1.json", new Reply(202, Map.of("Content-Type", "text/plain"), "Processing".getBytes(), 0, -1));
        assertThatThrownBy(this::gather).isInstanceOf(HarvestException.class).hasMessageContaining("answered 202");
    }

    @Test
    void records_without_identifier_or_title_are_findings_and_the_others_are_delivered() {
        portal.on("/api/feed/dcat-us/1.1.json", jsonFile("datajson/gsa-datagov-harvester/dcatus_mixed_identifiers.json"));
        CollectingSink sink = gather();
        assertThat(sink.datasets()).extracting(ImportedDataset::upstreamId)
                .containsExactly("valid-id-1", "valid-id-2", "valid-id-3", "valid-id-4", "valid-id-5");
        assertThat(sink.findings(Finding.Severity.ERROR)).extracting(Finding::message).containsExactly(
                "record without identifier skipped (title 'Missing ID Dataset One'): the catalog keys records on their upstream identifier",
                "record without identifier skipped (title 'Missing ID Dataset Two'): the catalog keys records on their upstream identifier");

        portal.on("/api/feed/dcat-us/1.1.json", jsonFile("datajson/gsa-ckanext-datajson/missing-identifier-title.data.json"));
        CollectingSink second = gather();
        assertThat(second.datasets()).extracting(ImportedDataset::upstreamId).containsExactly("Test-0001");
        assertThat(second.findings(Finding.Severity.ERROR)).hasSize(2).last().extracting(Finding::message).asString()
                .startsWith("record 'Test-0002' skipped: ").contains("title");
    }

    @Test
    void a_second_record_with_the_same_identifier_is_reported_not_merged() {
        portal.on("/api/feed/dcat-us/1.1.json", Reply.ok("application/json", """
                {"dataset": [{"identifier": "hub-item-1", "title": "Parcels"},
                             {"identifier": "hub-item-1", "title": "Parcels (copy)"}]}"""));
        CollectingSink sink = gather();
        assertThat(sink.datasets()).singleElement().satisfies(d -> assertThat(values(d, DCTERMS.title)).containsExactly("Parcels"));
        assertThat(sink.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(f.message()).isEqualTo("duplicate identifier 'hub-item-1' (first seen at dataset[0] at line 1, column 14):"
                    + " this record is skipped, not merged");
        });
    }
}
