package org.civiccatalog.core.datajson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCATUS11;
import org.civiccatalog.vocab.DCATUS3;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;
import org.civiccatalog.vocab.LOCN;
import org.civiccatalog.vocab.ORG;
import org.civiccatalog.vocab.Prefixes;
import org.civiccatalog.vocab.SKOS;
import org.civiccatalog.vocab.VCARD;
import org.junit.jupiter.api.Test;

class PodToDcatTest {
    static final CatalogIris IRIS = CatalogIris.of("http://test.example/");
    static final PodToDcat TO_DCAT = new PodToDcat(IRIS);
    static final String DS = "http://test.example/dataset/src/d1";
    static final Node DSN = NodeFactory.createURI(DS);

    static ObjectNode dataset(String extraMembers) throws IOException {
        return (ObjectNode) Json.MAPPER.readTree("{\"identifier\": \"d1\", \"title\": \"T\"" + (extraMembers.isEmpty() ? "" : ", ")
                + extraMembers + "}");
    }

    static Graph map(String extraMembers) throws IOException {
        return TO_DCAT.toGraph(dataset(extraMembers), DS);
    }

    static List<Node> objects(Graph g, Node s, Property p) {
        return g.find(s, p.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
    }

    static Node one(Graph g, Node s, Property p) {
        List<Node> o = objects(g, s, p);
        assertThat(o).as("values of %s", p).hasSize(1);
        return o.get(0);
    }

    @Test
    void license_is_an_iri_when_it_is_one_and_a_literal_otherwise() throws IOException {
        Node iri = one(map("\"license\": \"https://creativecommons.org/publicdomain/zero/1.0/\""), DSN, DCTERMS.license);
        assertThat(iri.isURI()).isTrue();
        assertThat(iri.getURI()).isEqualTo("https://creativecommons.org/publicdomain/zero/1.0/");
        Node lit = one(map("\"license\": \"Public Domain\\nCity of Oakland\""), DSN, DCTERMS.license);
        assertThat(lit.isLiteral()).isTrue();
        assertThat(lit.getLiteralLexicalForm()).isEqualTo("Public Domain\nCity of Oakland");
    }

    @Test
    void contact_point_is_a_vcard_kind_with_has_email_as_a_mailto_iri() throws IOException {
        Graph g = map("\"contactPoint\": {\"@type\": \"vcard:Contact\", \"fn\": \"Jane\", \"hasEmail\": \"mailto:jane@example.org\"}");
        Node c = one(g, DSN, DCAT.contactPoint);
        assertThat(c.isBlank()).isTrue();
        assertThat(g.contains(c, RDF.type.asNode(), VCARD.Kind.asNode())).isTrue();
        assertThat(one(g, c, VCARD.fn).getLiteralLexicalForm()).isEqualTo("Jane");
        assertThat(one(g, c, VCARD.hasEmail)).isEqualTo(NodeFactory.createURI("mailto:jane@example.org"));
        Node bare = one(map("\"contactPoint\": {\"fn\": \"J\", \"hasEmail\": \"jane@example.org\"}"),
                null, VCARD.hasEmail);
        assertThat(bare).as("a bare address becomes a mailto: IRI").isEqualTo(NodeFactory.createURI("mailto:jane@example.org"));
    }

    @Test
    void dates_are_typed_by_their_form_and_others_stay_plain() throws IOException {
        assertThat(one(map("\"modified\": \"2014-10-03\""), DSN, DCTERMS.modified))
                .isEqualTo(NodeFactory.createLiteralDT("2014-10-03", XSDDatatype.XSDdate));
        assertThat(one(map("\"modified\": \"2016-11-15T14:30:48Z\""), DSN, DCTERMS.modified))
                .isEqualTo(NodeFactory.createLiteralDT("2016-11-15T14:30:48Z", XSDDatatype.XSDdateTime));
        assertThat(one(map("\"issued\": \"2013-05\""), DSN, DCTERMS.issued))
                .isEqualTo(NodeFactory.createLiteralDT("2013-05", XSDDatatype.XSDgYearMonth));
        assertThat(one(map("\"issued\": \"2013\""), DSN, DCTERMS.issued))
                .isEqualTo(NodeFactory.createLiteralDT("2013", XSDDatatype.XSDgYear));
        assertThat(one(map("\"modified\": \"R/P1D\""), DSN, DCTERMS.modified)).isEqualTo(NodeFactory.createLiteralString("R/P1D"));
        assertThat(one(map("\"modified\": \"2022-11-02 18:48:55.063953\""), DSN, DCTERMS.modified))
                .isEqualTo(NodeFactory.createLiteralString("2022-11-02 18:48:55.063953"));
    }

    @Test
    void a_date_a_store_may_rewrite_is_also_kept_verbatim() throws IOException {
        Graph g = map("\"modified\": \"2016-11-15T14:30:48.000Z\", \"issued\": \"2014-10-03\"");
        assertThat(one(g, DSN, DCTERMS.modified).getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdateTime);
        assertThat(one(g, DSN, CIVIC.rawValue).getLiteralLexicalForm()).isEqualTo("{\"modified\":\"2016-11-15T14:30:48.000Z\"}");
    }

    @Test
    void access_level_is_kept_and_gives_dct_access_rights() throws IOException {
        Graph g = map("\"accessLevel\": \"restricted public\", \"rights\": \"Ask\"");
        assertThat(one(g, DSN, DCATUS11.accessLevel).getLiteralLexicalForm()).isEqualTo("restricted public");
        assertThat(one(g, DSN, DCTERMS.accessRights)).isEqualTo(NodeFactory.createURI(Prefixes.EU_ACCESS_RIGHT + "RESTRICTED"));
        assertThat(objects(map("\"accessLevel\": \"whatever\""), DSN, DCTERMS.accessRights)).isEmpty();
    }

    @Test
    void publisher_chain_is_foaf_organizations_linked_by_sub_organization_of() throws IOException {
        Graph g = map("\"publisher\": {\"@type\": \"org:Organization\", \"name\": \"Bureau of Sanitation\", \"subOrganizationOf\":"
                + " {\"name\": \"Public Works\", \"subOrganizationOf\": {\"@id\": \"https://lacity.gov/\", \"name\": \"City of Los Angeles\"}}}");
        Node p = one(g, DSN, DCTERMS.publisher);
        assertThat(g.contains(p, RDF.type.asNode(), FOAF.Organization.asNode())).isTrue();
        assertThat(one(g, p, FOAF.name).getLiteralLexicalForm()).isEqualTo("Bureau of Sanitation");
        Node parent = one(g, p, ORG.subOrganizationOf);
        Node city = one(g, parent, ORG.subOrganizationOf);
        assertThat(city).as("an @id names the node").isEqualTo(NodeFactory.createURI("https://lacity.gov/"));
        assertThat(one(g, city, FOAF.name).getLiteralLexicalForm()).isEqualTo("City of Los Angeles");
    }

    @Test
    void spatial_bbox_gets_a_wkt_polygon_and_keeps_the_string() throws IOException {
        Graph g = map("\"spatial\": \"-83.7284,42.2809,-82.9241,42.7937\"");
        Node loc = one(g, DSN, DCTERMS.spatial);
        assertThat(g.contains(loc, RDF.type.asNode(), DCTERMS.Location.asNode())).isTrue();
        Node bbox = one(g, loc, DCAT.bbox);
        assertThat(bbox.getLiteralLexicalForm()).isEqualTo(
                "POLYGON((-83.7284 42.2809, -82.9241 42.2809, -82.9241 42.7937, -83.7284 42.7937, -83.7284 42.2809))");
        assertThat(bbox.getLiteralDatatypeURI()).isEqualTo(Prefixes.GEOSPARQL + "wktLiteral");
        assertThat(one(g, loc, CIVIC.rawValue).getLiteralLexicalForm()).isEqualTo("{\"spatial\":\"-83.7284,42.2809,-82.9241,42.7937\"}");
        Node named = one(map("\"spatial\": \"Florida\""), null, SKOS.prefLabel);
        assertThat(named.getLiteralLexicalForm()).isEqualTo("Florida");
        Node wkt = one(map("\"spatial\": \"POLYGON ((1 2, 3 4, 1 2))\""), null, LOCN.geometry);
        assertThat(wkt.getLiteralLexicalForm()).isEqualTo("POLYGON ((1 2, 3 4, 1 2))");
    }

    @Test
    void temporal_is_a_period_of_time_with_start_and_end() throws IOException {
        Graph g = map("\"temporal\": \"2011/2015-06-30\"");
        Node period = one(g, DSN, DCTERMS.temporal);
        assertThat(one(g, period, DCAT.startDate)).isEqualTo(NodeFactory.createLiteralDT("2011", XSDDatatype.XSDgYear));
        assertThat(one(g, period, DCAT.endDate)).isEqualTo(NodeFactory.createLiteralDT("2015-06-30", XSDDatatype.XSDdate));
        Node durationEnd = one(map("\"temporal\": \"1988-01-01/P1W\""), null, DCAT.startDate);
        assertThat(durationEnd.getLiteralLexicalForm()).isEqualTo("1988-01-01");
    }

    @Test
    void distributions_get_numbered_iris_and_iana_media_type_iris() throws IOException {
        Graph g = map("\"distribution\": [{\"accessURL\": \"http://example.org/api\", \"format\": \"API\"},"
                + " {\"@type\": \"dcat:Distribution\", \"downloadURL\": \"http://example.org/a.csv\", \"mediaType\": \"text/csv\","
                + " \"describedBy\": \"http://example.org/dict.json\", \"describedByType\": \"application/schema+json\"}]");
        assertThat(objects(g, DSN, DCAT.distribution)).containsExactlyInAnyOrder(
                NodeFactory.createURI(DS + "/distribution/1"), NodeFactory.createURI(DS + "/distribution/2"));
        Node d2 = NodeFactory.createURI(DS + "/distribution/2");
        assertThat(one(g, d2, DCAT.downloadURL)).isEqualTo(NodeFactory.createURI("http://example.org/a.csv"));
        assertThat(one(g, d2, DCAT.mediaType)).isEqualTo(NodeFactory.createURI(Prefixes.IANA_MEDIA_TYPES + "text/csv"));
        assertThat(objects(g, d2, CIVIC.rawValue)).as("text/csv comes back from the IRI").isEmpty();
        Node dict = one(g, d2, DCATUS3.describedBy);
        assertThat(g.contains(dict, RDF.type.asNode(), DCAT.Distribution.asNode())).isTrue();
        assertThat(one(g, dict, DCAT.accessURL)).isEqualTo(NodeFactory.createURI("http://example.org/dict.json"));
        assertThat(one(g, dict, DCAT.mediaType)).isEqualTo(NodeFactory.createURI(Prefixes.IANA_MEDIA_TYPES + "application/schema+json"));
        assertThat(one(g, d2, DCATUS11.describedByType).getLiteralLexicalForm()).isEqualTo("application/schema+json");
        Node withParams = one(map("\"distribution\": [{\"mediaType\": \"application/zip; charset=binary\"}]"),
                NodeFactory.createURI(DS + "/distribution/1"), CIVIC.rawValue);
        assertThat(withParams.getLiteralLexicalForm()).isEqualTo("{\"mediaType\":\"application/zip; charset=binary\"}");
    }

    @Test
    void theme_is_a_skos_concept_and_the_rest_use_dct_and_pod_terms() throws IOException {
        Graph g = map("\"theme\": [\"Transportation\"], \"references\": [\"http://example.org/r\"], \"isPartOf\": \"parent-1\","
                + " \"landingPage\": \"http://example.org/lp\", \"dataQuality\": true, \"bureauCode\": [\"015:11\"],"
                + " \"language\": [\"en-US\"], \"conformsTo\": \"http://example.org/std\", \"accrualPeriodicity\": \"R/P1W\"");
        Node theme = one(g, DSN, DCAT.theme);
        assertThat(g.contains(theme, RDF.type.asNode(), SKOS.Concept.asNode())).isTrue();
        assertThat(one(g, theme, SKOS.prefLabel).getLiteralLexicalForm()).isEqualTo("Transportation");
        assertThat(one(g, DSN, DCTERMS.references).isURI()).isTrue();
        assertThat(one(g, DSN, DCTERMS.isPartOf)).isEqualTo(NodeFactory.createLiteralString("parent-1"));
        Node lp = one(g, DSN, DCAT.landingPage);
        assertThat(lp.isURI()).isTrue();
        assertThat(g.contains(lp, RDF.type.asNode(), FOAF.Document.asNode())).isTrue();
        assertThat(one(g, DSN, DCATUS11.dataQuality)).isEqualTo(NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        assertThat(one(g, DSN, DCATUS11.bureauCode).getLiteralLexicalForm()).isEqualTo("015:11");
        assertThat(one(g, DSN, DCTERMS.language).getLiteralLexicalForm()).isEqualTo("en-US");
        assertThat(one(g, DSN, DCTERMS.conformsTo).isURI()).isTrue();
        assertThat(one(g, DSN, DCTERMS.accrualPeriodicity).getLiteralLexicalForm()).isEqualTo("R/P1W");
        assertThat(g.contains(DSN, RDF.type.asNode(), DCAT.Dataset.asNode())).isTrue();
    }

    @Test
    void unknown_members_and_nulls_are_kept_verbatim() throws IOException {
        Graph g = map("\"additionalFieldDict\": {\"a\": 3}, \"spatial\": null, \"keyword\": null");
        assertThat(objects(g, DSN, CIVIC.extraField)).extracting(Node::getLiteralLexicalForm)
                .containsExactly("{\"additionalFieldDict\":{\"a\":3}}");
        assertThat(objects(g, DSN, CIVIC.rawValue)).extracting(Node::getLiteralLexicalForm)
                .as("spatial may be null, keyword may not").containsExactly("{\"spatial\":null}");
    }

    @Test
    void wrong_json_types_are_refused_naming_dataset_and_field() {
        assertRefused("\"keyword\": 5", "dataset[0] (identifier 'd1'): field 'keyword': must be an array of strings, got a number (5)");
        assertRefused("\"keyword\": [\"a\", 1]", "field 'keyword[1]': must be a string, got a number (1)");
        assertRefused("\"distribution\": {\"downloadURL\": \"http://a\"}", "field 'distribution': must be an array of objects, got an object");
        assertRefused("\"distribution\": [\"http://a\"]", "field 'distribution[0]': must be an object, got a string");
        assertRefused("\"publisher\": \"Agency\"", "field 'publisher': must be an object, got a string ('Agency')");
        assertRefused("\"dataQuality\": \"yes\"", "field 'dataQuality': must be true or false, got a string ('yes')");
        assertRefused("\"contactPoint\": {\"fn\": [\"a\"]}", "field 'contactPoint.fn': must be a string, got an array of 1");
        assertRefused("\"distribution\": [{\"mediaType\": 3}]", "field 'distribution[0].mediaType': must be a string");
        assertThatThrownBy(() -> TO_DCAT.toGraph((ObjectNode) Json.MAPPER.readTree("{\"identifier\": \"d1\", \"title\": [\"T\"]}"), DS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("field 'title': must be a string, got an array of 1");
    }

    @Test
    void a_missing_or_blank_identifier_or_title_is_refused() {
        DatasetEntry noId = new DatasetEntry("in.json", 4, 10, 3, Json.object().put("title", "T"), false);
        assertThatThrownBy(() -> TO_DCAT.map("src", noId)).isInstanceOf(InvalidInputException.class)
                .hasMessage("in.json:10:3: dataset[4]: field 'identifier': is missing: every dataset needs a non-blank identifier");
        DatasetEntry blank = new DatasetEntry("in.json", 0, 1, 1, Json.object().put("identifier", " \t").put("title", "T"), false);
        assertThatThrownBy(() -> TO_DCAT.map("src", blank)).hasMessageContaining("is blank");
        DatasetEntry noTitle = new DatasetEntry("in.json", 0, 1, 1, Json.object().put("identifier", "x").put("title", " "), false);
        assertThatThrownBy(() -> TO_DCAT.map("src", noTitle)).hasMessageContaining("(identifier 'x'): field 'title': is blank");
    }

    @Test
    void map_mints_the_dataset_iri_from_source_and_identifier() {
        DatasetEntry e = new DatasetEntry("in.json", 2, 5, 7, Json.object().put("identifier", "abc-1").put("title", "T"), false);
        ImportedDataset d = TO_DCAT.map("lacity", e);
        assertThat(d.upstreamId()).isEqualTo("abc-1");
        assertThat(d.datasetIri()).isEqualTo(IRIS.dataset("lacity", "abc-1"));
        assertThat(d.position()).isEqualTo("dataset[2] at line 5, column 7");
        assertThat(d.graph().contains(NodeFactory.createURI(d.datasetIri()), DCTERMS.identifier.asNode(),
                NodeFactory.createLiteralString("abc-1"))).isTrue();
    }

    private static void assertRefused(String members, String message) {
        assertThatThrownBy(() -> map(members)).isInstanceOf(InvalidInputException.class).hasMessageContaining(message);
    }
}
