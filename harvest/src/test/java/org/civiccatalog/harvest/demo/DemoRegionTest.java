package org.civiccatalog.harvest.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;

/** The generator: deterministic, sized as asked, with the overlaps and broken records it promises. */
class DemoRegionTest {
    static final URI ROOT = URI.create("http://127.0.0.1:1/");

    /** Every answer a harvest of the region asks for, concatenated, as the portals would send them. */
    static String everything(DemoRegion region) {
        PortalRoutes routes = new PortalRoutes(region, ROOT);
        StringBuilder sb = new StringBuilder();
        for (DemoPortal p : DemoPortal.values()) {
            String api = "/" + p.sourceId() + "/";
            switch (p) {
                case CITY_SOCRATA -> {
                    sb.append(body(routes, api + "data.json", null));
                    for (int i = 0; i < region.size(p); i++)
                        sb.append(body(routes, api + "api/views/" + Ids.fourByFour(region.seed(), i) + ".json", null));
                }
                case CITY_HUB -> sb.append(body(routes, api + "api/feed/dcat-us/1.1.json", null));
                case COUNTY_DKAN -> sb.append(body(routes, api + "data.json", null));
                case COUNTY_FEED -> sb.append(body(routes, api + "data.json", "page=1"));
                case STATE_CKAN -> sb.append(body(routes, api + "api/3/action/package_search", "rows=1000&start=0&sort=id+asc"));
                case STATE_RDF -> sb.append(body(routes, api + "catalog.ttl", null));
            }
        }
        // The standards tables' CSVs, by the paths their records name.
        for (DemoTable t : DemoTable.values())
            sb.append(body(routes, "/" + t.portal().sourceId() + region.standardsCsv(t).getRawPath(), region.standardsCsv(t).getRawQuery()));
        return sb.toString();
    }

