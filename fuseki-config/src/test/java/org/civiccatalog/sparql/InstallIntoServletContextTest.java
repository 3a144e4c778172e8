package org.civiccatalog.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiccatalog.sparql.CatalogFixtures.PREFIXES;
import static org.civiccatalog.sparql.CatalogSparqlProtocolTest.column;
import static org.civiccatalog.sparql.CatalogSparqlProtocolTest.parse;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One port, as the web module runs it: the application's own servlet at "/*" (Javalin's place), and the endpoint
 * mounted into the same ServletContextHandler with {@link CatalogSparql#installInto}.
 */
class InstallIntoServletContextTest {

    @TempDir
    static Path dir;
    static Server jetty;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        CatalogSparql sparql = CatalogSparql.newBuilder()
                .dataset(CatalogFixtures.addSample(CatalogFixtures.tdb2(dir)))
                .build();

        ServletContextHandler handler = new ServletContextHandler();
        handler.setContextPath("/");
        handler.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                resp.setContentType("text/plain");
                resp.getWriter().print("app " + req.getMethod() + " " + req.getRequestURI());
            }
        }), "/*");
        sparql.installInto(handler);

        jetty = new Server(0);
        jetty.setHandler(handler);
        jetty.start();
        base = "http://localhost:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    @AfterAll
    static void stop() throws Exception {
        if ( jetty != null )
            jetty.stop();
    }

    @Test
    void sparql_is_answered_by_fuseki() {
        String q = PREFIXES + "SELECT ?title WHERE { ?ds a dcat:Dataset ; dct:title ?title }";

        HttpResponse<String> r = Http.query(base + "/sparql", q, "application/sparql-results+json");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(column(parse(r.body(), ResultSetLang.RS_JSON), "title")).hasSize(3);
        assertThat(r.headers().firstValue(CatalogSparql.HEADER_RESULT_LIMIT)).hasValue("10000");
    }

    @Test
    void other_paths_reach_the_application() {
        HttpResponse<String> r = Http.get(base + "/data.json", null);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("app GET /data.json");
    }

    @Test
    void updates_are_refused_here_too() {
        HttpResponse<String> r = Http.post(base + "/sparql", "application/sparql-update", "CLEAR ALL", null);

        assertThat(r.statusCode()).isBetween(400, 499);
    }
}
