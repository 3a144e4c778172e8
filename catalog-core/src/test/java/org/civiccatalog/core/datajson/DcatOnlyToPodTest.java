package org.civiccatalog.core.datajson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.testing.Fixtures;
import org.civiccatalog.core.testing.PodSchemaValidator;
import org.civiccatalog.vocab.DCAT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DCAT that did not come from a data.json (W3C DCAT 3 Recommendation examples, DCAT-AP 3.0.1 and DCAT-US 3.0
 * examples) still gives POD v1.1 that validates against the non-federal dataset schema, with the same validator setup
 * that rejects the must-fail twins below.
 */
class DcatOnlyToPodTest {
    private static final DcatToPod TO_POD = new DcatToPod(DataJsonRoundTripTest.DEFAULTS);
    /** Turtle files SOURCES.md lists as invalid as published. */
    private static final Set<String> INVALID_TURTLE = Set.of("example-bee-population-dataset-series-api.ttl",
            "example-bee-population-dataset-series-combined.ttl");

    static Stream<Arguments> turtleFiles() throws IOException {
        Stream<Path> all = Stream.empty();
        for (String dir : List.of("dcat-rdf/w3c-dcat3-examples", "dcat-rdf/dcat-ap-3.0.1", "dcat-us-3.0/examples")) {
            try (Stream<Path> s = Files.walk(Fixtures.fixture(dir))) {
                all = Stream.concat(all, s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList().stream());
            }
        }
        return all.map(p -> Arguments.of(Fixtures.shared().relativize(p).toString(), p));
    }

    static List<Node> datasets(Graph g) {
        return g.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).mapWith(t -> t.getSubject())
                .filterKeep(Node::isURI).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("turtleFiles")
    void every_dcat_dataset_in_an_example_gives_valid_pod(String name, Path file) {
        Graph g;
        try {
            g = RDFParser.source(file).toGraph();
        } catch (RiotException e) {
            assertThat(INVALID_TURTLE).as("%s does not parse: %s", name, e.getMessage()).contains(file.getFileName().toString());
            return;
        }
        for (Node ds : datasets(g)) {
            ObjectNode pod = TO_POD.toPod(g, ds.getURI());
            assertThat(PodSchemaValidator.datasetErrors(pod)).as("%s <%s>: %s", name, ds.getURI(), pod).isEmpty();
            assertThat(emptyStrings(pod)).as("empty strings in %s", pod).isZero();
        }
        assertThat(PodSchemaValidator.remoteRequests()).isZero();
    }

    @Test
    void the_examples_hold_enough_datasets_for_the_check_to_mean_something() throws IOException {
        int n = 0;
        for (Arguments a : turtleFiles().toList()) {
            Path p = (Path) a.get()[1];
            if (INVALID_TURTLE.contains(p.getFileName().toString())) continue;
            n += datasets(RDFParser.source(p).toGraph()).size();
        }
        assertThat(n).isGreaterThanOrEqualTo(100);
    }

    @Test
    void w3c_basic_example_maps_field_by_field() {
        Graph g = RDFParser.source(Fixtures.fixture("dcat-rdf/w3c-dcat3-examples/basic-example.ttl")).toGraph();
        ObjectNode pod = TO_POD.toPod(g, "https://dcat.example.org/dataset-001");
        assertThat(pod.get("title").asText()).isEqualTo("Imaginary dataset");
        assertThat(pod.get("description").asText()).as("missing description falls back to the title").isEqualTo("Imaginary dataset");
        assertThat(pod.get("keyword")).hasToString("[\"accountability\",\"payments\",\"transparency\"]");
        assertThat(pod.get("issued").asText()).isEqualTo("2011-12-05");
        assertThat(pod.get("modified").asText()).isEqualTo("2011-12-15");
        assertThat(pod.get("temporal").asText()).isEqualTo("2011-07-01/2011-09-30");
        assertThat(pod.get("accrualPeriodicity").asText()).as("sdmx freq-W").isEqualTo("R/P1W");
        assertThat(pod.get("language")).hasToString("[\"en\"]");
        assertThat(pod.get("spatial").asText()).isEqualTo("http://sws.geonames.org/6695072/");
        assertThat(pod.get("identifier").asText()).as("no dct:identifier: the dataset IRI").isEqualTo("https://dcat.example.org/dataset-001");
        JsonNode publisher = pod.get("publisher");
        assertThat(publisher.get("@id").asText()).isEqualTo("https://dcat.example.org/finance-ministry");
        assertThat(publisher.get("name").asText()).as("an IRI-only publisher gets the default name").isEqualTo("Test Catalog Operator");
        assertThat(pod.get("contactPoint").get("hasEmail").asText()).as("an empty contact is the default contact")
                .isEqualTo("mailto:catalog@test.example");
        JsonNode dist = pod.get("distribution").get(0);
        assertThat(dist.get("downloadURL").asText()).isEqualTo("http://dcat.example.org/files/001.csv");
        assertThat(dist.get("mediaType").asText()).isEqualTo("text/csv");
    }