    static String body(PortalRoutes routes, String path, String query) {
        PortalRoutes.Answer a = routes.answer(path, query);
        assertThat(a.status()).as(path).isEqualTo(200);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            a.body().write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_same_seed_and_size_give_the_same_region_byte_for_byte() {
        String first = everything(DemoRegion.of(7, 240));
        assertThat(everything(DemoRegion.of(7, 240))).isEqualTo(first);
        assertThat(everything(DemoRegion.of(8, 240))).as("another seed").isNotEqualTo(first);
        assertThat(everything(DemoRegion.of(7, 241))).as("another size").isNotEqualTo(first);
    }

    /**
     * The ETags promise that an answer never changes while seed, size and {@link DemoRegion#CONTENT_VERSION} stay
     * the same. If this fails, the generator's output changed: bump CONTENT_VERSION, then update the hash.
     */
    @Test
    void the_output_changes_only_with_the_content_version() {
        assertThat(DemoRegion.CONTENT_VERSION).isEqualTo(5);
        assertThat(DigestUtils.sha256Hex(everything(DemoRegion.of(DemoRegion.DEFAULT_SEED, 120))))
                .isEqualTo("b4480f13104a8ae85f42fa8cd6ec51d96dfe573ed9e08154d1e6b6b5cb481d45");
    }

    @Test
    void the_portals_share_exactly_the_datasets_asked_for() {
        for (int n : new int[] {DemoRegion.MIN_DATASETS, 61, 300, 3000, 300_000}) {
            DemoRegion r = DemoRegion.of(1, n);
            assertThat(List.of(DemoPortal.values()).stream().mapToInt(r::size).sum()).as("size " + n).isEqualTo(n);
            for (DemoPortal p : DemoPortal.values()) assertThat(r.size(p)).as(p + " of " + n).isPositive();
            assertThat(r.truth().expectations().stream().mapToInt(Expectation::listed).sum()).isEqualTo(n);
        }
        assertThatThrownBy(() -> DemoRegion.of(1, DemoRegion.MIN_DATASETS - 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_large_region_is_generated_record_by_record_in_any_order() {
        DemoRegion r = DemoRegion.of(3, 300_000);
        RecordFactory f = r.records();
        for (DemoPortal p : DemoPortal.values()) {
            int last = r.size(p) - 1;
            assertThat(f.record(p, last)).isEqualTo(f.record(p, last));
            assertThat(f.record(p, last / 2)).isEqualTo(DemoRegion.of(3, 300_000).records().record(p, last / 2));
        }
        int city = r.size(DemoPortal.CITY_SOCRATA) + r.size(DemoPortal.CITY_HUB);
        assertThat(r.truth().copies().stream().map(Copy::origin).filter(o -> o.sourceId().equals("demo-city")).distinct().count())
                .isEqualTo(Math.round(RegionLayout.OVERLAP_SHARE * city));
        assertThat(r.truth().copies().stream().filter(c -> c.evidence() == Evidence.CKAN_RESOURCE_LINK).count())
                .isEqualTo(Math.round(RegionLayout.LINKED_SHARE * r.size(DemoPortal.STATE_CKAN)));
        assertThat(r.truth().broken()).hasSize(6 * 5 + 7);
    }

    @Test
    void a_known_share_of_the_city_is_republished_by_county_and_state_in_every_way() {
        DemoRegion r = DemoRegion.of(DemoRegion.DEFAULT_SEED, 3000);
        List<Copy> copies = r.truth().copies();
        int city = r.size(DemoPortal.CITY_SOCRATA) + r.size(DemoPortal.CITY_HUB);
        Set<RecordRef> origins = copies.stream().filter(c -> c.origin().sourceId().equals("demo-city"))
                .map(Copy::origin).collect(Collectors.toSet());
        assertThat(origins.size()).isEqualTo((int) Math.round(RegionLayout.OVERLAP_SHARE * city));
        assertThat(copies).extracting(Copy::evidence).containsAll(EnumSet.allOf(Evidence.class));
        assertThat(copies).extracting(c -> c.copy().sourceId()).containsOnly("demo-county", "demo-county-gis", "demo-state");
        Map<RecordRef, Long> perOrigin = copies.stream().collect(Collectors.groupingBy(Copy::origin, Collectors.counting()));
        assertThat(perOrigin.values()).as("some on both the county and the state portal").contains(2L);
        assertThat(copies.stream().map(Copy::copy).collect(Collectors.toSet())).hasSameSizeAs(copies);
        Copy any = copies.get(0);
        assertThat(r.truth().originOf(any.copy())).contains(any);
        assertThat(r.truth().copiesOf(any.origin())).contains(any);
        assertThat(r.truth().originOf(any.origin())).isEmpty();
    }

    @Test
    void every_portal_lists_a_few_broken_records_of_each_kind_its_api_allows() {
        DemoRegion r = DemoRegion.of(DemoRegion.DEFAULT_SEED, 3000);
        for (DemoPortal p : DemoPortal.values()) {
            List<BrokenRecord> broken = r.truth().broken(p.sourceId());
            assertThat(broken).extracting(BrokenRecord::kind).as(p.toString())
                    .containsExactlyElementsOf(BrokenKind.listedBy(p.kind()));
            broken.forEach(b -> assertThat(r.records().layout().slot(p, b.position())).isInstanceOf(Slot.Broken.class));
        }
        BrokenRecord missing = r.truth().broken("demo-county").get(0);
        assertThat(missing.kind()).isEqualTo(BrokenKind.MISSING_IDENTIFIER);
        assertThat(missing.identifier()).isEmpty();
        assertThat(missing.outcome()).isEqualTo(BrokenKind.Outcome.SKIPPED_WITH_ERROR);
    }

    @Test
    void metadata_names_public_hosts_only() {
        String all = everything(DemoRegion.of(DemoRegion.DEFAULT_SEED, 300));
        // The one loopback URL in the bodies: the Turtle feed's own Hydra paging links, which are not metadata.
        assertThat(all.replaceAll("\"http://127\\.0\\.0\\.1:1/demo-state-geo/catalog\\.ttl\\?page=\\d+\"", "")
                .replaceAll("<http://127\\.0\\.0\\.1:1/demo-state-geo/catalog\\.ttl\\?page=\\d+>", ""))
                .doesNotContain("127.0.0.1");
        for (DemoPortal p : DemoPortal.values()) assertThat(all).contains(p.publicBase() + "/");
    }

    @Test
    void socrata_ids_decode_to_the_record_they_name() {
        for (int i : new int[] {0, 1, 2, 899, 123_456, 299_999}) {
            String fxf = Ids.fourByFour(42, i);
            assertThat(fxf).matches("[a-z0-9]{4}-[a-z0-9]{4}");
            assertThat(Ids.indexOf(42, fxf)).hasValue(i);
        }
        assertThat(Ids.fourByFour(42, 0)).isNotEqualTo(Ids.fourByFour(43, 0));
        assertThat(Ids.indexOf(42, "not-a-4x4")).isEmpty();
    }

    @Test
    void ckan_ids_sort_as_the_portal_lists_them() {
        DemoRegion r = DemoRegion.of(DemoRegion.DEFAULT_SEED, 3000);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < r.size(DemoPortal.STATE_CKAN); i++)
            r.records().record(DemoPortal.STATE_CKAN, i).identifier().ifPresent(ids::add);
        assertThat(ids).isSorted();
    }
}
