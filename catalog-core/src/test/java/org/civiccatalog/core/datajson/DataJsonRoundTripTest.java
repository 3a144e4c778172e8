package org.civiccatalog.core.datajson;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.core.testing.Fixtures;
import org.civiccatalog.core.testing.PodSchemaValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under fixtures/datajson, read and mapped: a file is either refused for the problem it is known to have
 * (the deliberately invalid ones of SOURCES.md, each with the problem it must be refused for), or it must round-trip
 * through a real TDB2 store: data.json -> PodToDcat -> record graph in TDB2 -> DcatToPod equals
 * {@link PodNormalisation#expected} of the input, dataset by dataset, and validates against the POD v1.1 non-federal
 * schema; the whole re-written feed validates against the non-federal catalog schema.
 */
class DataJsonRoundTripTest {
    static final String BASE = "http://test.example/";
    static final PodDefaults DEFAULTS = PodDefaults.of("Test Catalog Operator", "catalog@test.example");
    static final SourceInfo SOURCE = SourceInfo.imported("src", "datajson");

    /** The fixtures that must be refused, with the problem the message must name. */
    static final Map<String, String> MUST_FAIL = Map.ofEntries(
            entry("gsa-ckanext-datajson/missing-catalog.data.json", "dataset[0]: field 'identifier': is missing"),
            entry("gsa-ckanext-datajson/missing-dataset-fields.data.json", "dataset[0]: field 'identifier': is missing"),
            entry("gsa-ckanext-datajson/missing-identifier-title.data.json", "dataset[0]: field 'identifier': is missing"),
            entry("gsa-ckanext-datajson/numerical-title.data.json", "field 'title': must be a string, got a number (707)"),
            entry("gsa-datagov-harvester/dcatus_empty_identifier.json", "field 'identifier': is blank ('')"),
            entry("gsa-datagov-harvester/dcatus_whitespace_identifier.json", "field 'identifier': is blank ('   ')"),
            entry("gsa-datagov-harvester/dcatus_no_identifier.json", "dataset[0]: field 'identifier': is missing"),
            entry("gsa-datagov-harvester/dcatus_multiple_no_identifier.json", "dataset[0]: field 'identifier': is missing"),
            entry("gsa-datagov-harvester/dcatus_mixed_identifiers.json", "dataset[1]: field 'identifier': is missing"),
            entry("gsa-datagov-harvester/missing_title.json", "(identifier 'null-spatial'): field 'title': is missing"),
            entry("dkan/dkan7_harvest_test_error.json", "field 'title': must be a string, got an array"),
            // Not invalid, but not a data.json either: one bare dataset object, no catalog around it.
            entry("gsa-datagov-harvester/dol-distribution-example.json", "it looks like a single dataset object"));

    /** Real files that must round-trip (the valid ones SOURCES.md describes); a guard against a too wide MUST_FAIL. */
    static final List<String> MUST_PASS = List.of(
            "gsa-datagov-harvester/cftc-dcatus.json", "gsa-datagov-harvester/cftc-dcatus-step2.json",
            "gsa-ckanext-datajson/ny.data.json", "gsa-ckanext-datajson/usda.gov.data.json",
            "gsa-ckanext-datajson/rossi.data.json", "gsa-ckanext-datajson/collection-1-parent-2-children.data.json",
            "gsa-ckanext-datajson/collection-2-parent-4-children.data.json", "gsa-ckanext-datajson/geospatial.data.json",
            "gsa-ckanext-datajson/large-spatial.data.json", "gsa-ckanext-datajson/many-resources.data.json",
            "gsa-ckanext-datajson/null-spatial.data.json", "gsa-ckanext-datajson/arm.data.json",
            "dkan/demo.getdkan.com-data.json", "dkan/demo.getdkan.com-data2.json", "dkan/catalog-step-1.json",
            "dkan/catalog-step-2.json", "dkan/dkan7_harvest_test_bom.json", "dkan/sample_content.template.json",
            "gsa-datagov-harvester/arcgis-hub-ferndale-bad-license-uri.json",
            "gsa-datagov-harvester/arcgis-hub-ferndale-multiple-invalid.json",
            "gsa-datagov-harvester/doi-usgs-long-description.json", "gsa-catalog.data.gov/gsa-harvest-source-data.json",
            "socrata-pod-v1.0-2013/data.sfgov.org.json", "socrata-pod-v1.0-2013/data.oaklandnet.com.json");

    static Path root() {
        return Fixtures.fixture("datajson");
    }

    static Stream<Arguments> files() throws IOException {
        try (Stream<Path> s = Files.walk(root())) {
            List<Path> all = s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(all).as("data.json fixtures").hasSizeGreaterThanOrEqualTo(45);
            return all.stream().map(p -> Arguments.of(root().relativize(p).toString().replace('\\', '/'), p));
        }
    }

    @Test
    void the_expectation_lists_name_existing_files_and_do_not_overlap() {
        for (String f : MUST_FAIL.keySet()) assertThat(root().resolve(f)).as(f).isRegularFile();
        for (String f : MUST_PASS) assertThat(root().resolve(f)).as(f).isRegularFile();
        assertThat(MUST_PASS).doesNotContainAnyElementsOf(MUST_FAIL.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void a_fixture_round_trips_through_tdb2_or_is_refused_for_its_known_problem(String name, Path file,
                                                                                @TempDir Path dir) throws IOException {
        String problem = MUST_FAIL.get(name);
        if (problem != null) {
            assertThatThrownBy(() -> readAndMap(file))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith(file.toString())
                    .hasMessageContaining(problem);
            return;
        }
        Read read = readAndMap(file);
        assertThat(read.mapped).hasSize(read.summary.datasets());
        Set<String> ids = new HashSet<>();
        for (ImportedDataset d : read.mapped) assertThat(ids.add(d.upstreamId())).as("unique identifier %s", d.upstreamId()).isTrue();

        List<ObjectNode> outputs = new ArrayList<>();
        try (TdbCatalogStore store = TdbCatalogStore.open(dir, BASE)) {
            List<RecordGraph> records = read.mapped.stream()
                    .map(d -> new RecordGraph(SOURCE.id(), d.upstreamId(), d.datasetIri(), d.graph())).toList();
            store.replaceRecords(SOURCE, records);
            assertThat(store.countDatasets()).isEqualTo(read.entries.size());
            DcatToPod toPod = new DcatToPod(DEFAULTS);
            for (int i = 0; i < read.entries.size(); i++) {
                ObjectNode in = read.entries.get(i).json();
                ImportedDataset d = read.mapped.get(i);
                Graph stored = store.recordGraphOfDataset(d.datasetIri()).orElseThrow();
                ObjectNode out = toPod.toPod(stored, d.datasetIri());
                ObjectNode expected = PodNormalisation.expected(in, DEFAULTS);
                assertThat(out).as(() -> d.position() + " of " + name + "\nexpected: " + pretty(expected)
                        + "\nactual:   " + pretty(out) + "\ngraph:\n" + turtle(stored)).isEqualTo(expected);
                assertThat(out.path("distribution").size()).as("distributions of %s", d.position())
                        .isEqualTo(in.path("distribution").size());
                assertThat(PodSchemaValidator.datasetErrors(out)).as(() -> d.position() + " of " + name + ": " + pretty(out)).isEmpty();
                outputs.add(out);
            }
        }
        assertThat(PodSchemaValidator.remoteRequests()).isZero();
        feedValidates(read.summary.catalog(), outputs);
    }

    @Test
    void mapping_is_deterministic_up_to_blank_nodes() {
        Path f = root().resolve("gsa-datagov-harvester/doi-usgs-long-description.json");
        Read a = readAndMap(f), b = readAndMap(f);
        for (int i = 0; i < a.mapped.size(); i++)
            assertThat(a.mapped.get(i).graph().isIsomorphicWith(b.mapped.get(i).graph())).isTrue();
        assertThat(a.mapped.get(0).graph().size()).isGreaterThan(30);
    }

    /** The datasets written as one feed, with the source's own header restored, read back and validated whole. */
    private static void feedValidates(CatalogFields sourceHeader, List<ObjectNode> outputs) throws IOException {
        CatalogFields header = PodCatalogFields.fromGraph(PodCatalogFields.toGraph(BASE + "source/src", sourceHeader),
                BASE + "source/src").withRequiredDefaults();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataJsonWriter w = DataJsonWriter.open(buf, header)) {
            outputs.forEach(w::write);
        }
        List<ObjectNode> again = new ArrayList<>();
        DataJsonReader.Summary s = DataJsonReader.read(new ByteArrayInputStream(buf.toByteArray()), "feed", e -> again.add(e.json()));
        assertThat(again).isEqualTo(outputs);
        assertThat(s.catalog()).isEqualTo(header);
        JsonNode whole = Json.MAPPER.readTree(buf.toByteArray());
        assertThat(PodSchemaValidator.catalogErrors(whole)).as("feed of %d datasets", outputs.size()).isEmpty();
    }

    record Read(DataJsonReader.Summary summary, List<DatasetEntry> entries, List<ImportedDataset> mapped) {}

    static Read readAndMap(Path file) {
        PodToDcat toDcat = new PodToDcat(CatalogIris.of(BASE));
        List<DatasetEntry> entries = new ArrayList<>();
        List<ImportedDataset> mapped = new ArrayList<>();
        DataJsonReader.Summary s = DataJsonReader.read(file, e -> {
            entries.add(new DatasetEntry(e.input(), e.index(), e.line(), e.column(), e.json().deepCopy(), e.upgradedFromV10()));
            mapped.add(toDcat.map(SOURCE.id(), e));
        });
        return new Read(s, entries, mapped);
    }

    static String pretty(JsonNode n) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n);
        } catch (IOException e) {
            return n.toString();
        }
    }

    static String turtle(Graph g) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, g, Lang.TURTLE);
        return w.toString();
    }
}
