package org.civiccatalog.core.datajson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Graph;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.testing.PodSchemaValidator;
import org.junit.jupiter.api.Test;

/**
 * The audit's view of a dataset: {@link DcatToPod#asPublished()} writes what the publisher gave, so that the schema
 * sees the defects the feed's repairs and defaults hide. Each case is a must-fail twin of the feed's form.
 */
class DcatToPodAsPublishedTest {
    private static final CatalogIris IRIS = CatalogIris.of("http://catalog.test/");
    private static final DcatToPod FEED = new DcatToPod(PodDefaults.of("Example Catalog", "catalog@example.gov"));
    private static final String DS = IRIS.dataset("s", "x");

    private static Graph graph(String json) {
        try {
            return new PodToDcat(IRIS).toGraph((ObjectNode) Json.MAPPER.readTree(json), DS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void missing_members_stay_missing_instead_of_defaults() {
        Graph g = graph("{\"identifier\":\"x\",\"title\":\"T\"}");
        ObjectNode feed = FEED.toPod(g, DS);
        ObjectNode audit = DcatToPod.asPublished().toPod(g, DS);

        assertThat(PodSchemaValidator.datasetErrors(feed)).isEmpty();
        assertThat(audit.has("description")).isFalse();
        assertThat(audit.has("publisher")).isFalse();
        assertThat(audit.has("contactPoint")).isFalse();
        assertThat(audit.has("accessLevel")).isFalse();
        assertThat(PodSchemaValidator.datasetErrors(audit)).hasSize(4)
                .allMatch(e -> e.contains("required"));
    }

    @Test
    void invalid_values_are_written_unrepaired() {
        Graph g = graph("""
                {"identifier":"x","title":"T","description":"D","accessLevel":"Public",
                 "publisher":{"name":"P"},"contactPoint":{"fn":"C","hasEmail":"mailto:not an address"},
                 "license":"CC-BY","modified":"last week",
                 "distribution":[{"downloadURL":"https://example.gov/x.csv"}]}""");
        ObjectNode feed = FEED.toPod(g, DS);
        ObjectNode audit = DcatToPod.asPublished().toPod(g, DS);

        assertThat(PodSchemaValidator.datasetErrors(feed)).isEmpty();
        assertThat(audit.get("accessLevel").textValue()).isEqualTo("Public");
        assertThat(audit.get("license").textValue()).isEqualTo("CC-BY");
        assertThat(audit.get("modified").textValue()).isEqualTo("last week");
        assertThat(audit.at("/contactPoint/hasEmail").textValue()).isEqualTo("mailto:not an address");
        assertThat(audit.at("/distribution/0/downloadURL").textValue()).isEqualTo("https://example.gov/x.csv");
        assertThat(PodSchemaValidator.datasetErrors(audit))
                .anyMatch(e -> e.startsWith("/accessLevel"))
                .anyMatch(e -> e.startsWith("/license"))
                .anyMatch(e -> e.startsWith("/modified"))
                .anyMatch(e -> e.startsWith("/contactPoint/hasEmail"))
                .anyMatch(e -> e.contains("mediaType"));
    }

    @Test
    void a_valid_dataset_gives_the_same_object_both_ways() {
        Graph g = graph("""
                {"identifier":"x","title":"T","description":"D","accessLevel":"public","keyword":["a"],
                 "publisher":{"name":"P"},"contactPoint":{"fn":"C","hasEmail":"mailto:c@example.gov"},
                 "license":"https://creativecommons.org/publicdomain/zero/1.0/","modified":"2024-01-02",
                 "distribution":[{"downloadURL":"https://example.gov/x.csv","mediaType":"text/csv","format":"CSV"}]}""");
        assertThat(DcatToPod.asPublished().toPod(g, DS)).isEqualTo(FEED.toPod(g, DS));
    }
}
