package org.civiccatalog.harvest.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.tdb2.TDB2;
import org.civiccatalog.core.imports.CatalogImporter;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.testing.PortalServer;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link-health examples of docs/audit.md ({@code ```sparql links} blocks) are standard SPARQL 1.1 and answer, with
 * the rows expected, over checks the checker stored: one CSV that answers, one that is gone, one served as HTML.
 */
class LinkDocsExamplesTest {
    static final Pattern BLOCK = Pattern.compile("```sparql links\\n(.*?)```", Pattern.DOTALL);

    @TempDir Path dir;

    @Test
    void each_link_health_example_answers_over_stored_checks() throws Exception {
        List<String> examples = new ArrayList<>();
        Matcher m = BLOCK.matcher(Files.readString(Path.of("..", "docs", "audit.md")));
        while (m.find()) examples.add(m.group(1));
        assertThat(examples).hasSize(3);

        try (PortalServer server = new PortalServer();
             TdbCatalogStore store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/")) {
            String json = """
                    {"conformsTo": "https://project-open-data.cio.gov/v1.1/schema", "dataset": [
                     {"identifier": "trees", "title": "Street trees", "description": "Every street tree.", "keyword": ["t"],
                      "modified": "2026-11-01", "accessLevel": "public", "publisher": {"name": "Urban Forestry"},
                      "contactPoint": {"fn": "Forestry", "hasEmail": "mailto:trees@example.gov"},
                      "distribution": [{"downloadURL": "BASE/trees.csv", "mediaType": "text/csv"},
                                       {"downloadURL": "BASE/gone.csv", "mediaType": "text/csv"},
                                       {"downloadURL": "BASE/page.csv", "mediaType": "text/csv"}]}]}
                    """.replace("BASE", server.url("").toString());
            Path f = dir.resolve("trees.json");
            Files.writeString(f, json);
            new CatalogImporter(store).importFiles(new SourceInfo("city", "City", "datajson", Optional.empty(),
                    Optional.empty(), Optional.empty()), List.of(f));
            server.on("/trees.csv", Reply.ok("text/csv", "a\n"));
            server.on("/gone.csv", Reply.status(410, Map.of()));
            server.on("/page.csv", Reply.ok("text/html", "<html></html>"));
            new LinkChecker(LinkProbeTest.fast().build()).run(store);

            List<List<Binding>> answers = new ArrayList<>();
            for (String q : examples) {
                QueryFactory.create(q, Syntax.syntaxSPARQL_11);
                answers.add(store.read(ds -> {
                    List<Binding> rows = new ArrayList<>();
                    try (QueryExec qe = QueryExec.dataset(ds.asDatasetGraph()).query(q).set(TDB2.symUnionDefaultGraph, true).build()) {
                        qe.select().forEachRemaining(rows::add);
                    }
                    return rows;
                }));
            }

            assertThat(answers.get(0)).singleElement().satisfies(b -> {
                assertThat(b.get("url").getURI()).endsWith("/gone.csv");
                assertThat(b.get("status").getLiteralLexicalForm()).isEqualTo("410");
                assertThat(b.get("title").getLiteralLexicalForm()).isEqualTo("Street trees");
            });
            assertThat(answers.get(1)).hasSize(3);
            assertThat(answers.get(1).get(0).get("url").getURI()).endsWith("/gone.csv");
            assertThat(answers.get(1).get(0).get("uptime").getLiteralValue().toString()).isEqualTo("0");
            assertThat(answers.get(2)).singleElement().satisfies(b -> {
                assertThat(b.get("url").getURI()).endsWith("/page.csv");
                assertThat(b.get("served").getLiteralLexicalForm()).isEqualTo("text/html");
                assertThat(b.get("declared").getLiteralLexicalForm()).isEqualTo("text/csv");
            });
        }
    }
}