    @Test
    void ga_courts_contact_with_old_vcard_email_and_theme_iris() {
        Graph g = RDFParser.source(Fixtures.fixture("dcat-rdf/w3c-dcat3-examples/ga-courts.ttl")).toGraph();
        ObjectNode pod = TO_POD.toPod(g, "http://dcat.example.org/ga-courts#jc");
        assertThat(pod.get("contactPoint").get("fn").asText()).isEqualTo("Commonwealth of Australia (Geoscience Australia)");
        assertThat(pod.get("contactPoint").get("hasEmail").asText()).isEqualTo("mailto:sales@ga.gov.au");
        assertThat(pod.get("license").asText()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(pod.get("accrualPeriodicity").asText()).as("cld:freq irregular").isEqualTo("irregular");
        assertThat(pod.get("theme")).hasSize(2);
        assertThat(pod.get("theme").get(0).asText()).startsWith("http://");
        assertThat(pod.get("distribution")).hasSize(6);
        assertThat(pod.get("distribution").get(0).get("format").asText()).isEqualTo("ESRI Geodatabase (gdb)");
        assertThat(pod.get("spatial").asText()).contains("POLYGON((");
    }

    // ---- the validator rejects what it must (must-fail twins of the validity checks above and in the round trip)

    @Test
    void validator_rejects_has_email_without_mailto() throws IOException {
        ObjectNode ok = minimal();
        assertThat(PodSchemaValidator.datasetErrors(ok)).isEmpty();
        ObjectNode bad = minimal();
        ((ObjectNode) bad.get("contactPoint")).put("hasEmail", "jane@example.org");
        assertThat(PodSchemaValidator.datasetErrors(bad)).singleElement().asString().contains("/contactPoint/hasEmail");
    }

    @Test
    void validator_rejects_an_empty_title() throws IOException {
        ObjectNode bad = minimal().put("title", "");
        assertThat(PodSchemaValidator.datasetErrors(bad)).singleElement().asString().contains("/title");
    }

    @Test
    void validator_rejects_a_non_uri_license_and_a_download_without_media_type() throws IOException {
        ObjectNode bad = minimal().put("license", "Public Domain");
        bad.putArray("distribution").addObject().put("downloadURL", "http://example.org/a.csv");
        assertThat(PodSchemaValidator.datasetErrors(bad)).anyMatch(e -> e.contains("/license"))
                .anyMatch(e -> e.contains("mediaType"));
    }

    static ObjectNode minimal() throws IOException {
        return (ObjectNode) Json.MAPPER.readTree("""
                {"title": "t", "description": "d", "identifier": "i", "accessLevel": "public",
                 "publisher": {"name": "p"}, "contactPoint": {"fn": "f", "hasEmail": "mailto:f@example.org"}}""");
    }

    static int emptyStrings(JsonNode n) {
        if (n.isTextual()) return n.textValue().isEmpty() ? 1 : 0;
        int c = 0;
        for (JsonNode x : n) c += emptyStrings(x);
        return c;
    }
}
