package org.civiccatalog.core.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiccatalog.core.testing.RdfComparisons.turtle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.testing.RdfComparisons;
import org.junit.jupiter.api.Test;

/** What goes into a dataset's record and how it is renamed, on hand-made documents. */
class DatasetExtractionTest {
    static final CatalogIris IRIS = DcatRdfFixturesTest.IRIS;
    static final String PREFIXES = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix ex: <http://example.org/> .
            """;

    record Result(RdfImportReport report, List<ImportedDataset> datasets) {}

    static Result read(String ttl) {
        List<ImportedDataset> got = new ArrayList<>();
        RdfImportReport r = DcatRdfFixturesTest.READER.read(
                RdfInput.bytes("t.ttl", (PREFIXES + ttl).getBytes(StandardCharsets.UTF_8)), "src", got::add);
        return new Result(r, got);
    }

    static void assertGraph(Graph actual, String expectedTtl) {
        Graph expected = RdfComparisons.parseTurtle(PREFIXES + expectedTtl);
        assertThat(actual.isIsomorphicWith(expected))
                .as(() -> "--- actual\n" + turtle(actual) + "--- expected\n" + turtle(expected)).isTrue();
    }

    static String ds(String upstream) {
        return IRIS.dataset("src", upstream);
    }

    @Test
    void distributions_are_renamed_in_a_stable_order_and_keep_their_iris_with_sameAs() {
        String doc = """
                ex:ds a dcat:Dataset ; dct:title "Trees"@en ; dcat:byteSize "5120"^^xsd:decimal ;
                  dcat:distribution ex:zz, ex:aa,
                    [ a dcat:Distribution ; dcat:downloadURL ex:b.csv ; dct:title "B" ],
                    [ a dcat:Distribution ; dcat:downloadURL ex:a.csv ; dct:title "A"@de ] .
                ex:aa dct:title "AA" .
                """;
        Result r = read(doc);
        String d = ds("http://example.org/ds");
        assertGraph(r.datasets().get(0).graph(), """
                <%1$s> a dcat:Dataset ; dct:title "Trees"@en ; dcat:byteSize "5120"^^xsd:decimal ;
                  dcat:distribution <%1$s/distribution/1>, <%1$s/distribution/2>, <%1$s/distribution/3>, <%1$s/distribution/4> ;
                  owl:sameAs ex:ds .
                <%1$s/distribution/1> owl:sameAs ex:aa ; dct:title "AA" .
                <%1$s/distribution/2> owl:sameAs ex:zz .
                <%1$s/distribution/3> a dcat:Distribution ; dcat:downloadURL ex:a.csv ; dct:title "A"@de .
                <%1$s/distribution/4> a dcat:Distribution ; dcat:downloadURL ex:b.csv ; dct:title "B" .
                """.formatted(d));
    }

    @Test
    void linked_agents_and_periods_are_included_when_described_within_two_iri_steps() {
        String doc = """
                ex:ds a dcat:Dataset ; dct:publisher ex:org ; dcat:contactPoint ex:nobody ; dct:creator ex:person ;
                  dct:temporal [ dcat:startDate "2020-01-01"^^xsd:date ] ; dcat:distribution ex:dist ;
                  dcat:inSeries ex:series .
                ex:org foaf:name "City" ; dct:spatial ex:region .
                ex:region dct:title "Region" ; dct:publisher ex:far .
                ex:far foaf:name "Too far" .
                ex:person foaf:name "Not followed: dct:creator" .
                ex:dist dct:publisher ex:org2 .
                ex:org2 foaf:name "Distributor" ; dct:publisher ex:org .
                ex:series a dcat:DatasetSeries ; dct:title "Series" ; dct:publisher ex:org .
                """;
        Result r = read(doc);
        assertThat(r.report().found()).isEqualTo(2);
        ImportedDataset main = r.datasets().stream().filter(x -> x.upstreamId().equals("http://example.org/ds")).findFirst().orElseThrow();
        String d = ds("http://example.org/ds");
        assertGraph(main.graph(), """
                <%1$s> a dcat:Dataset ; dct:publisher ex:org ; dcat:contactPoint ex:nobody ; dct:creator ex:person ;
                  dct:temporal [ dcat:startDate "2020-01-01"^^xsd:date ] ; dcat:distribution <%1$s/distribution/1> ;
                  dcat:inSeries ex:series ; owl:sameAs ex:ds .
                ex:org foaf:name "City" ; dct:spatial ex:region .
                ex:region dct:title "Region" ; dct:publisher ex:far .
                <%1$s/distribution/1> dct:publisher ex:org2 ; owl:sameAs ex:dist .
                ex:org2 foaf:name "Distributor" ; dct:publisher ex:org .
                """.formatted(d));
    }

    @Test
    void blank_datasets_are_keyed_by_identifier_or_skipped_with_a_reason() {
        String doc = """
                [] a dcat:Dataset ; dct:identifier "B-1" ; dct:title "With id" .
                [] a dcat:Dataset ; dct:title "Without id" .
                [] a dcat:Dataset ; dct:identifier "B-1" ; dct:title "Same id" .
                ex:cat a dcat:Catalog ; dct:title "Portal"@en, "Portal"@de ; dcat:dataset ex:elsewhere, ex:here ;
                  dct:publisher [ foaf:name "City of Example" ] ; foaf:homepage ex:home .
                ex:here dct:title "Listed and described, untyped" .
                """;
        Result r = read(doc);
        assertThat(r.report().found()).isEqualTo(5);
        assertThat(r.report().imported()).isEqualTo(2);
        assertThat(r.datasets()).extracting(ImportedDataset::upstreamId)
                .containsExactlyInAnyOrder("B-1", "http://example.org/here");
        assertThat(r.report().skipped()).extracting(RdfImportReport.Skipped::reason)
                .anySatisfy(s -> assertThat(s).contains("not described"))
                .anySatisfy(s -> assertThat(s).contains("without a dct:identifier"))
                .anySatisfy(s -> assertThat(s).contains("same upstream identifier 'B-1'"));
        assertThat(r.report().skipped()).extracting(RdfImportReport.Skipped::position)
                .anySatisfy(p -> assertThat(p).contains("<http://example.org/elsewhere>"))
                .anySatisfy(p -> assertThat(p).contains("blank node titled \"Without id\""));
        ImportedDataset blank = r.datasets().stream().filter(x -> x.upstreamId().equals("B-1")).findFirst().orElseThrow();
        assertGraph(blank.graph(), """
                <%s> a dcat:Dataset ; dct:identifier "B-1" ; dct:title "%s" .
                """.formatted(ds("B-1"), RdfComparisons.turtle(blank.graph()).contains("With id") ? "With id" : "Same id"));
        assertThat(r.report().catalogs()).singleElement().isEqualTo(new CatalogDescription(
                java.util.Optional.of("http://example.org/cat"), java.util.Optional.of("Portal"),
                java.util.Optional.of("City of Example"), java.util.Optional.of("http://example.org/home"), 2));
    }

    @Test
    void other_datasets_are_referenced_not_copied_and_cycles_end() {
        String doc = """
                ex:a a dcat:Dataset ; dct:relation ex:b ; dct:publisher ex:p .
                ex:b a dcat:Dataset ; dct:relation ex:a ; dct:title "B" .
                ex:p dct:publisher ex:q .
                ex:q dct:publisher ex:p ; foaf:name "Q" .
                """;
        Result r = read(doc);
        ImportedDataset a = r.datasets().get(0);
        assertThat(a.upstreamId()).isEqualTo("http://example.org/a");
        assertGraph(a.graph(), """
                <%s> a dcat:Dataset ; dct:relation ex:b ; dct:publisher ex:p ; owl:sameAs ex:a .
                ex:p dct:publisher ex:q .
                ex:q dct:publisher ex:p ; foaf:name "Q" .
                """.formatted(ds("http://example.org/a")));
    }

    @Test
    void datasets_come_in_a_stable_order_whatever_the_syntax_order() {
        Result r1 = read("ex:b a dcat:Dataset . ex:a a dcat:Dataset . [] a dcat:Dataset ; dct:identifier \"z\" .");
        Result r2 = read("[] a dcat:Dataset ; dct:identifier \"z\" . ex:a a dcat:Dataset . ex:b a dcat:Dataset .");
        assertThat(r1.datasets()).extracting(ImportedDataset::upstreamId)
                .containsExactly("http://example.org/a", "http://example.org/b", "z");
        assertThat(r2.datasets()).extracting(ImportedDataset::upstreamId)
                .containsExactly("http://example.org/a", "http://example.org/b", "z");
    }
}
