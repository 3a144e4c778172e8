package org.civiccatalog.core.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.imports.CatalogImporter;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.vocab.CIVIC;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conformance levels on datasets with right, wrong and missing columns; suggestions; the DQV record in a real store. */
class ConformanceTest {
    static final String BASE = "https://catalog.example.gov/";
    static final StandardsRegistry REGISTRY = StandardsRegistry.bundled(CatalogIris.of(BASE));
    static final Standard BULK = REGISTRY.require("open311-bulk");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    static final ConformanceChecker CHECKER = new ConformanceChecker(CLOCK, 100);
    static final String DS = BASE + "dataset/la/sr";

    static final String BULK_HEADER = "service_request_id,requested_datetime,updated_datetime,closed_date,status_description,"
            + "status_notes,source,service_name,service_subtype,description,agency_responsible,address,lat,long\n";
    static final String GOOD_ROWS = """
            1-1,2024-01-05T08:30:00-08:00,2024-01-06T09:00:00-08:00,2024-01-06T09:00:00-08:00,Closed,Picked up,Mobile App,Bulky Items,,,BOS,"1 Main St, Los Angeles, CA 90012",34.05,-118.25
            1-2,2024-07-05T08:30:00-07:00,2024-07-05T08:30:00-07:00,,Open,,Call,Graffiti Removal,,,OCB,"2 Spring St, Los Angeles, CA",34.06,-118.24
            """;
    /** Row 1: a bad date; row 2: latitude out of range and an empty service_name; row 3: a longitude that is no number. */
    static final String BAD_ROWS = """
            2-1,01/05/2024 08:30:00 AM,2024-01-06T09:00:00-08:00,,Closed,,,Bulky Items,,,BOS,1 Main St,34.05,-118.25
            2-2,2024-01-05T08:30:00-08:00,2024-01-06T09:00:00-08:00,,Open,,,,,,BOS,1 Main St,134.05,-118.25
            2-3,2024-01-05T08:30:00-08:00,2024-01-06T09:00:00-08:00,,Open,,,Graffiti,,,BOS,1 Main St,34.05,west
            """;

    @TempDir
    Path dir;

    static CsvRows csv(String text) {
        return CsvRows.open("sr.csv", new StringReader(text));
    }

    static ConformanceResult checkCsv(String text, boolean declared) {
        try (CsvRows rows = csv(text)) {
            return CHECKER.check(DS, BULK, declared, ColumnInfo.fromHeader(rows.header()), rows);
        }
    }

