package org.civiccatalog.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** {@code catalog links} in process, over a real store and a loopback server: the summary, private addresses refused. */
class LinksCommandTest {
    @TempDir Path tmp;
    HttpServer server;
    String data;

    record Result(int code, String out, String err) {}

    Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", x -> {
            boolean ok = x.getRequestURI().getPath().equals("/trees.csv");
            x.getResponseHeaders().add("Content-Type", ok ? "text/csv" : "text/plain");
            x.sendResponseHeaders(ok ? 200 : 404, -1);
            x.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path json = tmp.resolve("city.json");
        Files.writeString(json, """
                {"conformsTo": "https://project-open-data.cio.gov/v1.1/schema", "dataset": [
                 {"identifier": "trees", "title": "Street trees", "description": "Every street tree.", "keyword": ["trees"],
                  "modified": "2026-11-01", "accessLevel": "public", "publisher": {"name": "Urban Forestry"},
                  "contactPoint": {"fn": "Forestry", "hasEmail": "mailto:trees@example.gov"},
                  "distribution": [{"downloadURL": "BASE/trees.csv", "mediaType": "text/csv"},
                                   {"downloadURL": "BASE/gone.csv", "mediaType": "text/csv"}]}]}
                """.replace("BASE", base));
        data = tmp.resolve("data").toString();
        Result imp = run("import", "--data", data, "--source", "city", json.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void links_checks_what_is_due_and_prints_the_summary() {
        Result r = run("links", "--data", data, "--allow-private");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("links: 2 URLs, 2 due, 2 checked in ")
                .contains("this run: ok 1, broken 1, pending 0, refused 0, timeout 0; 0 content-type mismatches")
                .contains("/gone.csv: HEAD answered 404 Not Found; 404 Not Found")
                .contains("every URL by its latest check: ok 1, broken 1, pending 0, refused 0, timeout 0");

        Result again = run("links", "--data", data, "--allow-private");
        assertThat(again.out()).as("nothing is due a second time").contains("links: 2 URLs, 0 due, 0 checked in ");
    }

    @Test
    void twin_without_allow_private_loopback_links_are_refused_and_not_requested() {
        Result r = run("links", "--data", data, "--max", "1");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("links: 2 URLs, 2 due, 1 checked in ")
                .contains("this run: ok 0, broken 0, pending 0, refused 1, timeout 0");
    }
}
