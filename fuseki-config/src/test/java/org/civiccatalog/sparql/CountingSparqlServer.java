package org.civiccatalog.sparql;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in "remote" SPARQL endpoint on localhost that counts every request and answers each with a valid one-row
 * result: a SERVICE call that got out would show up as a hit (and as a successful query).
 */
final class CountingSparqlServer implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();

    CountingSparqlServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = """
                    {"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"remote"}}]}}"""
                    .getBytes(UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/sparql";
    }

    int hits() {
        return hits.get();
    }

    void reset() {
        hits.set(0);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
