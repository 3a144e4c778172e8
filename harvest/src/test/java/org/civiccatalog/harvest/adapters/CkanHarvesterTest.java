package org.civiccatalog.harvest.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.distributions;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.extras;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.publisherNames;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.values;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Node;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.testing.Fixtures;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.SourceKind;
import org.civiccatalog.harvest.SourceLimits;
import org.civiccatalog.harvest.testing.CollectingSink;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.junit.jupiter.api.Test;

/** CkanHarvester over real HTTP against recorded CKAN action API answers (catalog.data.gov, data.gov.uk). */
class CkanHarvesterTest extends PortalAdapterTest {
    static final String JSON = "application/json";
    static final String PAGE1 = "ckan-api/catalog.data.gov/package_search_harvest-sources-datajson_page1.json";
    static final String PAGE2 = "ckan-api/catalog.data.gov/package_search_harvest-sources-datajson_page2.json";
    static final String SEARCH = "/api/3/action/package_search";
    static final ObjectMapper JSON_MAPPER = new ObjectMapper();

    final CollectingSink sink = new CollectingSink();

    static String page(int rows, int start) {
        return SEARCH + "?rows=" + rows + "&start=" + start + "&sort=id+asc";
    }

    HarvestSource source(int pageSize) {
        SourceLimits d = SourceLimits.defaults();
        return HarvestSource.of("datagov", SourceKind.CKAN, portal.url("/")).withLimits(new SourceLimits(pageSize,
                d.maxPages(), d.maxResponseBytes(), d.maxDistributions(), d.maxKeywords(), d.maxTextLength(), d.maxVanishedShare()));
    }

    void gather(HarvestSource s) {
        new CkanHarvester().gather(s, ctx, sink);
    }

