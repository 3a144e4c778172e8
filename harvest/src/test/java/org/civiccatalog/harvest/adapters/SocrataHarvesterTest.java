package org.civiccatalog.harvest.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.distributions;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.extras;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.publisherNames;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.themes;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.values;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.testing.Fixtures;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.SourceKind;
import org.civiccatalog.harvest.testing.CollectingSink;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.ORG;
import org.civiccatalog.vocab.PROV;
import org.junit.jupiter.api.Test;

/**
 * SocrataHarvester over real HTTP: a recorded Socrata data.json (data.ny.gov excerpt; Oakland's 2013 v1.0 feed) as
 * the listing, recorded /api/views answers as enrichment. No fixture pairs a data.json with the views of its own
 * datasets, so the Chicago view zidz-sdfj stands in for data.ny.gov's 22ew-dxez (the adapter takes the view it is
 * given for the id it asked for).
 */
class SocrataHarvesterTest extends PortalAdapterTest {
    static final String JSON = "application/json";
    static final String NY = "datajson/gsa-ckanext-datajson/ny.data.json";
    static final String NY_ID = "https://data.ny.gov/api/views/22ew-dxez";
    static final String CHICAGO_VIEW = "socrata/views-api/data.cityofchicago.org_api_views_zidz-sdfj.json";

    CollectingSink gather(boolean enrich) {
        CollectingSink sink = new CollectingSink();
        new SocrataHarvester(enrich).gather(HarvestSource.of("ny", SourceKind.SOCRATA, portal.url("/")), ctx, sink);
        return sink;
    }

    @Test
    void the_view_adds_columns_category_department_and_update_times_to_the_data_json_record() {
        portal.on("/data.json", jsonFile(NY))
              .on("/api/views/22ew-dxez.json", jsonFile(CHICAGO_VIEW));
        CollectingSink sink = gather(true);

        assertThat(portal.requests()).containsExactly("/data.json", "/api/views/22ew-dxez.json");
        assertThat(sink.findings()).extracting(Finding::message).containsExactly(
                "1 dataset(s) have identifiers on data.ny.gov: federated from that portal (the identifier is the origin's own)");
        ImportedDataset d = sink.datasets().get(0);
        assertThat(sink.datasets()).hasSize(1);
        assertThat(d.upstreamId()).isEqualTo(NY_ID);
        assertThat(d.datasetIri()).isEqualTo(IRIS.dataset("ny", NY_ID));
        assertThat(values(d, DCTERMS.title)).containsExactly("State of New York Mortgage Agency (SONYMA) Loans Purchased: Beginning 2004");
        assertThat(distributions(d)).hasSize(4);

        assertThat(themes(d)).containsExactly("Economic Development", "Historic Preservation");   // data.json theme + view category
        assertThat(extras(d)).contains("{\"socrata.columns\":[{\"name\":\"DISTRICT NAME\",\"fieldName\":\"district_name\","
                + "\"dataTypeName\":\"text\"},{\"name\":\"DESIGNATION DATE\",\"fieldName\":\"designation_date\",\"dataTypeName\":\"date\"}]}");
        assertThat(extras(d)).contains("{\"socrata.department\":\"Housing & Economic Development\"}",
                "{\"socrata.customFields\":{\"Metadata\":{\"Data Owner\":\"Housing & Economic Development\"}}}",
                "{\"socrata.rowsUpdatedAt\":\"2011-08-21T02:47:29Z\"}", "{\"socrata.viewLastModified\":\"2011-08-28T20:12:44Z\"}",
                "{\"socrata.attribution\":\"City of Chicago\"}");
        assertThat(values(d, DCTERMS.modified)).as("data.json's 2019 date is later than the view's times").containsExactly("2019-06-10");

        Node publisher = AdapterGraphs.objects(d.graph(), AdapterGraphs.ds(d), DCTERMS.publisher).get(0);
        assertThat(publisherNames(d)).containsExactly("Housing & Economic Development");
        Node parentOrg = AdapterGraphs.objects(d.graph(), publisher, ORG.subOrganizationOf).get(0);
        assertThat(AdapterGraphs.values(d.graph(), parentOrg, org.civiccatalog.vocab.FOAF.name)).containsExactly("State of New York");
    }

