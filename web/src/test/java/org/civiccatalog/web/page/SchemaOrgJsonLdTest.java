package org.civiccatalog.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.civiccatalog.core.audit.AuditFixtureAccess;
import org.junit.jupiter.api.Test;

/**
 * The schema.org description of the audit's perfect dataset (every field filled: a WKT box, a period, a licence, a
 * distribution with a media type IRI), parsed back as JSON-LD and compared by isomorphism with the graph it must be.
 */
class SchemaOrgJsonLdTest {
    static final String DS = "https://data.example.gov/dataset/street-trees";

    @Test
    void the_perfect_dataset_maps_every_field() {
        Graph record = RDFParser.create().source(new StringReader(AuditFixtureAccess.perfect())).lang(Lang.TURTLE).toGraph();
        String json = SchemaOrgJsonLd.json(new RecordView(record, DS));
        Graph got = RDFParser.create().source(new StringReader(json)).lang(Lang.JSONLD).toGraph();
        String expected = """
                @prefix s: <http://schema.org/> .
                <%1$s> a s:Dataset ; s:url <%1$s> ; s:name "Street trees" ; s:identifier "street-trees" ;
                    s:description "Every street tree the Urban Forestry Division maintains, with species, trunk diameter in inches and planting date. Source: the division's tree inventory system. Limitations: trees on private land are not included, and diameters are estimates." ;
                    s:keywords "trees", "urban forest" ;
                    s:license "https://creativecommons.org/publicdomain/zero/1.0/" ;
                    s:publisher [ a s:Organization ; s:name "Urban Forestry Division" ] ;
                    s:creator [ a s:Organization ; s:name "Urban Forestry Division" ] ;
                    s:dateModified "2026-11-01" ; s:datePublished "2015-03-01" ;
                    s:sameAs <https://data.example.gov/d/street-trees> ;
                    s:spatialCoverage [ a s:Place ; s:geo [ a s:GeoShape ; s:box "33.7 -118.67 34.34 -118.15" ] ] ;
                    s:temporalCoverage "2010-01-01/2026-10-31" ;
                    s:distribution [ a s:DataDownload ; s:contentUrl <https://data.example.gov/street-trees.csv> ;
                                     s:name "Street trees (CSV)" ; s:encodingFormat "text/csv" ] .
                """.formatted(DS);
        Graph want = RDFParser.create().source(new StringReader(expected)).lang(Lang.TURTLE).toGraph();
        assertThat(got.isIsomorphicWith(want)).as(() -> json + "\n" + got).isTrue();
    }

    @Test
    void script_safe_json_keeps_values_and_cannot_close_the_element() {
        String raw = "{\"name\":\"</script><!-- & \u2028\"}";
        String safe = SchemaOrgJsonLd.scriptSafe(raw);
        assertThat(safe).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
        assertThat(safe).isEqualTo("{\"name\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\"}");
    }
}
