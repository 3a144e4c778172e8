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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every ```sparql block in docs/sparql.md parses and returns rows from the sample catalog, over HTTP. */
class DocsExamplesTest {

    // Surefire runs in the module directory; the docs module is its sibling.
    static final Path DOC = Path.of("..", "docs", "sparql.md");
    private static final Pattern BLOCK = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    static Path dir;
    static FusekiServer server;
    static String endpoint;

    @BeforeAll
    static void start() {
        server = CatalogSparql.newBuilder()
                .dataset(CatalogFixtures.addSample(CatalogFixtures.tdb2(dir)))
                .build().start(0);
        endpoint = "http://localhost:" + server.getPort() + "/sparql";
    }

    @AfterAll
    static void stop() {
        if ( server != null )
            server.stop();
    }

    static Stream<String> examples() throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(DOC, UTF_8));
        List<String> out = new ArrayList<>();
        while ( m.find() )
            out.add(m.group(1));
        return out.stream();
    }

    @Test
    void the_doc_has_the_examples_it_promises() throws IOException {
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("examples")
    void each_example_parses_as_strict_sparql_and_returns_rows(String query) {
        QueryFactory.create(query, Syntax.syntaxSPARQL_11);   // standard SPARQL, not just ARQ syntax

        HttpResponse<String> r = Http.query(endpoint, query, "application/sparql-results+json");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        ResultSet rs = parse(r.body(), ResultSetLang.RS_JSON);
        assertThat(rs.hasNext()).as("no rows for\n%s", query).isTrue();
    }

    @Test
    void the_doc_names_the_real_headers_and_defaults() throws IOException {
        String doc = Files.readString(DOC, UTF_8);

        assertThat(doc).contains(CatalogSparql.HEADER_RESULT_LIMIT + ": 10000")
                       .contains(CatalogSparql.HEADER_RESULT_TRUNCATED + ": true")
                       .contains("**10 s**")
                       .contains("**10,000**")
                       .contains("`" + CatalogSparql.DEFAULT_ENDPOINT_PATH + "`");
        assertThat(CatalogSparql.DEFAULT_RESULT_LIMIT).isEqualTo(10_000);
        assertThat(CatalogSparql.DEFAULT_QUERY_TIMEOUT).hasSeconds(10);
    }
}