    @Test
    void a_view_that_answers_404_is_a_finding_and_the_dataset_is_still_delivered() {
        portal.on("/data.json", jsonFile(NY))
              .on("/api/views/22ew-dxez.json", new Reply(404, Map.of("Content-Type", JSON),
                      readBytes("socrata/views-api/api_views_missing-error.json"), 0, -1));
        CollectingSink sink = gather(true);

        assertThat(sink.datasets()).singleElement().satisfies(d -> {
            assertThat(d.upstreamId()).isEqualTo(NY_ID);
            assertThat(themes(d)).containsExactly("Economic Development");
            assertThat(extras(d)).noneMatch(e -> e.startsWith("{\"socrata."));
            assertThat(distributions(d)).hasSize(4);
        });
        assertThat(sink.findings(Finding.Severity.WARNING)).singleElement().satisfies(f -> {
            assertThat(f.where()).isEqualTo(portal.url("/data.json") + " dataset[0] at line 8, column 5");
            assertThat(f.message()).startsWith("GET " + portal.url("/api/views/22ew-dxez.json") + " answered 404")
                    .endsWith("the dataset is delivered from data.json alone, without the view's columns, category and custom"
                            + " fields; its view is asked for again in the next harvest");
        });
    }

    @Test
    void a_derived_view_is_linked_to_its_parent_catalog_record() {
        portal.on("/data.json", jsonFile(NY))
              .on("/api/views/22ew-dxez.json", Reply.ok(JSON,
                      "{\"id\": \"22ew-dxez\", \"name\": \"SONYMA loans, filtered\", \"modifyingViewUid\": \"abcd-1234\"}"));
        ImportedDataset d = gather(true).datasets().get(0);
        assertThat(values(d, PROV.wasDerivedFrom)).containsExactly(IRIS.dataset("ny", "https://data.ny.gov/api/views/abcd-1234"));
        assertThat(extras(d)).contains("{\"socrata.parentView\":\"abcd-1234\"}");
    }

    @Test
    void without_enrichment_only_the_listing_is_requested() {
        portal.on("/data.json", jsonFile(NY));
        CollectingSink sink = gather(false);
        assertThat(portal.requests()).containsExactly("/data.json");
        assertThat(sink.datasets()).extracting(ImportedDataset::upstreamId).containsExactly(NY_ID);
        assertThat(extras(sink.datasets().get(0))).noneMatch(e -> e.startsWith("{\"socrata."));
    }

    @Test
    void a_legacy_2013_socrata_listing_is_read_whole_and_a_sick_views_api_is_given_up_after_five_failures() {
        portal.on("/data.json", jsonFile("datajson/socrata-pod-v1.0-2013/data.oaklandnet.com.json"));
        List<String> first = List.of("h2rc-b7xm", "dxdg-872h", "aahx-6i3p", "byvq-sy7z");
        for (String id : first) portal.on("/api/views/" + id + ".json", Reply.status(503, Map.of()));
        portal.on("/api/views/" + fifth() + ".json", Reply.status(500, Map.of()));
        CollectingSink sink = gather(true);

        assertThat(sink.datasets()).hasSize(52);
        assertThat(sink.datasets().get(1).upstreamId()).isEqualTo("h2rc-b7xm");
        // five failures, and at most the views requested ahead of delivery: not one request per dataset
        assertThat(portal.requests()).hasSizeBetween(6, 6 + SocrataHarvester.AHEAD).startsWith("/data.json")
                .contains("/api/views/h2rc-b7xm.json", "/api/views/" + fifth() + ".json");
        assertThat(sink.findings(Finding.Severity.WARNING)).hasSize(6).last().extracting(Finding::message).isEqualTo(
                "5 consecutive view requests failed: no more views are fetched in this harvest; the remaining datasets"
                        + " are delivered from data.json alone");
        assertThat(sink.findings(Finding.Severity.INFO)).extracting(Finding::message).containsExactly(
                "1 dataset(s) have identifiers on data.oaklandnet.com: federated from that portal (the identifier is the"
                        + " origin's own)",   // the element describing the data.json itself; the portal here is loopback
                "1 dataset(s) have no Socrata id (4x4) in identifier or landingPage: not enriched from /api/views");
    }

    @Test
    void a_listing_that_is_an_html_error_page_fails_the_source_naming_the_url() {
        portal.on("/data.json", new Reply(200, Map.of("Content-Type", "text/html"),
                "<!DOCTYPE html><html><body>Service unavailable</body></html>".getBytes(), 0, -1));
        assertThatThrownBy(() -> gather(true)).isInstanceOf(HarvestException.class)
                .hasMessageStartingWith("GET " + portal.url("/data.json") + " answered 200 with an HTML page (text/html, ");
    }

    /** The fifth 4x4 of Oakland's 2013 listing (the first element describes the data.json itself). */
    static String fifth() {
        try {
            var d = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                    Fixtures.fixture("datajson/socrata-pod-v1.0-2013/data.oaklandnet.com.json").toFile());
            return d.get(5).get("identifier").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] readBytes(String fixture) {
        try {
            return java.nio.file.Files.readAllBytes(Fixtures.fixture(fixture));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
