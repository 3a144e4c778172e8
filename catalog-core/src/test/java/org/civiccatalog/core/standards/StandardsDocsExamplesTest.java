package org.civiccatalog.core.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.engine.binding.Binding;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.civiccatalog.core.testing.DocsSparql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every ```sparql block of docs/standards.md is standard SPARQL 1.1 and answers over a store with a recorded check. */
class StandardsDocsExamplesTest {

    @TempDir
    static Path dir;
    static TdbCatalogStore store;

    @BeforeAll
    static void check() {
        store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/");
        String ds = store.iris().dataset("la", "sr-2024");
        List<String> header = List.of(ConformanceTest.BULK_HEADER.strip().split(","));
        ConformanceResult r;
        try (CsvRows rows = ConformanceTest.csv(ConformanceTest.BULK_HEADER + ConformanceTest.GOOD_ROWS)) {
            r = ConformanceTest.CHECKER.check(ds, StandardsRegistry.stored(store).require("open311-bulk"), true,
                    ColumnInfo.fromHeader(header), rows);
        }
        new ConformanceGraph(store.iris()).record(store, ds, List.of(r), List.of());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> examples() throws IOException {
        return DocsSparql.examples("standards.md");
    }

    static List<Binding> run(String sparql) {
        return DocsSparql.select(store, sparql);
    }

    @Test
    void each_example_is_standard_sparql_and_answers() throws IOException {
        List<String> examples = examples();
        assertThat(examples).hasSize(2);
        for (String q : examples) {
            QueryFactory.create(q, Syntax.syntaxSPARQL_11);
            assertThat(run(q)).as("rows of\n%s", q).isNotEmpty();
        }
        // the profile query: one row per file of each standard (2 + 1 + 5 + 1 + 1 + 7 + 3 files)
        assertThat(run(examples.get(0))).hasSize(20);
        List<Binding> declared = run(examples.get(1));
        assertThat(declared).hasSize(1);
        assertThat(declared.get(0).toString()).contains("open311-bulk", "levelSampleValid");
        assertThat(Set.of(declared.get(0).get("dataset").getURI())).containsExactly("http://catalog.test/dataset/la/sr-2024");
    }
}
