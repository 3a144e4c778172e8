package org.civiccatalog.core.datajson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.civiccatalog.core.NotFoundException;
import org.civiccatalog.core.testing.PodSchemaValidator;
import org.civiccatalog.vocab.Prefixes;
import org.junit.jupiter.api.Test;

/** DCAT that came from other RDF sources, field by field; every result must also validate. */
class DcatToPodTest {
    static final DcatToPod TO_POD = new DcatToPod(DataJsonRoundTripTest.DEFAULTS);
    static final String PREFIXES = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> . @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix ex: <http://example.org/> .
            @prefix pod: <https://project-open-data.cio.gov/v1.1/schema#> .
            """;

    static ObjectNode pod(String turtle) {
        Graph g = RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).toGraph();
        ObjectNode o = TO_POD.toPod(g, "http://example.org/ds");
        assertThat(PodSchemaValidator.datasetErrors(o)).as("%s", o).isEmpty();
        assertThat(DcatOnlyToPodTest.emptyStrings(o)).as("no empty strings in %s", o).isZero();
        return o;
    }

    @Test
    void publisher_name_from_skos_pref_label_or_the_default() {
        assertThat(pod("ex:ds a dcat:Dataset ; dct:title \"T\"@en ; dct:publisher [ skos:prefLabel \"City of LA\"@en ] .")
                .get("publisher").toString()).isEqualTo("{\"@type\":\"org:Organization\",\"name\":\"City of LA\"}");
        assertThat(pod("ex:ds a dcat:Dataset ; dct:publisher [ a foaf:Agent ] .").get("publisher").get("name").asText())
                .isEqualTo("Test Catalog Operator");
        assertThat(pod("ex:ds a dcat:Dataset .").get("publisher").toString())
                .isEqualTo("{\"@type\":\"org:Organization\",\"name\":\"Test Catalog Operator\"}");
    }

    @Test
    void contact_email_as_literal_iri_or_has_value_node() {
        assertThat(pod("ex:ds dcat:contactPoint [ a vcard:Organization ; vcard:fn \"Data Desk\" ; vcard:hasEmail \"data@example.org\" ] .")
                .get("contactPoint").toString())
                .isEqualTo("{\"@type\":\"vcard:Contact\",\"fn\":\"Data Desk\",\"hasEmail\":\"mailto:data@example.org\"}");
        assertThat(pod("ex:ds dcat:contactPoint [ a vcard:Individual ; vcard:fn \"Jo\" ; vcard:hasEmail [ vcard:hasValue <mailto:jo@example.org> ] ] .")
                .get("contactPoint").get("hasEmail").asText()).isEqualTo("mailto:jo@example.org");
        assertThat(pod("ex:ds dcat:contactPoint [ vcard:fn \"Jo\" ; vcard:hasEmail \"not an address\" ] .")
                .get("contactPoint").toString()).as("an invalid address is left out, the name kept")
                .isEqualTo("{\"@type\":\"vcard:Contact\",\"fn\":\"Jo\"}");
        assertThat(pod("ex:ds dcat:contactPoint [ vcard:hasEmail <mailto:x@example.org> ] .").get("contactPoint").get("fn").asText())
                .isEqualTo("Test Catalog Operator");
    }

    @Test
    void theme_iris_give_their_label_or_themselves() {
        JsonNode theme = pod("ex:ds dcat:theme ex:transport, ex:health . ex:transport skos:prefLabel \"Transport\"@en .").get("theme");
        assertThat(theme).hasToString("[\"Transport\",\"http://example.org/health\"]");
    }

    @Test
    void a_license_shared_by_all_distributions_is_the_dataset_license() {
        assertThat(pod("""
                ex:ds dcat:distribution [ dct:license <https://creativecommons.org/publicdomain/zero/1.0/> ],
                                        [ dct:license <https://creativecommons.org/publicdomain/zero/1.0/> ] .""")
                .get("license").asText()).isEqualTo("https://creativecommons.org/publicdomain/zero/1.0/");
        assertThat(pod("""
                ex:ds dcat:distribution [ dct:license <http://example.org/a> ], [ dct:license <http://example.org/b> ] .""")
                .has("license")).isFalse();
    }

    @Test
    void access_rights_iris_give_the_access_level() {
        String eu = Prefixes.EU_ACCESS_RIGHT;
        assertThat(pod("ex:ds dct:accessRights <" + eu + "NON_PUBLIC> .").get("accessLevel").asText()).isEqualTo("non-public");
        assertThat(pod("ex:ds dct:accessRights <" + eu + "RESTRICTED> .").get("accessLevel").asText()).isEqualTo("restricted public");
        assertThat(pod("ex:ds dct:accessRights [ a dct:RightsStatement ; rdfs:comment \"open\" ] .").get("accessLevel").asText())
                .as("the default").isEqualTo("public");
        assertThat(pod("ex:ds pod:accessLevel \"Non-Public\" .").get("accessLevel").asText()).isEqualTo("non-public");
    }