    @Test
    void right_columns_and_valid_rows_reach_sample_valid() {
        ConformanceResult r = checkCsv(BULK_HEADER + GOOD_ROWS, true);
        assertThat(r.findings()).isEmpty();
        assertThat(r.level()).isEqualTo(ConformanceLevel.SAMPLE_VALID);
        assertThat(r.rowsChecked()).isEqualTo(2);
        assertThat(r.file()).isEqualTo("requests.csv");
        assertThat(r.checkedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void wrong_values_stop_at_headers_match_with_each_finding_and_its_row() {
        ConformanceResult r = checkCsv(BULK_HEADER + BAD_ROWS, true);
        assertThat(r.level()).isEqualTo(ConformanceLevel.HEADERS_MATCH);
        assertThat(r.findings()).extracting(f -> f.rule() + " " + f.field() + " " + f.row() + " " + f.value()).containsExactly(
                "bad-date requested_datetime 1 01/05/2024 08:30:00 AM",
                "null-required service_name 2 ",
                "out-of-range lat 2 134.05",
                "bad-type long 3 west");
        assertThat(r.findingCount()).isEqualTo(4);
    }

    @Test
    void an_allowed_value_outside_the_set_is_a_finding() {
        Standard v2 = REGISTRY.require("open311-georeport-v2");
        String text = "service_request_id,status,service_code,requested_datetime\n"
                + "1,open,sw,2024-01-05T08:30:00Z\n2,Pending,sw,2024-01-05T08:30:00Z\n";
        try (CsvRows rows = csv(text)) {
            ConformanceResult r = CHECKER.check(DS, v2, false, ColumnInfo.fromHeader(rows.header()), rows);
            assertThat(r.file()).isEqualTo("requests");
            assertThat(r.level()).isEqualTo(ConformanceLevel.HEADERS_MATCH);
            assertThat(r.findings()).extracting(f -> f.rule() + " " + f.field() + " " + f.row()).containsExactly("not-allowed status 2");
        }
    }

    @Test
    void missing_columns_leave_a_declared_dataset_at_declared_and_an_undeclared_one_at_none() {
        String header = "service_request_id,requested_datetime,status_description,service_name,address,lat\n";
        for (boolean declared : new boolean[] {true, false}) {
            ConformanceResult r = checkCsv(header + "1,2024-01-05T08:30:00Z,Open,Graffiti,x,34\n", declared);
            assertThat(r.level()).isEqualTo(declared ? ConformanceLevel.DECLARED : ConformanceLevel.NONE);
            assertThat(r.rowsChecked()).as("no sample without matching headers").isZero();
            assertThat(r.findings()).extracting(f -> f.rule() + " " + f.field()).containsExactly(
                    "missing-column updated_datetime", "missing-recommended-column status_notes", "missing-column long");
        }
    }

    @Test
    void a_missing_recommended_column_alone_still_matches() {
        String header = BULK_HEADER.replace("status_notes,", "");
        String rows = GOOD_ROWS.lines().map(l -> l.replace(",Picked up,", ",").replace("Open,,Call", "Open,Call"))
                .reduce("", (a, b) -> a + b + "\n");
        ConformanceResult r = checkCsv(header + rows, true);
        assertThat(r.findings()).extracting(ConformanceFinding::rule).containsExactly("missing-recommended-column");
        assertThat(r.level()).isEqualTo(ConformanceLevel.SAMPLE_VALID);
    }

    @Test
    void declared_without_any_column_metadata_is_declared_only() {
        ConformanceResult r = CHECKER.check(DS, BULK, true, List.of(), emptyRows());
        assertThat(r.level()).isEqualTo(ConformanceLevel.DECLARED);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void socrata_column_types_that_cannot_hold_a_field_stop_the_headers_match() {
        List<ColumnInfo> right = socrataBulkColumns("number");
        assertThat(CHECKER.check(DS, BULK, true, right, emptyRows()).level()).isEqualTo(ConformanceLevel.HEADERS_MATCH);
        List<ColumnInfo> wrong = socrataBulkColumns("calendar_date");
        ConformanceResult r = CHECKER.check(DS, BULK, true, wrong, emptyRows());
        assertThat(r.level()).isEqualTo(ConformanceLevel.DECLARED);
        assertThat(r.findings()).extracting(f -> f.rule() + " " + f.field() + " " + f.value())
                .containsExactly("incompatible-type lat calendar_date", "incompatible-type long calendar_date");
    }

    static List<ColumnInfo> socrataBulkColumns(String latType) {
        List<ColumnInfo> out = new ArrayList<>();
        for (String c : BULK_HEADER.strip().split(","))
            out.add(ColumnInfo.of(c, c.equals("lat") || c.equals("long") ? latType : c.endsWith("date") || c.endsWith("datetime") ? "calendar_date" : "text"));
        return out;
    }

    @Test
    void the_socrata_columns_the_harvester_keeps_are_read_back_from_the_record() {
        Graph g = GraphFactory.createGraphMem();
        Node ds = NodeFactory.createURI(DS);
        g.add(Triple.create(ds, CIVIC.extraField.asNode(), NodeFactory.createLiteralString("{\"socrata.department\":\"311\"}")));
        g.add(Triple.create(ds, CIVIC.extraField.asNode(), NodeFactory.createLiteralString(
                "{\"socrata.columns\":[{\"name\":\"SR Number\",\"fieldName\":\"srnumber\",\"dataTypeName\":\"text\"},"
                        + "{\"name\":\"Latitude\",\"fieldName\":\"latitude\",\"dataTypeName\":\"number\"},{\"name\":\"No field name\"}]}")));
        assertThat(ColumnInfo.fromSocrataRecord(g, ds)).containsExactly(
                ColumnInfo.of("srnumber", "text"), ColumnInfo.of("latitude", "number"), ColumnInfo.of("No field name", null));
        assertThat(ColumnInfo.fromSocrataRecord(g, NodeFactory.createURI(BASE + "dataset/la/other"))).isEmpty();
    }

    @Test
    void datasets_matching_a_profile_or_a_crosswalk_input_are_suggested_with_a_score() {
        StandardSuggester s = StandardSuggester.bundled(REGISTRY);
        // the MyLA311 columns of standards.md 4.5: the crosswalk's 13 input columns are all there
        List<ColumnInfo> myla311 = ColumnInfo.fromHeader(List.of("srnumber", "createddate", "updateddate", "actiontaken", "owner",
                "requesttype", "status", "requestsource", "closeddate", "address", "zipcode", "latitude", "longitude", "cd", "nc"));
        assertThat(s.suggest(myla311)).extracting(x -> x.standard().id() + " " + x.score() + " " + x.crosswalk().orElse(""))
                .containsExactly("open311-bulk 1.0 myla311-open311", "open311-georeport-v2 1.0 myla311-open311");
        // Lexington's businesses.csv: the 3 required fields of 3 and 2 of the 6 optional: (2*3+2)/(2*3+6)
        List<ColumnInfo> lexington = ColumnInfo.fromHeader(List.of("business_id", "name", "address", "city", "state"));
        assertThat(s.suggest(lexington)).extracting(x -> x.standard().id() + " " + x.file() + " " + x.score())
                .containsExactly("lives-2.0 businesses.csv 0.667");
        // must-fail twin: one required column short, and unrelated columns
        assertThat(s.suggest(ColumnInfo.fromHeader(List.of("business_id", "name", "city", "state")))).isEmpty();
        assertThat(s.suggest(ColumnInfo.fromHeader(List.of("id", "title", "amount")))).isEmpty();
    }

    @Test
    void the_real_anchorage_flat_feed_is_suggested_and_reaches_sample_valid_as_lives_flattened() {
        Path flat = org.civiccatalog.core.testing.Fixtures.fixture("lives/anchorage-ak/lives_flat.first1000.csv");
        Standard flattened = REGISTRY.require("lives-flattened");
        try (CsvRows rows = CsvRows.open(flat)) {
            List<ColumnInfo> columns = ColumnInfo.fromHeader(rows.header());
            // 4 required of 4, 13 of the 14 optional (no risk_category): (2*4 + 13) / (2*4 + 14)
            assertThat(StandardSuggester.bundled(REGISTRY).suggest(columns)).extracting(x -> x.standard().id() + " " + x.score())
                    .containsExactly("lives-flattened 0.955");
            ConformanceResult r = new ConformanceChecker(CLOCK, 1000).check(DS, flattened, false, columns, rows);
            assertThat(r.findings()).isEmpty();
            assertThat(r.rowsChecked()).isEqualTo(1000);
            assertThat(r.level()).isEqualTo(ConformanceLevel.SAMPLE_VALID);
        }
        // must-fail twin: the same rows with three values broken
        try (CsvRows rows = CsvRows.open(flat)) {
            Iterator<Row> broken = new Iterator<>() {
                public boolean hasNext() {
                    return rows.hasNext();
                }

                public Row next() {
                    Row r = rows.next();
                    var v = new java.util.LinkedHashMap<>(r.values());
                    if (r.number() == 5) v.put("inspection_date", "20151310");
                    if (r.number() == 10) v.put("inspection_score", "197");
                    if (r.number() == 11) v.put("business_latitude", "161.2");
                    return new Row(r.number(), v);
                }
            };
            ConformanceResult r = new ConformanceChecker(CLOCK, 1000).check(DS, flattened, true, ColumnInfo.fromHeader(rows.header()), broken);
            assertThat(r.level()).isEqualTo(ConformanceLevel.HEADERS_MATCH);
            assertThat(r.findings()).extracting(f -> f.rule() + " " + f.field() + " " + f.row() + " " + f.value()).containsExactly(
                    "bad-date inspection_date 5 20151310", "out-of-range inspection_score 10 197", "out-of-range business_latitude 11 161.2");
        }
    }

    @Test
    void a_store_dataset_is_checked_against_what_it_declares_and_recorded_as_dqv() throws Exception {
        Path json = dir.resolve("data.json");
        Files.writeString(json, """
                {"conformsTo":"https://project-open-data.cio.gov/v1.1/schema","dataset":[{
                  "identifier":"sr-2024","title":"MyLA311 Service Request Data 2024","description":"311 requests",
                  "keyword":["311"],"modified":"2026-11-01","accessLevel":"public",
                  "publisher":{"name":"City of Los Angeles"},
                  "contactPoint":{"fn":"Open data","hasEmail":"mailto:data@lacity.org"},
                  "distribution":[{"downloadURL":"https://data.lacity.org/sr.csv","mediaType":"text/csv",
                                   "conformsTo":"http://wiki.open311.org/GeoReport/bulk"},
                                  {"downloadURL":"https://data.lacity.org/sr.json","mediaType":"application/json",
                                   "conformsTo":"https://example.org/our-own-311-schema"}]},
                 {"identifier":"inspections","title":"Restaurant inspections","description":"scores",
                  "keyword":["food"],"modified":"2026-11-01","accessLevel":"public",
                  "publisher":{"name":"County"},"contactPoint":{"fn":"Open data","hasEmail":"mailto:data@lacounty.gov"},
                  "socrata.columns":[{"name":"Business","fieldName":"business_id","dataTypeName":"text"},
                                     {"name":"Score","fieldName":"score","dataTypeName":"number"},
                                     {"name":"Date","fieldName":"date","dataTypeName":"calendar_date"}],
                  "distribution":[{"downloadURL":"https://data.lacounty.gov/i.csv","mediaType":"text/csv",
                                   "conformsTo":"https://www.yelp.com/healthscores/"}]}]}""");
        Path data = dir.resolve("data");
        try (TdbCatalogStore store = TdbCatalogStore.open(data, BASE)) {
            new CatalogImporter(store).importFiles(SourceInfo.imported("la", "datajson"), List.of(json));
            String ds = store.iris().dataset("la", "sr-2024");
            long version = store.state().version();
            Conformance c = new Conformance(REGISTRY, CHECKER, StandardSuggester.bundled(REGISTRY));
            DatasetConformance result = c.check(store, ds, ColumnInfo.fromHeader(List.of(BULK_HEADER.strip().split(","))),
                    () -> csv(BULK_HEADER + BAD_ROWS));
            assertThat(result.declaredUnknown()).containsExactly("https://example.org/our-own-311-schema");
            assertThat(result.results()).extracting(r -> r.standard().id() + " " + r.level()).containsExactly("open311-bulk HEADERS_MATCH");
            String q = """
                    PREFIX dqv: <http://www.w3.org/ns/dqv#>
                    PREFIX civic: <https://w3id.org/civic-catalog/ns#>
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    SELECT ?standard ?rank ?level ?declared ?when (COUNT(?f) AS ?findings) WHERE { GRAPH ?g {
                      ?m dqv:computedOn <%s> ; dqv:isMeasurementOf civic:standardConformance ; dqv:value ?rank ;
                         civic:conformanceLevel ?level ; civic:standard ?standard ; civic:declaredByPublisher ?declared ;
                         prov:generatedAtTime ?when ; civic:conformanceFinding ?f .
                    } } GROUP BY ?standard ?rank ?level ?declared ?when""".formatted(ds);
            List<String> rows = select(store, q);
            assertThat(rows).containsExactly(BASE + "standard/open311-bulk 2 " + CIVIC.levelHeadersMatch.getURI()
                    + " true 2026-11-22T10:00:00Z 4");
            // checked again, now valid: the graph is replaced, not added to, and feeds did not change
            c.check(store, ds, ColumnInfo.fromHeader(List.of(BULK_HEADER.strip().split(","))), () -> csv(BULK_HEADER + GOOD_ROWS));
            List<String> levels = select(store, """
                    PREFIX dqv: <http://www.w3.org/ns/dqv#>
                    PREFIX civic: <https://w3id.org/civic-catalog/ns#>
                    SELECT ?level ?n WHERE { GRAPH ?g { ?m dqv:computedOn <%s> ; civic:conformanceLevel ?level ; civic:rowsChecked ?n } }""".formatted(ds));
            assertThat(levels).containsExactly(CIVIC.levelSampleValid.getURI() + " 2");
            assertThat(store.state().version()).isEqualTo(version);
            // a harvested Socrata dataset: its column metadata, kept by the harvester as an extra field, is what is checked
            String inspections = store.iris().dataset("la", "inspections");
            DatasetConformance lives = c.check(store, inspections, List.of(), null);
            assertThat(lives.results()).extracting(r -> r.standard().id() + " " + r.file() + " " + r.level() + " " + r.rowsChecked())
                    .containsExactly("lives-2.0 inspections.csv HEADERS_MATCH 0");
            assertThat(select(store, """
                    PREFIX civic: <https://w3id.org/civic-catalog/ns#>
                    SELECT ?g WHERE { GRAPH ?g { ?m civic:conformanceLevel civic:levelHeadersMatch } }""")).containsExactly(
                    BASE + "graph/conformance/la/inspections");
            // the publisher's declaration is still in the record, as published
            assertThat(Conformance.declared(store.recordGraphOfDataset(ds).orElseThrow(), NodeFactory.createURI(ds)))
                    .containsExactly("http://wiki.open311.org/GeoReport/bulk", "https://example.org/our-own-311-schema");
        }
    }

    @Test
    void without_a_declaration_a_matching_dataset_gets_a_suggestion_and_no_result() {
        Conformance c = new Conformance(REGISTRY, CHECKER, StandardSuggester.bundled(REGISTRY));
        DatasetConformance r = c.check(DS, Set.of(), ColumnInfo.fromHeader(List.of(BULK_HEADER.strip().split(","))), null);
        assertThat(r.results()).isEmpty();
        assertThat(r.suggestions()).extracting(x -> x.standard().id() + " " + x.score()).containsExactly("open311-bulk 1.0");
        Graph g = new ConformanceGraph(CatalogIris.of(BASE)).graph(DS, r.results(), r.suggestions());
        assertThat(g.find(null, CIVIC.standard.asNode(), NodeFactory.createURI(BASE + "standard/open311-bulk")).toList()).hasSize(1);
    }

    private static List<String> select(TdbCatalogStore store, String q) {
        return store.read(ds -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    List<String> parts = new ArrayList<>();
                    for (String v : vars) {
                        var n = s.get(v);
                        parts.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    out.add(String.join(" ", parts));
                }
            }
            return out;
        });
    }

    private static Iterator<Row> emptyRows() {
        return java.util.Collections.emptyIterator();
    }

    @SuppressWarnings("unused")
    private static Optional<String> none() {
        return Optional.empty();
    }
}
