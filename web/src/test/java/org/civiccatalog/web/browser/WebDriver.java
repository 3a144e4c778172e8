package org.civiccatalog.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Debian's headless Chromium driven through Debian's chromedriver with the W3C WebDriver protocol (plain JSON over
 * loopback HTTP, so no client library that might fetch a browser of its own): open a page, run a script in it,
 * click. One browser session per instance.
 */
final class WebDriver implements AutoCloseable {
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process driver;
    private final String session;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private WebDriver(Process driver, String root, Path profile, String hostRules) throws IOException, InterruptedException {
        this.driver = driver;
        this.root = root;
        awaitReady();
        Map<String, Object> options = Map.of("binary", Chromium.BINARY.toString(), "args", List.of("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1024", "--user-data-dir=" + profile,
                "--host-resolver-rules=" + hostRules));
        JsonNode r = call("POST", "/session", Map.of("capabilities", Map.of("alwaysMatch",
                Map.of("browserName", "chrome", "goog:chromeOptions", options))));
        this.session = r.path("sessionId").asText();
        call("POST", "/session/" + session + "/timeouts", Map.of("script", 120_000, "pageLoad", 60_000));
    }

    private final String root;

    /**
     * Chromium and chromedriver from Debian, or the test skipped (outside CI) or failed (in CI).
     *
     * @param server the catalog's port on loopback: the test base IRI's host {@code catalog.test} is sent there, so
     *               the pages' absolute links (scripts, stylesheets, forms) reach the server under test
     */
    static WebDriver start(Path profile, int server) throws IOException, InterruptedException {
        Chromium.require();
        if (!java.nio.file.Files.isExecutable(DRIVER)) {
            if (System.getenv("CI") != null) throw new AssertionError("chromedriver not found at " + DRIVER + ": apt-get install -y chromium-driver");
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "chromedriver not installed (apt-get install -y chromium-driver)");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder(DRIVER.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return new WebDriver(p, "http://127.0.0.1:" + port, profile, "MAP catalog.test 127.0.0.1:" + server);
        } catch (IOException | RuntimeException | InterruptedException e) {
            p.destroyForcibly();
            throw e;
        }
    }

    private void awaitReady() throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            try {
                if (call("GET", "/status", null).path("ready").asBoolean()) return;
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("chromedriver did not start");
    }

    void open(String url) {
        call("POST", "/session/" + session + "/url", Map.of("url", url));
    }

    /** Runs {@code script} as a function body with {@code args}; a returned promise is awaited. */
    JsonNode execute(String script, Object... args) {
        return call("POST", "/session/" + session + "/execute/sync", Map.of("script", script, "args", List.of(args)));
    }

    void click(String css) {
        JsonNode e = call("POST", "/session/" + session + "/element", Map.of("using", "css selector", "value", css));
        String id = e.path(ELEMENT).asText(e.path("ELEMENT").asText(""));
        if (id.isEmpty()) throw new IllegalStateException("no element id for " + css + " in " + e);
        call("POST", "/session/" + session + "/element/" + id + "/click", Map.of());
    }

    /** Evaluates {@code script} until {@code done} accepts its value (the page works asynchronously), at most a minute. */
    JsonNode await(String script, Predicate<JsonNode> done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonNode v = execute(script);
        while (!done.test(v)) {
            if (System.nanoTime() > end) throw new AssertionError("gave up waiting; last value of [" + script + "]: " + v);
            Thread.sleep(100);
            v = execute(script);
        }
        return v;
    }

    /** A script from the test classpath, e.g. axe-core's. */
    static String resource(String path) {
        try (InputStream in = WebDriver.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("not on the test classpath: " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode call(String method, String path, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofMinutes(3));
            b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                    : b.header("Content-Type", "application/json").method(method,
                            HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode value = JSON.readTree(r.body()).path("value");
            if (r.statusCode() != 200) throw new IllegalStateException("WebDriver " + method + " " + path + ": " + r.statusCode() + " " + value);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (session != null) call("DELETE", "/session/" + session, null);
        } catch (RuntimeException e) {
            // the driver is stopped below either way
        } finally {
            driver.destroy();
            try {
                if (!driver.waitFor(10, TimeUnit.SECONDS)) driver.destroyForcibly();
            } catch (InterruptedException e) {
                driver.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
