package org.civiccatalog.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spatial extents in the forms portals write them, reduced to boxes; and what is not a box. */
class BoundingBoxTest {
    static final BoundingBox CITY = new BoundingBox(-121.563, 38.437, -121.362, 38.685);

    @Test
    void pod_strings_wkt_and_geojson_give_the_same_box() {
        assertThat(BoundingBox.parseAny("-121.5630,38.4370,-121.3620,38.6850")).contains(CITY);
        assertThat(BoundingBox.parseAny(" -121.563 , 38.437,-121.362, 38.685 ")).contains(CITY);
        assertThat(BoundingBox.parseAny("POLYGON((-121.5630 38.4370, -121.3620 38.4370, -121.3620 38.6850, -121.5630 38.6850, -121.5630 38.4370))"))
                .contains(CITY);
        assertThat(BoundingBox.parseAny("<http://www.opengis.net/def/crs/OGC/1.3/CRS84> MULTIPOLYGON(((-121.563 38.437, -121.5 38.685)),"
                + "((-121.362 38.5, -121.4 38.6)))")).contains(CITY);
        assertThat(BoundingBox.parseAny("ENVELOPE(-121.563, -121.362, 38.685, 38.437)")).contains(CITY);
        assertThat(BoundingBox.parseAny("{\"type\": \"Polygon\", \"coordinates\": [[[-121.5630, 38.4370], [-121.3620, 38.4370],"
                + " [-121.3620, 38.6850], [-121.5630, 38.6850], [-121.5630, 38.4370]]]}")).contains(CITY);
        assertThat(BoundingBox.parseAny("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[-121.5,38.5]}}"))
                .contains(new BoundingBox(-121.5, 38.5, -121.5, 38.5));
        assertThat(BoundingBox.parseAny("POINT(-121.5 38.5)")).contains(new BoundingBox(-121.5, 38.5, -121.5, 38.5));
    }

    @Test
    void places_out_of_range_boxes_and_3d_coordinates_are_not_boxes() {
        assertThat(BoundingBox.parseAny("Demo City")).isEmpty();
        assertThat(BoundingBox.parseAny("-200,38,-121,39")).isEmpty();
        assertThat(BoundingBox.parseAny("-121,39,-122,40")).as("west > east: across the antimeridian").isEmpty();
        assertThat(BoundingBox.parseAny("-121,40,-120,39")).as("south > north").isEmpty();
        assertThat(BoundingBox.parseAny("POINT Z(-121.5 38.5 12)")).isEmpty();
        assertThat(BoundingBox.parseAny("{\"type\":\"Polygon\"}")).isEmpty();
        assertThat(BoundingBox.parseAny("{not json")).isEmpty();
    }

    @Test
    void intersection_includes_touching_edges() {
        assertThat(CITY.intersects(new BoundingBox(-121.362, 38.0, -121.0, 38.5))).isTrue();
        assertThat(CITY.intersects(new BoundingBox(-121.3619, 38.0, -121.0, 38.5))).isFalse();
        assertThat(CITY.toPod()).isEqualTo("-121.563,38.437,-121.362,38.685");
        assertThat(new BoundingBox(-180, -90, 180, 90).toPod()).isEqualTo("-180,-90,180,90");
    }
}
