package org.civiccatalog.harvest.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.value;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.valueOfEach;
import static org.civiccatalog.harvest.adapters.AdapterGraphs.values;

import java.net.URI;

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

class DkanHarvesterTest extends PortalAdapterTest {

    final CollectingSink sink = new CollectingSink();

    void gather(String root, SourceLimits limits) {
        HarvestSource src = HarvestSource.of("dkan-demo", SourceKind.DKAN, portal.url(root)).withLimits(limits);
        new DkanHarvester().gather(src, ctx, sink);
    }

        @Test
    void demo_portal_data_json_gives_its_two_datasets() {
        portal.on("/data.json", jsonFile("datajson/dkan/demo.getdkan.com-data.json"));
        gather("/", SourceLimits.defaults());

        assertThat(sink.ids()).containsExactly("cedcd327-4e5d-43f9-8eb1-c11850fa7c55",
                "fb3525f2-d32a-451e-8869-906ed41f7695");
        // DKAN's titles and HTML descriptions are kept as published
        assertThat(valueOfEach(sink, DCTERMS.title)).containsExactly("Florida Bike Lanes ", "London Deprivation Index");
        assertThat(value(sink.datasets().get(0), DCTERMS.description)).isEqualTo("<p>Data on bike lanes in Florida.</p>\n");
        assertThat(values(sink.datasets().get(1), DCAT.keyword))
                .containsExactly("United Kingdom", "demographics", "economy", "spatial data");
        assertThat(sink.delivered()).allSatisfy(d -> {
            assertThat(d.fromUrl()).isEqualTo(portal.url("/data.json").toString());
            assertThat(d.dataset().datasetIri()).isEqualTo(IRIS.dataset("dkan-demo", d.dataset().upstreamId()));
        });
        assertThat(sink.findings()).isEmpty();
        assertThat(portal.requests()).as("only the data.json: the metastore is not used yet").containsExactly("/data.json");
    }

    @Test
    void a_portal_under_a_path_is_read_at_that_path() {
        portal.on("/dkan/data.json", jsonFile("datajson/dkan/sample_content.template.json"));
        gather("/dkan", SourceLimits.defaults());

        assertThat(sink.datasets()).hasSize(10);
        assertThat(value(sink.dataset("5dc1cfcf-8028-476c-a020-f58ec6dd621c").orElseThrow(), DCTERMS.title))
                .isEqualTo("Gold Prices in London 1950-2008 (Monthly)");
        assertThat(portal.requests()).containsExactly("/dkan/data.json");
    }

    @Test
    void data_json_url_is_the_root_plus_data_json() {
        assertThat(DkanHarvester.dataJsonUrl(URI.create("https://demo.getdkan.com")))
                .hasToString("https://demo.getdkan.com/data.json");
        assertThat(DkanHarvester.dataJsonUrl(URI.create("https://demo.getdkan.com/")))
                .hasToString("https://demo.getdkan.com/data.json");
        assertThat(DkanHarvester.dataJsonUrl(URI.create("https://x.gov:8443/open%20data/?lang=en#top")))
                .hasToString("https://x.gov:8443/open%20data/data.json");
        assertThat(DkanHarvester.dataJsonUrl(URI.create("https://x.gov/data.json")))
                .hasToString("https://x.gov/data.json");
    }

    @Test
    void a_data_json_with_a_byte_order_mark_is_read() {
        portal.on("/data.json", jsonFile("datajson/dkan/dkan7_harvest_test_bom.json"));
        gather("/", SourceLimits.defaults());

        assertThat(sink.ids()).containsExactly("NCES_2006308");
        assertThat(value(sink.datasets().get(0), DCTERMS.title)).isEqualTo("Academic Libraries Survey, 2002");
    }

    @Test
    void a_record_dkan_would_reject_is_a_finding_and_an_empty_catalog_is_no_error() {
        portal.on("/data.json", jsonFile("datajson/dkan/dkan7_harvest_test_error.json"));
        gather("/", SourceLimits.defaults());
        assertThat(sink.datasets()).isEmpty();
        assertThat(sink.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(f.where()).startsWith("dataset[0] at line ");
            assertThat(f.message()).contains("field 'title'");
        });

        portal.on("/data.json", jsonFile("datajson/dkan/dkan7_harvest_test_empty.json"));
        gather("/", SourceLimits.defaults());
        assertThat(sink.datasets()).isEmpty();
        assertThat(sink.findings()).hasSize(1);
    }

    @Test
    void record_limits_apply_to_dkan_records() {
        portal.on("/data.json", jsonFile("datajson/dkan/demo.getdkan.com-data.json"));
        gather("/", new SourceLimits(1000, 100, 512L * 1024 * 1024, 1000, 2, 100_000, 0.2));

        assertThat(values(sink.datasets().get(1), DCAT.keyword)).containsExactly("demographics", "economy");
        assertThat(sink.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.message()).contains("'fb3525f2-d32a-451e-8869-906ed41f7695'")
                    .contains("keyword: 4 -> first 2 kept");
        });
    }

    @Test
    void a_portal_without_data_json_fails_with_status_and_url() {
        assertThatThrownBy(() -> gather("/", SourceLimits.defaults())).isInstanceOf(HarvestException.class)
                .hasMessageContaining("HTTP 404").hasMessageContaining(portal.url("/data.json").toString());
    }
}