    @Test
    void two_pages_of_catalog_data_gov_give_every_package_with_title_publisher_landing_page_and_extras() {
        portal.on(page(100, 0), jsonFile(PAGE1))
              .on(page(100, 100), jsonFile(PAGE2));
        gather(source(100));

        assertThat(portal.requests()).containsExactly(page(100, 0), page(100, 100));
        assertThat(sink.datasets()).hasSize(152);                      // 100 + 52 listed; the portal said 153
        assertThat(sink.byUpstreamId()).hasSize(152);
        assertThat(sink.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.message()).isEqualTo("package_search announced 153 packages, 152 were listed");
        });
        assertThat(sink.delivered().get(0).fromUrl()).isEqualTo(portal.url(page(100, 0)).toString());
        assertThat(sink.delivered().get(151).fromUrl()).isEqualTo(portal.url(page(100, 100)).toString());

        ImportedDataset la = sink.dataset("416d43ac-4ad3-4755-9c96-e9abbd668e19").orElseThrow();
        assertThat(la.datasetIri()).isEqualTo(IRIS.dataset("datagov", "416d43ac-4ad3-4755-9c96-e9abbd668e19"));
        assertThat(values(la, DCTERMS.title)).containsExactly("Los Angeles data.json");
        assertThat(values(la, DCTERMS.identifier)).containsExactly("416d43ac-4ad3-4755-9c96-e9abbd668e19");
        assertThat(publisherNames(la)).containsExactly("City of Los Angeles");
        assertThat(values(la, DCTERMS.publisher)).containsExactly(portal.url("/organization/city-of-los-angeles").toString());
        assertThat(values(la, DCAT.landingPage)).containsExactly("https://data.lacity.org/data.json");
        assertThat(values(la, DCTERMS.modified)).hasSize(1);
        assertThat(extras(la)).contains("{\"ckan.source_type\":\"datajson\"}", "{\"ckan.frequency\":\"WEEKLY\"}",
                "{\"ckan.type\":\"harvest\"}");
        assertThat(distributions(la)).isEmpty();                        // harvest sources have no resources

        ImportedDataset ca = sink.dataset("653cc362-70fc-46e1-9fb1-e76815ee1c88").orElseThrow();
        assertThat(values(ca, DCTERMS.title)).containsExactly("State of California");
        assertThat(publisherNames(ca)).containsExactly("State of California");
        assertThat(values(ca, DCAT.landingPage)).containsExactly("https://data.ca.gov/data.json");
    }

    @Test
    void resources_become_distributions_with_a_license_and_every_extra_kept() throws IOException {
        ObjectNode bgs = (ObjectNode) read("ckan-api/data.gov.uk/package_show.json").get("result");
        ObjectNode csps = read("ckan-api/data.gov.uk/package_show.inner.civil-service-people-survey-2011.json");
        portal.on(page(1000, 0), Reply.ok(JSON, searchAnswer(bgs, csps)));
        gather(HarvestSource.of("dgu", SourceKind.CKAN, portal.url("/")));

        assertThat(portal.requests()).containsExactly(page(1000, 0));
        assertThat(sink.datasets()).extracting(ImportedDataset::upstreamId)
                .containsExactly("5e2d4ec4-2df6-4c3f-b559-93321a213d29", "27b635b7-a2a5-4e20-98e4-d521259306ca");
        assertThat(sink.findings()).isEmpty();

        ImportedDataset survey = sink.datasets().get(1);
        assertThat(values(survey, DCTERMS.title)).containsExactly("Civil Service People Survey 2011");
        assertThat(publisherNames(survey)).containsExactly("Cabinet Office");
        assertThat(values(survey, DCTERMS.license)).containsExactly("http://reference.data.gov.uk/id/open-government-licence");
        assertThat(values(survey, DCAT.landingPage)).containsExactly(
                "http://www.civilservice.gov.uk/about/improving/employee-engagement-in-the-civil-service/people-survey-2011");
        List<Node> dist = distributions(survey);
        assertThat(dist).hasSize(4);
        assertThat(dist).extracting(n -> values(survey.graph(), n, DCTERMS.format).get(0)).containsExactly("PDF", "PDF", "XLS", "CSV");
        Node csv = dist.get(3);
        assertThat(values(survey.graph(), csv, DCAT.downloadURL))
                .containsExactly("http://www.civilservice.gov.uk/wp-content/uploads/2012/02/csps2011_allorganisations_20120202.csv");
        assertThat(values(survey.graph(), csv, DCAT.mediaType)).singleElement().asString().endsWith("/text/csv");
        assertThat(values(survey.graph(), csv, DCTERMS.description)).containsExactly("CSPS 201 - summary of organisation scores (CSV)");

        ImportedDataset seabed = sink.datasets().get(0);
        assertThat(publisherNames(seabed)).containsExactly("British Geological Survey");
        assertThat(values(seabed, DCTERMS.license)).isEmpty();           // license_id "" : none
        assertThat(distributions(seabed)).singleElement().satisfies(d -> {
            assertThat(values(seabed.graph(), d, DCAT.accessURL)).containsExactly("http://www.bgs.ac.uk/");   // no format: a page
            assertThat(values(seabed.graph(), d, DCTERMS.title)).containsExactly("BGS Homepage");
        });
        assertThat(values(seabed, DCAT.landingPage)).containsExactly(
                portal.url("/dataset/uk-continental-shelf-seabed-sediments-1-1-million-scale2").toString());
        assertThat(extras(seabed)).contains("{\"ckan.extras.UKLP\":\"True\"}",
                "{\"ckan.extras.guid\":\"9df8df52-d786-37a8-e044-0003ba9b0d98\"}", "{\"ckan.theme-primary\":\"environment\"}");
        assertThat(extras(seabed).stream().filter(e -> e.startsWith("{\"ckan.extras."))).hasSize(19); // 20 extras, "provider" empty
    }

    @Test
    void resources_on_the_chhs_and_cnra_portals_link_a_data_ca_gov_package_to_its_origin() throws IOException {
        // Resource URLs as data.ca.gov publishes them (recorded in harvest_source_show_state-of-california.json).
        ObjectNode pkg = (ObjectNode) JSON_MAPPER.readTree("""
                {"id": "1330bea9-153b-4328-85f8-c218603efb41", "name": "state-water-project-dcr-2015",
                 "title": "State Water Project Delivery Capability Report 2015",
                 "organization": {"name": "california-department-of-water-resources", "title": "California Department of Water Resources"},
                 "resources": [
                   {"url": "https://data.cnra.ca.gov/dataset/62eae4eb-2e98-41f6-8cdd-e78fedb24558/resource/fe29da65-f2dd-4811-a4a6-2a0b0b9d09fe/download/2015_dcr_final.pdf", "format": "PDF"},
                   {"url": "https://data.cnra.ca.gov/dataset/62eae4eb-2e98-41f6-8cdd-e78fedb24558/resource/044bd505-843e-4e8e-9587-ab818b69bcec/download/2015dcr_appendices.pdf", "format": "PDF"},
                   {"url": "https://data.chhs.ca.gov/dataset/cbbfb307-ac91-47ec-95c0-f05684e06065/resource/ef6675e7-cd3a-4762-ba75-2ef78d6dc334/download/bed_surge.csv", "format": "CSV"},
                   {"url": "https://water.ca.gov/Library/Modeling-and-Analysis", "format": "HTML"}]}""");
        portal.on(page(1000, 0), Reply.ok(JSON, searchAnswer(pkg)));
        gather(HarvestSource.of("ca", SourceKind.CKAN, portal.url("/")));

        ImportedDataset d = sink.datasets().get(0);
        assertThat(values(d, DCTERMS.source)).containsExactly(
                "https://data.chhs.ca.gov/dataset/cbbfb307-ac91-47ec-95c0-f05684e06065",
                "https://data.cnra.ca.gov/dataset/62eae4eb-2e98-41f6-8cdd-e78fedb24558");
        assertThat(distributions(d)).hasSize(4);
        assertThat(sink.findings(Finding.Severity.INFO)).extracting(Finding::message).containsExactly(
                "1 package(s) keep their resources on the CKAN portal data.chhs.ca.gov: each is linked to that portal's"
                        + " dataset page by dct:source (most likely a copy of it)",
                "1 package(s) keep their resources on the CKAN portal data.cnra.ca.gov: each is linked to that portal's"
                        + " dataset page by dct:source (most likely a copy of it)");
    }

    @Test
    void success_false_fails_the_source_naming_the_url_and_the_error() {
        portal.on(page(1000, 0), new Reply(409, Map.of("Content-Type", JSON), """
                {"help": "https://data.example.gov/api/3/action/help_show?name=package_search", "success": false,
                 "error": {"__type": "Search Query Error", "message": "Search error: Can't determine a Sort Order"}}"""
                .getBytes(), 0, -1));
        HarvestSource s = HarvestSource.of("broken", SourceKind.CKAN, portal.url("/"));
        assertThatThrownBy(() -> gather(s)).isInstanceOf(HarvestException.class)
                .hasMessageContaining(portal.url(page(1000, 0)).toString())
                .hasMessageContaining("success:false")
                .hasMessageContaining("Search Query Error: Search error: Can't determine a Sort Order");
        assertThat(sink.datasets()).isEmpty();
    }

    @Test
    void success_false_with_status_200_fails_too() {
        portal.on(page(1000, 0), Reply.ok(JSON, "{\"success\": false, \"error\": {\"message\": \"Access denied\", \"__type\": \"Authorization Error\"}}"));
        assertThatThrownBy(() -> gather(HarvestSource.of("denied", SourceKind.CKAN, portal.url("/"))))
                .isInstanceOf(HarvestException.class)
                .hasMessageContaining(portal.url(page(1000, 0)) + " answered 200 with success:false: Authorization Error: Access denied");
    }

    @Test
    void an_html_500_page_fails_the_source_naming_the_url() throws IOException {
        byte[] html = Files.readAllBytes(Fixtures.fixture("ckan-api/catalog.data.gov/harvest_source_show_error-500.html"));
        portal.on(page(100, 0), jsonFile(PAGE1))
              .on(page(100, 100), new Reply(500, Map.of("Content-Type", "text/html; charset=utf-8"), html, 0, -1));
        assertThatThrownBy(() -> gather(source(100))).isInstanceOf(HarvestException.class)
                .hasMessageStartingWith("GET " + portal.url(page(100, 100)) + " answered 500 with an HTML page (text/html; charset=utf-8, "
                        + html.length + " bytes), not JSON");
        assertThat(sink.datasets()).as("the first page was handed over: a partial gather").hasSize(100);
    }

    @Test
    void a_page_that_repeats_the_previous_one_fails_the_source() {
        portal.on(page(100, 0), jsonFile(PAGE1))
              .on(page(100, 100), jsonFile(PAGE1));
        assertThatThrownBy(() -> gather(source(100))).isInstanceOf(HarvestException.class)
                .hasMessage("GET " + portal.url(page(100, 100)) + " repeats the previous page (100 identical package ids):"
                        + " the portal ignores 'start', the gather is stopped");
        assertThat(sink.datasets()).hasSize(100);
        assertThat(portal.requests()).containsExactly(page(100, 0), page(100, 100));
    }

    @Test
    void a_portal_that_caps_rows_lower_is_paged_by_what_it_gives() {
        portal.on(page(1000, 0), jsonFile(PAGE1))       // asked 1000, got 100 of 153
              .on(page(100, 100), jsonFile(PAGE2));
        gather(HarvestSource.of("capped", SourceKind.CKAN, portal.url("/")));
        assertThat(portal.requests()).containsExactly(page(1000, 0), page(100, 100));
        assertThat(sink.datasets()).hasSize(152);
        assertThat(sink.findings(Finding.Severity.INFO)).extracting(Finding::message)
                .containsExactly("the portal answers 100 packages a page when asked for 1000: paging by 100");
    }

    @Test
    void a_package_seen_on_the_previous_page_is_skipped_once_with_a_finding() throws IOException {
        // A package added upstream while paging shifts the pages: the last of page 1 comes again first on page 2.
        var p1 = read(PAGE1).path("result").path("results");
        ObjectNode answer = shiftedPage2();
        portal.on(page(100, 0), jsonFile(PAGE1))
              .on(page(100, 100), Reply.ok(JSON, answer.toString()));
        gather(source(100));

        assertThat(sink.datasets()).hasSize(152);
        assertThat(sink.findings(Finding.Severity.INFO)).singleElement().satisfies(f -> {
            assertThat(f.where()).isEqualTo("package_search start=100 results[0]");
            assertThat(f.message()).isEqualTo("package " + p1.get(99).get("id").asText()
                    + " listed again (added upstream while paging): skipped");
        });
    }

    @Test
    void more_pages_than_the_limit_cut_the_gather_short() {
        SourceLimits d = SourceLimits.defaults();
        portal.on(page(100, 0), jsonFile(PAGE1));
        HarvestSource s = source(100).withLimits(new SourceLimits(100, 1, d.maxResponseBytes(), d.maxDistributions(),
                d.maxKeywords(), d.maxTextLength(), d.maxVanishedShare()));
        assertThatThrownBy(() -> gather(s)).isInstanceOf(HarvestException.class)
                .hasMessageContaining("has more than 1 pages of 100 (SourceLimits.maxPages)");
        assertThat(portal.requests()).containsExactly(page(100, 0));
    }

    /** Page 2 after a package was added upstream while paging: the last package of page 1 comes again first. */
    static ObjectNode shiftedPage2() throws IOException {
        var p1 = read(PAGE1).path("result").path("results");
        var p2 = read(PAGE2).path("result").path("results");
        ObjectNode[] shifted = new ObjectNode[1 + p2.size()];
        shifted[0] = (ObjectNode) p1.get(99);
        for (int i = 0; i < p2.size(); i++) shifted[i + 1] = (ObjectNode) p2.get(i);
        ObjectNode answer = (ObjectNode) JSON_MAPPER.readTree(searchAnswer(shifted));
        ((ObjectNode) answer.get("result")).put("count", 153);
        return answer;
    }

    static ObjectNode read(String fixture) throws IOException {
        return (ObjectNode) JSON_MAPPER.readTree(Fixtures.fixture(fixture).toFile());
    }

    /** A package_search answer around recorded package dicts (the envelope CKAN wraps them in). */
    static String searchAnswer(ObjectNode... packages) {
        ObjectNode body = JSON_MAPPER.createObjectNode();
        body.put("success", true);
        ObjectNode result = body.putObject("result");
        result.put("count", packages.length);
        for (ObjectNode p : packages) result.withArray("results").add(p);
        return body.toString();
    }
}
