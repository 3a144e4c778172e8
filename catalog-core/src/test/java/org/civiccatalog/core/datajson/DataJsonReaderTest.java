package org.civiccatalog.core.datajson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

class DataJsonReaderTest {

    /** Collects everything the reader reports, in order. */
    static class Collect implements DataJsonReader.Handler {
        final List<String> events = new ArrayList<>();
        final List<DatasetEntry> datasets = new ArrayList<>();

        @Override
        public void catalogMember(String name, JsonNode value) {
            events.add("member " + name);
        }

        @Override
        public void dataset(DatasetEntry e) {
            events.add("dataset " + e.index());
            datasets.add(e);
        }
    }

    static DataJsonReader.Summary read(String json, DataJsonReader.Handler h) {
        return DataJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json", h);
    }

    static InvalidInputException refused(String json) {
        try {
            read(json, new Collect());
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("not refused: " + json);
    }

    @Test
    void members_and_datasets_come_in_file_order_and_the_summary_holds_every_catalog_member() {
        Collect c = new Collect();
        DataJsonReader.Summary s = read("""
                {"@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
                 "dataset": [ {"identifier": "a", "title": "A"},
                   {"identifier": "b", "title": "B"} ],
                 "conformsTo": "https://project-open-data.cio.gov/v1.1/schema", "x-extra": {"k": [1, 2]}}""", c);
        assertThat(c.events).containsExactly("member @context", "dataset 0", "dataset 1", "member conformsTo", "member x-extra");
        assertThat(s.datasets()).isEqualTo(2);
        assertThat(s.legacyV10()).isFalse();
        assertThat(s.catalog().members().keySet()).containsExactly("@context", "conformsTo", "x-extra");
        assertThat(c.datasets.get(1).line()).isEqualTo(3);
        assertThat(c.datasets.get(1).column()).isEqualTo(4);
        assertThat(c.datasets.get(1).position()).isEqualTo("dataset[1] at line 3, column 4");
        assertThat(c.datasets.get(0).json().get("title").asText()).isEqualTo("A");
    }

    @Test
    void malformed_json_is_refused_with_line_and_column() {
        InvalidInputException e = refused("{\"dataset\": [\n  {\"identifier\": \"a\",\n   \"title\": \"A\" \"x\": 1}\n]}");
        assertThat(e.line()).contains(3L);
        assertThat(e.column()).isPresent();
        assertThat(e.getMessage()).startsWith("test.json:3:").contains("malformed JSON");
    }

    @Test
    void empty_input_is_refused() {
        assertThat(refused("").getMessage()).isEqualTo("test.json: is empty: expected a data.json object with a 'dataset'"
                + " array (POD v1.1) or an array of datasets (POD v1.0)");
        assertThat(refused("  \n ").getMessage()).contains("is empty");
    }

    @Test
    void an_object_without_dataset_is_refused() {
        assertThat(refused("{}").getMessage()).contains("has no 'dataset' array: the data.json object is empty");
        assertThat(refused("{\"conformsTo\": \"x\"}").getMessage()).contains("has no 'dataset' array (members found: conformsTo)");
        assertThat(refused("{\"identifier\": \"x\", \"title\": \"t\"}").getMessage()).contains("looks like a single dataset");
    }

    @Test
    void a_top_level_scalar_is_refused() {
        assertThat(refused("42").getMessage()).contains("the top-level value is a number (42)");
        assertThat(refused("\"data\"").getMessage()).contains("the top-level value is a string ('data')");
        assertThat(refused("null").getMessage()).contains("the top-level value is null");
    }

    @Test
    void dataset_of_the_wrong_type_and_non_object_elements_are_refused() {
        assertThat(refused("{\"dataset\": {\"identifier\": \"a\"}}").getMessage())
                .contains("'dataset' must be an array of dataset objects, got an object");
        assertThat(refused("{\"dataset\": [\"a\"]}").getMessage()).contains("dataset[0]: must be a dataset object, got a string ('a')");
    }

    @Test
    void a_handler_may_skip_invalid_elements_and_go_on() {
        List<String> problems = new ArrayList<>();
        Collect c = new Collect() {
            @Override
            public void invalidDataset(InvalidInputException problem) {
                problems.add(problem.getMessage());
            }
        };
        DataJsonReader.Summary s = read("{\"dataset\": [1, {\"identifier\": \"b\", \"title\": \"B\"}, null]}", c);
        assertThat(s.datasets()).isEqualTo(3);
        assertThat(c.datasets).extracting(DatasetEntry::index).containsExactly(1);
        assertThat(problems).hasSize(2).allMatch(p -> p.contains("must be a dataset object"));
    }

    @Test
    void content_after_the_catalog_and_duplicate_keys_are_refused() {
        assertThat(refused("{\"dataset\": []} {}").getMessage()).contains("unexpected content after the end");
        assertThat(refused("{\"dataset\": [{\"identifier\": \"a\", \"identifier\": \"b\"}]}").getMessage())
                .contains("malformed JSON").contains("Duplicate field 'identifier'");
    }

    @Test
    void a_utf8_byte_order_mark_is_accepted() throws IOException {
        Path bom = Fixtures.fixture("datajson/dkan/dkan7_harvest_test_bom.json");
        byte[] bytes = Files.readAllBytes(bom);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        Collect c = new Collect();
        DataJsonReader.Summary s = DataJsonReader.read(bom, c);
        assertThat(s.datasets()).isEqualTo(1);
        assertThat(s.catalog().get("conformsTo")).isPresent();
        assertThat(c.datasets.get(0).json().get("title").asText()).isNotBlank();
    }

    @Test
    void an_empty_dataset_array_is_a_catalog_of_nothing() {
        Collect c = new Collect();
        DataJsonReader.Summary s = DataJsonReader.read(Fixtures.fixture("datajson/dkan/dkan7_harvest_test_empty.json"), c);
        assertThat(s.datasets()).isZero();
        assertThat(c.datasets).isEmpty();
        assertThat(s.catalog().members()).containsKeys("@context", "@id", "@type", "conformsTo", "describedBy");
    }

    @Test
    void reading_streams_each_dataset_reaches_the_handler_before_the_rest_is_parsed() {
        // A valid first dataset, then bytes that are not JSON at all: the handler sees dataset 0 before the error.
        InputStream head = new ByteArrayInputStream("{\"dataset\": [{\"identifier\": \"a\", \"title\": \"A\"},".getBytes(StandardCharsets.UTF_8));
        InputStream tail = new ByteArrayInputStream(" @@@ not json".getBytes(StandardCharsets.UTF_8));
        Collect c = new Collect();
        assertThatThrownBy(() -> DataJsonReader.read(new SequenceInputStream(head, tail), "stream", c))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("malformed JSON");
        assertThat(c.events).containsExactly("dataset 0");
    }

    @Test
    void a_legacy_v10_array_is_upgraded_entry_by_entry() {
        Collect c = new Collect();
        DataJsonReader.Summary s = DataJsonReader.read(Fixtures.fixture("pod-schema-v1.0/examples/catalog-sample.json"), c);
        assertThat(s.legacyV10()).isTrue();
        assertThat(s.catalog().members()).isEmpty();
        assertThat(c.datasets).hasSize(3).allMatch(DatasetEntry::upgradedFromV10);
        assertThat(c.datasets.get(0).json().get("publisher").get("name").asText()).isEqualTo("US Department of X");
    }
}
