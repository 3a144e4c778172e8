package org.civiccatalog.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.tdb2.TDB2;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every ```sparql block of docs/audit.md is standard SPARQL 1.1 and answers over a store audited twice. */
class AuditDocsExamplesTest {
    static final Path DOC = Path.of("..", "docs", "audit.md");
    static final Pattern BLOCK = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL);

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
        Matcher m = BLOCK.matcher(Files.readString(DOC));
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group(1));
        return out;
    }

    static List<Binding> run(String sparql) {
        return store.read(ds -> {
            List<Binding> rows = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(ds.asDatasetGraph()).query(sparql)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                qe.select().forEachRemaining(rows::add);
            }
            return rows;
        });
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
