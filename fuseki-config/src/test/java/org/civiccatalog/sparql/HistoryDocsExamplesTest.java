package org.civiccatalog.sparql;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civiccatalog.sparql.CatalogSparqlProtocolTest.parse;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ```sparql history} block of docs/sparql.md returns rows at {@code /history/sparql} from a real store
 * whose record nyc/tree-census was harvested three times (two earlier versions), and none at {@code /sparql}.
 */
class HistoryDocsExamplesTest {
    private static final Pattern BLOCK = Pattern.compile("```sparql history\\n(.*?)```", Pattern.DOTALL);
    static final String JSON = "application/sparql-results+json";

    @TempDir
    static Path dir;
    static TdbCatalogStore store;
    static FusekiServer server;
    static String sparql;
    static String history;

    @BeforeAll
    static void start() {
        store = TdbCatalogStore.open(dir, CatalogFixtures.BASE);
        SourceInfo nyc = SourceInfo.imported("nyc", "socrata");
        List<String> titles = List.of("Street Tree Census", "2015 Street Tree Census", "2015 Street Tree Census (final)");
        for (int i = 0; i < titles.size(); i++) {
            store.replaceRecords(nyc, List.of(CatalogFixtures.record(store.iris(), "nyc", "tree-census", titles.get(i)).withHarvest("hash-" + i, null)
                    .generatedBy(CatalogFixtures.BASE + "harvest/2025101" + i + "T060000.000Z")));
        }
        server = CatalogSparql.newBuilder().dataset(store.dataset())
                .addDataset(CatalogSparql.HISTORY_ENDPOINT_PATH, store.historyDataset()).build().start(0);
        sparql = "http://localhost:" + server.getPort() + CatalogSparql.DEFAULT_ENDPOINT_PATH;
        history = "http://localhost:" + server.getPort() + CatalogSparql.HISTORY_ENDPOINT_PATH;
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static Stream<String> examples() throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(DocsExamplesTest.DOC, UTF_8));
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group(1));
        return out.stream();
    }

    @Test
    void the_doc_has_history_examples_and_names_the_endpoint() throws IOException {
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Files.readString(DocsExamplesTest.DOC, UTF_8)).contains("`" + CatalogSparql.HISTORY_ENDPOINT_PATH + "`");
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("examples")
    void each_history_example_returns_rows_at_the_history_endpoint(String query) {
        QueryFactory.create(query, Syntax.syntaxSPARQL_11);

        HttpResponse<String> r = Http.query(history, query, JSON);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(parse(r.body(), ResultSetLang.RS_JSON).hasNext()).as("no rows for\n%s", query).isTrue();
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("examples")
    void the_same_example_finds_nothing_at_sparql(String query) {
        HttpResponse<String> r = Http.query(sparql, query, JSON);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        ResultSet rs = parse(r.body(), ResultSetLang.RS_JSON);
        assertThat(rs.hasNext()).as("/sparql answered a history example\n%s", query).isFalse();
    }

    @Test
    void example_7_lists_the_two_earlier_titles_in_order() throws IOException {
        String titles = examples().filter(q -> q.contains("?title")).findFirst().orElseThrow();

        HttpResponse<String> r = Http.query(history, titles, JSON);

        assertThat(CatalogSparqlProtocolTest.column(parse(r.body(), ResultSetLang.RS_JSON), "title"))
                .containsExactly("Street Tree Census", "2015 Street Tree Census");
    }
}
