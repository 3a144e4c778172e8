package org.civiccatalog.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.sparql.CatalogSparql;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.PROV;
import org.civiccatalog.web.WebConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The server as {@code ./catalog serve} runs it also answers SPARQL over the history database at
 * {@value CatalogSparql#HISTORY_ENDPOINT_PATH}, on the same port; {@code /sparql} never sees old versions.
 */
class HistoryOnePortTest {
    static final String PREFIXES = "PREFIX dct: <" + DCTERMS.NS + "> PREFIX prov: <" + PROV.NS + "> ";
    @TempDir static Path dir;
    static TdbCatalogStore store;
    static ServeCommand.Running server;
    static String root;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        store = TdbCatalogStore.open(dir, null);
        String ds = store.iris().dataset("city", "trees");
        for (String title : List.of("Old trees", "New trees")) {
            Graph g = GraphFactory.createGraphMem();
            Node d = NodeFactory.createURI(ds);
            g.add(Triple.create(d, RDF.type.asNode(), DCAT.Dataset.asNode()));
            g.add(Triple.create(d, DCTERMS.title.asNode(), NodeFactory.createLiteralString(title)));
            store.replaceRecords(SourceInfo.imported("city", "datajson"), List.of(new RecordGraph("city", "trees", ds, g)));
        }
        WebConfig cfg = WebConfig.defaults().withHost("127.0.0.1").withPort(0).withBaseIri(store.iris().base());
        server = ServeCommand.start(store, cfg, Duration.ofSeconds(5), 50);
        root = "http://127.0.0.1:" + server.app().port();
    }

    @AfterAll
    static void stop() {
        server.app().stop();
        store.close();
    }

    static HttpResponse<String> send(HttpRequest r) throws Exception {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closed) {   // a pooled connection the server closed after refusing a write
            return http.send(r, HttpResponse.BodyHandlers.ofString());
        }
    }

    static HttpResponse<String> query(String path, String q) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(root + path + "?query="
                + URLEncoder.encode(PREFIXES + q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).build());
    }

    static boolean ask(String path, String q) throws Exception {
        HttpResponse<String> r = query(path, q);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body()).get("boolean").asBoolean();
    }

    @Test
    void the_history_endpoint_sees_the_old_version_and_sparql_does_not() throws Exception {
        assertThat(ask("/history/sparql", "ASK { ?d dct:title \"Old trees\" }")).isTrue();
        assertThat(ask("/history/sparql", "ASK { ?v prov:specializationOf ?record }")).isTrue();
        assertThat(ask("/sparql", "ASK { ?d dct:title \"Old trees\" }")).isFalse();
        assertThat(ask("/sparql", "ASK { ?v prov:specializationOf ?record }")).isFalse();
        assertThat(ask("/sparql", "ASK { ?d dct:title \"New trees\" }")).isTrue();
    }

    @Test
    void the_history_endpoint_has_the_limit_and_refuses_updates() throws Exception {
        HttpResponse<String> r = query("/history/sparql", "SELECT * WHERE { ?s ?p ?o }");
        assertThat(r.headers().firstValue(CatalogSparql.HEADER_RESULT_LIMIT)).hasValue("50");
        HttpResponse<String> u = send(HttpRequest.newBuilder(URI.create(root + "/history/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build());
        assertThat(u.statusCode()).isBetween(400, 499);
        assertThat(ask("/history/sparql", "ASK { ?d dct:title \"Old trees\" }")).isTrue();
    }

    @Test
    void the_dataset_history_pages_still_reach_the_application() throws Exception {
        String path = store.iris().dataset("city", "trees").substring(store.iris().base().length() - 1) + "/history";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", "text/html").build());
        assertThat(r.statusCode()).isEqualTo(200);
    }
}
