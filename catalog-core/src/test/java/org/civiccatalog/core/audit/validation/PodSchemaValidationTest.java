package org.civiccatalog.core.audit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.civiccatalog.core.audit.Finding;
import org.civiccatalog.core.audit.Severity;
import org.civiccatalog.core.audit.validation.PodSchemaValidation.Variant;
import org.junit.jupiter.api.Test;

/** The POD schema layer, federal and non-federal, each with its must-fail twin. */
class PodSchemaValidationTest {
    static final PodSchemaValidation POD = new PodSchemaValidation();
    static final ObjectMapper JSON = new ObjectMapper();

    static final String VALID_NON_FEDERAL = """
            {"@type":"dcat:Dataset","title":"Parking citations","description":"Every citation.",
             "keyword":["parking"],"modified":"2024-05-01","identifier":"https://data.example.gov/d/1",
             "accessLevel":"public","publisher":{"@type":"org:Organization","name":"Transportation"},
             "contactPoint":{"@type":"vcard:Contact","fn":"Open Data","hasEmail":"mailto:opendata@example.gov"},
             "distribution":[{"@type":"dcat:Distribution","downloadURL":"https://data.example.gov/1.csv","mediaType":"text/csv"}]}""";

    static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static List<String> rules(List<Finding> fs) {
        return fs.stream().map(Finding::ruleId).toList();
    }

    @Test
    void a_valid_non_federal_dataset_has_no_findings() {
        assertThat(POD.validate(json(VALID_NON_FEDERAL), Variant.NON_FEDERAL)).isEmpty();
    }

    @Test
    void the_same_dataset_fails_the_federal_variant_for_its_missing_codes() {
        List<Finding> fs = POD.validate(json(VALID_NON_FEDERAL), Variant.FEDERAL);
        assertThat(rules(fs)).containsExactlyInAnyOrder("pod.required.bureauCode", "pod.required.programCode");
        assertThat(fs).allMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void a_federal_dataset_with_codes_passes_the_federal_variant() {
        String fed = VALID_NON_FEDERAL.replace("\"accessLevel\":\"public\",",
                "\"accessLevel\":\"public\",\"bureauCode\":[\"015:11\"],\"programCode\":[\"015:001\"],");
        assertThat(POD.validate(json(fed), Variant.FEDERAL)).isEmpty();
    }

    @Test
    void missing_required_members_are_named_one_finding_each() {
        List<Finding> fs = POD.validate(json("{\"title\":\"T\",\"identifier\":\"x\"}"), Variant.NON_FEDERAL);
        assertThat(rules(fs)).containsExactlyInAnyOrder("pod.required.description", "pod.required.publisher",
                "pod.required.contactPoint", "pod.required.accessLevel");
        assertThat(fs).filteredOn(f -> f.ruleId().equals("pod.required.accessLevel")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("access level").contains("public, restricted public, non-public"));
    }

    @Test
    void invalid_values_are_named_by_field_path_without_positions() {
        String bad = VALID_NON_FEDERAL.replace("mailto:opendata@example.gov", "opendata at example")
                .replace("\"accessLevel\":\"public\"", "\"accessLevel\":\"open\"")
                .replace(",\"mediaType\":\"text/csv\"", "")
                .replace("\"modified\":\"2024-05-01\"", "\"modified\":\"last week\"");
        List<Finding> fs = POD.validate(json(bad), Variant.NON_FEDERAL);
        assertThat(rules(fs)).containsExactlyInAnyOrder("pod.invalid.contactPoint.hasEmail", "pod.invalid.accessLevel",
                "pod.required.distribution.mediaType", "pod.invalid.modified");
        assertThat(fs).extracting(Finding::property).contains("distribution.mediaType", "contactPoint.hasEmail");
        assertThat(fs).filteredOn(f -> f.ruleId().equals("pod.invalid.contactPoint.hasEmail")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"opendata at example\"").contains("mailto:"));
    }

    @Test
    void wrong_json_types_are_type_findings() {
        String bad = VALID_NON_FEDERAL.replace("\"keyword\":[\"parking\"]", "\"keyword\":\"parking\"");
        assertThat(rules(POD.validate(json(bad), Variant.NON_FEDERAL))).containsExactly("pod.type.keyword");
    }
}