    @Test
    void missing_title_and_description_fall_back_and_never_become_empty() {
        ObjectNode o = pod("ex:ds a dcat:Dataset ; dct:title \"\" ; rdfs:label \"Label\" ; dct:description \"\" ; dct:identifier \"id-7\" .");
        assertThat(o.get("title").asText()).isEqualTo("Label");
        assertThat(o.get("description").asText()).isEqualTo("Label");
        assertThat(o.get("identifier").asText()).isEqualTo("id-7");
        ObjectNode bare = pod("ex:ds a dcat:Dataset .");
        assertThat(bare.get("title").asText()).isEqualTo("http://example.org/ds");
        assertThat(bare.get("identifier").asText()).isEqualTo("http://example.org/ds");
    }

    @Test
    void a_download_without_a_usable_media_type_becomes_the_access_url() {
        JsonNode d = pod("ex:ds dcat:distribution [ dcat:downloadURL <http://example.org/a.bin> ; dct:format \"Binary\" ] .")
                .get("distribution").get(0);
        assertThat(d.toString()).isEqualTo("{\"@type\":\"dcat:Distribution\",\"format\":\"Binary\",\"accessURL\":\"http://example.org/a.bin\"}");
        JsonNode fromFormat = pod("ex:ds dcat:distribution [ dcat:downloadURL <http://example.org/a.csv> ;"
                + " dct:format <http://www.iana.org/assignments/media-types/text/csv> ] .").get("distribution").get(0);
        assertThat(fromFormat.get("mediaType").asText()).isEqualTo("text/csv");
        assertThat(fromFormat.get("downloadURL").asText()).isEqualTo("http://example.org/a.csv");
    }

    @Test
    void distributions_come_in_index_order_then_by_content() {
        ObjectNode o = pod("""
                ex:ds dcat:distribution <http://example.org/ds/distribution/10>, <http://example.org/ds/distribution/2>,
                    [ dct:title "b" ], [ dct:title "a" ] .
                <http://example.org/ds/distribution/10> dct:title "ten" .
                <http://example.org/ds/distribution/2> dct:title "two" .""");
        assertThat(o.get("distribution").findValuesAsText("title")).containsExactly("two", "ten", "a", "b");
    }

    @Test
    void rights_from_a_statement_node_and_only_up_to_255_characters() {
        assertThat(pod("ex:ds dct:rights [ a dct:RightsStatement ; rdfs:label \"Ask the clerk\" ] .").get("rights").asText())
                .isEqualTo("Ask the clerk");
        assertThat(pod("ex:ds dct:rights \"" + "x".repeat(256) + "\" .").has("rights")).isFalse();
    }

    @Test
    void languages_from_tags_and_iris_dates_from_typed_literals() {
        ObjectNode o = pod("""
                ex:ds dct:language "en-US", <http://id.loc.gov/vocabulary/iso639-1/es>, <http://publications.europa.eu/resource/authority/language/FRA> ;
                      dct:modified "2020-01-02T03:04:05Z"^^xsd:dateTime, "2019-01-01"^^xsd:date ; dct:issued "not a date" .""");
        assertThat(o.get("language")).hasToString("[\"en-US\",\"es\",\"fra\"]");
        assertThat(o.get("modified").asText()).as("the latest").isEqualTo("2020-01-02T03:04:05Z");
        assertThat(o.has("issued")).isFalse();
    }

    @Test
    void a_dataset_the_graph_does_not_describe_is_not_found() {
        Graph g = RDFParser.fromString(PREFIXES + "ex:other a dcat:Dataset .", Lang.TURTLE).toGraph();
        assertThatThrownBy(() -> TO_POD.toPod(g, "http://example.org/ds")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("<http://example.org/ds>");
    }

    @Test
    void defaults_are_checked() {
        assertThat(new PodDefaults("P", "C", "c@example.org", "Public").contactEmail()).isEqualTo("mailto:c@example.org");
        assertThatThrownBy(() -> new PodDefaults("P", "C", "nobody", "public")).hasMessageContaining("'nobody'");
        assertThatThrownBy(() -> new PodDefaults("P", "C", "c@example.org", "open")).hasMessageContaining("'open'");
        assertThatThrownBy(() -> new PodDefaults(" ", "C", "c@example.org", "public")).hasMessageContaining("publisherName");
    }

    @Test
    void the_output_is_deterministic() throws IOException {
        String ttl = "ex:ds dcat:distribution [ dct:title \"b\" ; dcat:accessURL <http://e/1> ], [ dct:title \"b\" ; dcat:accessURL <http://e/0> ] ;"
                + " dct:publisher [ foaf:name \"A\" ], [ foaf:name \"B\" ] ; dcat:keyword \"z\", \"a\" .";
        ObjectNode first = pod(ttl);
        for (int i = 0; i < 5; i++) assertThat(pod(ttl)).isEqualTo(first);
        assertThat(first.get("publisher").get("name").asText()).isIn("A", "B");
        assertThat(first.get("keyword")).hasToString("[\"a\",\"z\"]");
    }
}
