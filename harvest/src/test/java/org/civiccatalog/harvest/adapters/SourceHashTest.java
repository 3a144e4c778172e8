package org.civiccatalog.harvest.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The source hash is the SHA-256 of the mapping version and the record's JSON with object members sorted: checked
 * against Jackson's own sorted serialization (a separate code path) on every dataset of recorded portal listings and
 * on every kind of JSON value, so that hashes stored by earlier versions stay valid. Twins: member order does not
 * matter, a value's type and the version do.
 */
class SourceHashTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper SORTED = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** The independent computation: the tree as sorted maps, written by Jackson's map serializer. */
    static String expected(JsonNode record, String version) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(version.getBytes(StandardCharsets.UTF_8));
        md.update(SORTED.writeValueAsBytes(SORTED.treeToValue(record, Object.class)));
        return "src:" + HexFormat.of().formatHex(md.digest());
    }

    @Test
    void every_dataset_of_recorded_listings_hashes_as_its_sorted_serialization() throws Exception {
        int n = 0;
        for (String f : new String[] {"datajson/gsa-datagov-harvester/cftc-dcatus.json",
                "datajson/gsa-datagov-harvester/dcatus_mixed_identifiers.json"}) {
            for (JsonNode d : JSON.readTree(Fixtures.fixture(f).toFile()).path("dataset")) {
                assertThat(SourceHash.of(d)).isEqualTo(expected(d, SourceHash.MAPPING_VERSION));
                n++;
            }
        }
        assertThat(n).isGreaterThan(10);
    }

    @Test
    void every_kind_of_value_hashes_as_its_sorted_serialization() throws Exception {
        ObjectNode o = (ObjectNode) JSON.readTree("""
                {"z": "text with \\"quotes\\" and é", "a": 1, "m": -12345678901234, "d": 2.5, "e": 1.0E-7,
                 "b": true, "f": false, "n": null, "big": 123456789012345678901234567890,
                 "arr": [3, "x", {"q": 1, "p": [null, {}]}, []], "obj": {"y": {"b": 2, "a": 1}}}""");
        assertThat(SourceHash.of(o, "v")).isEqualTo(expected(o, "v"));
    }

    @Test
    void member_order_does_not_change_the_hash_but_a_value_type_or_the_version_does() throws Exception {
        JsonNode a = JSON.readTree("{\"identifier\": \"x\", \"n\": 1, \"k\": [\"a\", \"b\"]}");
        JsonNode b = JSON.readTree("{\"k\": [\"a\", \"b\"], \"n\": 1, \"identifier\": \"x\"}");
        JsonNode typed = JSON.readTree("{\"identifier\": \"x\", \"n\": \"1\", \"k\": [\"a\", \"b\"]}");
        JsonNode reordered = JSON.readTree("{\"identifier\": \"x\", \"n\": 1, \"k\": [\"b\", \"a\"]}");
        assertThat(SourceHash.of(a)).isEqualTo(SourceHash.of(b));
        assertThat(SourceHash.of(a)).isNotEqualTo(SourceHash.of(typed)).isNotEqualTo(SourceHash.of(reordered));
        assertThat(SourceHash.of(a, "v1")).isNotEqualTo(SourceHash.of(a, "v2"));
    }
}
