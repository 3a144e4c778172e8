package org.civiccatalog.core.datajson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

class LegacyUpgradeTest {

    static List<ObjectNode> readV10(String json) {
        List<ObjectNode> out = new ArrayList<>();
        DataJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "v10.json", e -> out.add(e.json()));
        return out;
    }

    static JsonNode json(String s) throws IOException {
        return Json.MAPPER.readTree(s);
    }

    @Test
    void the_official_v10_sample_entry_becomes_this_v11_dataset() throws IOException {
        List<ObjectNode> all = new ArrayList<>();
        DataJsonReader.read(Fixtures.fixture("pod-schema-v1.0/examples/catalog-sample.json"), e -> all.add(e.json()));
        ObjectNode second = all.get(1);
        second.remove("description");
        assertThat(second).isEqualTo(json("""
                {"title": "Public Elementary/Secondary Listing",
                 "keyword": ["education","schools","children","locations","gis"],
                 "modified": "2011-11-19T12:00:00Z",
                 "publisher": {"@type": "org:Organization", "name": "US Department of Education"},
                 "contactPoint": {"@type": "vcard:Contact", "fn": "Jane Doe", "hasEmail": "mailto:Jane.doe@ed.gov"},
                 "identifier": "gov-doe-nces-1121",
                 "accessLevel": "public",
                 "bureauCode": ["018:10"],
                 "programCode": ["018:001"],
                 "license": "Public Domain",
                 "spatial": "United States",
                 "temporal": "2009-09-01T12:00:00Z/2010-05-31T12:00:00Z",
                 "distribution": [
                   {"downloadURL": "https://data.example_agency.gov/views/ykv5-fn9t/rows.csv?accessType=DOWNLOAD", "mediaType": "text/csv"},
                   {"accessURL": "http://data.example_agency.gov/api/views/ykv5-fn9t/rows.json", "format": "API"}]}"""));
        JsonNode third = all.get(2).get("distribution");
        assertThat(third).hasSize(4);
        assertThat(third.get(0)).isEqualTo(json("""
                {"downloadURL": "https://data.example_agency.gov/views/ykv5-fn9s/rows.csv?accessType=DOWNLOAD", "mediaType": "text/csv"}"""));
        assertThat(third.get(3).get("format").asText()).isEqualTo("API");
    }

    @Test
    void socrata_2013_entries_lowercase_access_level_split_keywords_and_read_formats() {
        List<ObjectNode> sf = new ArrayList<>();
        DataJsonReader.read(Fixtures.fixture("datajson/socrata-pod-v1.0-2013/data.sfgov.org.json"), e -> sf.add(e.json()));
        ObjectNode schools = sf.get(1);
        assertThat(schools.get("accessLevel").asText()).isEqualTo("public");
        assertThat(schools.get("keyword")).hasToString("[\"education\",\"san francisco\",\"schools\"]");
        assertThat(schools.get("distribution")).hasSize(1);
        assertThat(schools.get("distribution").get(0).toString()).isEqualTo(
                "{\"downloadURL\":\"http://apps.sfgov.org/datafiles/view.php?file=sfgis/schools_public_pt.zip\","
                        + "\"mediaType\":\"application/zip\",\"format\":\"zip\"}");
        assertThat(schools.has("accessURL")).isFalse();
        assertThat(schools.has("format")).isFalse();
        assertThat(schools.get("releaseDate").asText()).as("non-v1.0 members stay, as extra fields").isEqualTo("2012-01-20");
        ObjectNode self = sf.get(0);
        assertThat(self.get("distribution")).hasToString(
                "[{\"accessURL\":\"https://data.sfgov.org/data.json\",\"format\":\"API\",\"mediaType\":\"application/json\"}]");
        assertThat(sf).hasSize(370).noneMatch(o -> o.has("keyword") && !o.get("keyword").isArray());
    }

    @Test
    void frequency_comment_dictionary_and_uii_are_renamed_per_v11() throws IOException {
        ObjectNode o = readV10("""
                [{"identifier": "x", "title": "X", "accrualPeriodicity": "Three times a week",
                  "accessLevelComment": "ask us", "dataDictionary": "http://example.org/dict",
                  "PrimaryITInvestmentUII": "005-000000123", "mbox": "a@example.org", "keyword": " a, ,b "}]""").get(0);
        assertThat(o).isEqualTo(json("""
                {"identifier": "x", "title": "X", "accrualPeriodicity": "R/P0.33W", "rights": "ask us",
                 "describedBy": "http://example.org/dict", "primaryITInvestmentUII": "005-000000123",
                 "contactPoint": {"@type": "vcard:Contact", "hasEmail": "mailto:a@example.org"}, "keyword": ["a", "b"]}"""));
        assertThat(readV10("[{\"accrualPeriodicity\": \"Completely irregular\"}]").get(0).get("accrualPeriodicity").asText())
                .isEqualTo("irregular");
    }

    @Test
    void an_entry_that_cannot_be_upgraded_is_refused_naming_field_and_value() {
        assertThatThrownBy(() -> readV10("[{\"identifier\": \"x\", \"accrualPeriodicity\": \"whenever\"}]"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("dataset[0] (identifier 'x'): field 'accrualPeriodicity': 'whenever' is not a POD v1.0 frequency");
        assertThatThrownBy(() -> readV10("[{\"identifier\": \"x\", \"distribution\": [{\"accessURL\": \"http://a\", "
                + "\"formats\": [{\"value\": \"text/csv\"}, {\"value\": \"application/json\"}]}]}]"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("field 'distribution[0].formats': must hold exactly one {label, value} object");
        assertThatThrownBy(() -> readV10("[{\"identifier\": \"x\", \"distribution\": \"http://a\"}]"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("field 'distribution': must be an array of objects, got a string");
        assertThatThrownBy(() -> readV10("[{\"identifier\": \"x\", \"accessLevelComment\": \"a\", \"rights\": \"b\"}]"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("the entry has both");
    }

    @Test
    void a_single_v10_distribution_object_is_wrapped_in_an_array() {
        ObjectNode o = readV10("[{\"identifier\": \"x\", \"distribution\": {\"accessURL\": \"http://a/b.csv\", \"format\": \"text/csv\"}}]").get(0);
        assertThat(o.get("distribution")).hasToString("[{\"downloadURL\":\"http://a/b.csv\",\"mediaType\":\"text/csv\"}]");
    }

    @Test
    void v11_shaped_entries_in_an_array_pass_unchanged() throws IOException {
        String entry = """
                {"identifier": "x", "title": "X", "accessLevel": "public", "keyword": ["k"],
                 "publisher": {"name": "P"}, "contactPoint": {"fn": "F", "hasEmail": "mailto:f@example.org"},
                 "distribution": [{"accessURL": "http://example.org/api", "format": "API"},
                                  {"downloadURL": "http://example.org/a.csv", "mediaType": "text/csv"}]}""";
        assertThat(readV10("[" + entry + "]").get(0)).isEqualTo(json(entry));
    }
}
