package org.civiccatalog.harvest.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback that plays portals: each path (with its query string, exactly as requested)
 * answers with a scripted {@link Reply} — a recorded fixture file, a status with headers, a slow or truncated
 * body. Every request is logged so tests can assert what the harvester asked for.
 */
public final class PortalServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Function<HttpExchange, Reply>> routes = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> methods = new CopyOnWriteArrayList<>();
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> lastHeaders = new ConcurrentHashMap<>();

    /** One scripted answer. {@code truncateAt} >= 0 closes the connection after that many body bytes. */
    public record Reply(int status, Map<String, String> headers, byte[] body, long delayMillis, int truncateAt) {
        public static Reply ok(String contentType, byte[] body) {
            return new Reply(200, Map.of("Content-Type", contentType), body, 0, -1);
        }

        public static Reply ok(String contentType, String body) {
            return ok(contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        public static Reply file(String contentType, Path file) {
            try {
                return ok(contentType, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read fixture " + file, e);
            }
        }

        public static Reply status(int status, Map<String, String> headers) {
            return new Reply(status, headers, new byte[0], 0, -1);
        }

        public Reply delayed(long millis) {
            return new Reply(status, headers, body, millis, truncateAt);
        }

        public Reply truncatedAt(int bytes) {
            return new Reply(status, headers, body, delayMillis, bytes);
        }

        public Reply withHeader(String name, String value) {
            var h = new java.util.HashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body, delayMillis, truncateAt);
        }
    }

    public PortalServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    /** Answers requests for {@code pathAndQuery} (e.g. "/api/3/action/package_search?rows=1000&start=0"). */
    public PortalServer on(String pathAndQuery, Reply reply) {
        routes.put(pathAndQuery, x -> reply);
        return this;
    }

    /** Answers with whatever the function returns for each request (scripted sequences, conditional GETs). */
    public PortalServer on(String pathAndQuery, Function<HttpExchange, Reply> replies) {
        routes.put(pathAndQuery, replies);
        return this;
    }

    /** Answers the n-th request for {@code pathAndQuery} with the n-th reply; the last one repeats. */
    public PortalServer onSequence(String pathAndQuery, Reply... replies) {
        if (replies.length == 0) throw new IllegalArgumentException("onSequence needs at least one reply");
        var next = new java.util.concurrent.atomic.AtomicInteger();
        List<Reply> list = List.of(replies);
        return on(pathAndQuery, x -> list.get(Math.min(next.getAndIncrement(), list.size() - 1)));
    }

    /**
     * Hands requests for {@code pathAndQuery} to a raw handler that writes the whole exchange itself (chunked or
     * endless bodies, trickled bytes, counting what was sent). The request is logged. A handler that throws
     * drops the connection mid-reply.
     */
    public PortalServer onExchange(String pathAndQuery, HttpHandler handler) {
        handlers.put(pathAndQuery, handler);
        return this;
    }

    /** How many requests for {@code pathAndQuery} were received. */
    public long count(String pathAndQuery) {
        return requests.stream().filter(pathAndQuery::equals).count();
    }

    /** Every request received, as path plus query, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Every request received, as "METHOD path?query", in order. */
    public List<String> exchanges() {
        return List.copyOf(methods);
    }

    /** A request header of the last request for a path (case-insensitive name), or null if that request lacked it. */
    public String lastHeader(String pathAndQuery, String name) {
        return lastHeaders.getOrDefault(pathAndQuery, Map.of()).get(name.toLowerCase(java.util.Locale.ROOT));
    }

    private void handle(HttpExchange x) throws IOException {
        String key = x.getRequestURI().getRawPath()
                + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
        var headers = new java.util.HashMap<String, String>();
        x.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        lastHeaders.put(key, Map.copyOf(headers));
        requests.add(key);
        methods.add(x.getRequestMethod() + " " + key);
        HttpHandler handler = handlers.get(key);
        if (handler != null) {
            // A handler that throws leaves the exchange open: the server then drops the connection without
            // completing the reply (closing it here would end a chunked body cleanly, hiding the truncation).
            handler.handle(x);
            x.close();
            return;
        }
        Function<HttpExchange, Reply> route = routes.get(key);
        Reply r = route == null ? new Reply(404, Map.of("Content-Type", "text/plain"),
                ("no fixture for " + key).getBytes(StandardCharsets.UTF_8), 0, -1) : route.apply(x);
        try {
            if (r.delayMillis() > 0) Thread.sleep(r.delayMillis());
            r.headers().forEach((k, v) -> x.getResponseHeaders().add(k, v));
            boolean noBody = r.body().length == 0 || r.status() == 304 || r.status() == 204
                    || x.getRequestMethod().equals("HEAD");
            x.sendResponseHeaders(r.status(), noBody ? -1 : r.body().length);
            if (!noBody) {
                try (OutputStream out = x.getResponseBody()) {
                    if (r.truncateAt() >= 0) {
                        out.write(r.body(), 0, Math.min(r.truncateAt(), r.body().length));
                        out.flush();
                        throw new IOException("truncated on purpose");
                    }
                    out.write(r.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // For a truncated reply the IOException goes on to the server, which drops the connection only when
            // the handler throws; swallowing it would leave the connection open and the client waiting.
            x.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
