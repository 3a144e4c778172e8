package org.civiccatalog.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.engine.binding.Binding;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.civiccatalog.core.testing.DocsSparql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every ```sparql block of docs/audit.md is standard SPARQL 1.1 and answers over a store audited twice. */
class AuditDocsExamplesTest {

    @TempDir static Path dir;
    static TdbCatalogStore store;

    @BeforeAll
    static void audit() {
        store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/");
        AuditFixture.importTurtle(store, dir, AuditFixture.source("city", "city"), AuditFixture.perfect());
        AuditFixture.importTurtle(store, dir, AuditFixture.source("county", "county"), AuditFixture.perfect()
                .replace("dataset/street-trees", "dataset/parks").replace("Street trees", "Parks")
                .replace("Urban Forestry Division", "Parks Department").replace("    dcat:keyword \"trees\" ;\n", "")
                .replace("    dcat:keyword \"urban forest\" ;\n", ""));
        for (String t : List.of("2026-11-20T08:00:00Z", "2026-11-21T08:00:00Z"))
            Audit.run(store, AuditOptions.defaults().withClock(Clock.fixed(Instant.parse(t), ZoneOffset.UTC))
                    .withLinks(LinkResults.of(AuditFixture.linksOk())), r -> {});
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> examples() throws IOException {
        return DocsSparql.examples("audit.md");
    }

    static List<Binding> run(String sparql) {
        return DocsSparql.select(store, sparql);
    }

    @Test
    void each_example_is_standard_sparql_and_answers() throws IOException {
        List<String> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
        for (String q : examples) {
            QueryFactory.create(q, Syntax.syntaxSPARQL_11);
            assertThat(run(q)).as("rows of\n%s", q).isNotEmpty();
        }
    }

    @Test
    void the_examples_give_the_numbers_of_the_audit() throws IOException {
        List<String> q = examples();
        List<Binding> departments = run(q.get(0));
        assertThat(departments).extracting(b -> b.get("department").getLiteralLexicalForm())
                .containsExactly("Urban Forestry Division", "Parks Department");
        assertThat(departments).extracting(b -> Double.parseDouble(b.get("meanScore").getLiteralLexicalForm()))
                .containsExactly(405.0, 375.0);
        assertThat(run(q.get(1))).as("one row per run").hasSize(2)
                .allSatisfy(b -> assertThat(Double.parseDouble(b.get("meanScore").getLiteralLexicalForm())).isEqualTo(390.0));
        assertThat(run(q.get(2))).singleElement().satisfies(b -> {
            assertThat(b.get("title").getLiteralLexicalForm()).isEqualTo("Parks");
            assertThat(b.get("rule").getLiteralLexicalForm()).isEqualTo("mqa.keywordAvailability");
        });
        assertThat(run(q.get(4))).hasSize(2);
    }
}
