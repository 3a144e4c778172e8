package org.civiccatalog.harvest.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.SourceLimits;
import org.junit.jupiter.api.Test;

class RecordLimitsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static SourceLimits limits(int maxDistributions, int maxKeywords, int maxTextLength) {
        return new SourceLimits(1000, 100, 1024 * 1024, maxDistributions, maxKeywords, maxTextLength, 0.2);
    }

    static ObjectNode parse(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    @Test
    void a_record_within_the_limits_is_left_alone() throws Exception {
        ObjectNode d = parse("{\"title\":\"T\",\"keyword\":[\"a\",\"b\"],\"distribution\":[{\"title\":\"x\"}]}");
        ObjectNode before = d.deepCopy();

        assertThat(RecordLimits.pod(limits(1, 2, 5)).apply(d, "s", "dataset[0] at line 1", "identifier 'x'")).isEmpty();
        assertThat(d).isEqualTo(before);
    }

    @Test
    void arrays_keep_their_first_elements_and_texts_their_first_characters() throws Exception {
        ObjectNode d = parse("""
                {"title": "abcdefgh", "description": "0123456789", "keyword": ["k1", "k2", "a-very-long-keyword"],
                 "distribution": [{"title": "first distribution"}, {"title": "d2"}, {"title": "d3"}]}""");

        Finding f = RecordLimits.pod(limits(2, 3, 5)).apply(d, "src", "dataset[4] at line 9", "identifier 'x'")
                .orElseThrow();

        assertThat(d.toString()).isEqualTo("{\"title\":\"abcde\",\"description\":\"01234\","
                + "\"keyword\":[\"k1\",\"k2\",\"a-ver\"],\"distribution\":[{\"title\":\"first\"},{\"title\":\"d2\"}]}");
        assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
        assertThat(f.sourceId()).isEqualTo("src");
        assertThat(f.where()).isEqualTo("dataset[4] at line 9");
        assertThat(f.message()).isEqualTo("identifier 'x': cut to the source's limits: "
                + "distribution: 3 -> first 2 kept (maxDistributions); title: 8 -> 5 characters (maxTextLength); "
                + "description: 10 -> 5 characters (maxTextLength); keyword[2]: 19 -> 5 characters (maxTextLength); "
                + "distribution[0].title: 18 -> 5 characters (maxTextLength)");
    }

    @Test
    void a_cut_never_splits_a_surrogate_pair() throws Exception {
        ObjectNode d = parse("{\"title\":\"abcd\uD83D\uDE00xyz\"}");   // an emoji at chars 4-5

        RecordLimits.pod(limits(10, 10, 5)).cut(d);

        assertThat(d.get("title").textValue()).isEqualTo("abcd");
    }

    @Test
    void other_field_names_serve_other_json_records() throws Exception {
        ObjectNode pkg = parse("{\"notes\":\"long notes\",\"tags\":[1,2,3],\"resources\":[{},{}],\"keyword\":[1,2,3]}");

        var cuts = RecordLimits.of(limits(1, 2, 4), "tags", "resources", "title", "notes").cut(pkg);

        assertThat(cuts).containsExactly("tags: 3 -> first 2 kept (maxKeywords)",
                "resources: 2 -> first 1 kept (maxDistributions)", "notes: 10 -> 4 characters (maxTextLength)");
        assertThat(pkg.get("keyword")).hasSize(3);
    }

    @Test
    void values_of_other_types_are_not_touched() throws Exception {
        ObjectNode d = parse("{\"title\":12345678,\"keyword\":\"not an array\",\"distribution\":{\"title\":\"long title\"}}");
        ObjectNode before = d.deepCopy();

        assertThat(RecordLimits.pod(limits(1, 1, 3)).cut(d)).isEmpty();
        assertThat(d).isEqualTo(before);
    }
}
