package org.civiccatalog.harvest.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.commons.codec.digest.DigestUtils;
import org.civiccatalog.harvest.HarvestSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated portals of a {@link DemoRegion} on a real HTTP server bound to loopback (the JDK's server: the
 * harvest module does not depend on Javalin). Each portal's API is under {@code /{sourceId}/} ({@link PortalRoutes}).
 * Every answer carries an {@code ETag} (from the region's seed, size and content version and the request's path
 * and query) and a {@code Last-Modified} (the region's as-of date), and a conditional GET that matches gets
 * {@code 304 Not Modified}: a re-harvest transfers nothing. Large bodies are generated while they are sent
 * ({@link ResponseBody}).
 *
 * <pre>
 * try (DemoPortalServer portals = DemoPortalServer.start(DemoRegion.standard(), 0)) {   // 0: any free port
 *     harvest(portals.sources());
 * }
 * </pre>
 */
public final class DemoPortalServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.demo");
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final String NODELAY = "sun.net.httpserver.nodelay";
    private static final String LAST_MODIFIED = DateTimeFormatter.RFC_1123_DATE_TIME
            .format(RecordFactory.AS_OF.atZone(ZoneOffset.UTC));

    /** Requests answered since start, and how many of them were 304s. */
    public record Stats(long requests, long notModified) {}

    private final DemoRegion region;
    private final HttpServer server;
    private final ExecutorService executor;
    private final URI root;
    private final PortalRoutes routes;
    private final DemoLinks links = new DemoLinks();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();

    private DemoPortalServer(DemoRegion region, HttpServer server, ExecutorService executor) {
        this.region = region;
        this.server = server;
        this.executor = executor;
        this.root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        this.routes = new PortalRoutes(region, root);
    }

    /** Serves the region on 127.0.0.1:{@code port} ({@code 0}: a free port) until {@link #close}. */
    public static DemoPortalServer start(DemoRegion region, int port) {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0-65535, got " + port);
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK: some
        // 40 ms per request, which a Socrata harvest (one view per dataset) pays a thousand times. Read once, when
        // the JVM's first HttpServer starts; an explicit setting is left alone.
        if (System.getProperty(NODELAY) == null) System.setProperty(NODELAY, "true");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "demo-portal-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        DemoPortalServer s = new DemoPortalServer(region, server, executor);
        server.createContext("/", s::handle);
        server.start();
        LOG.info("Demo region of {} datasets served at {}", region.datasets(), s.root);
        return s;
    }

    /** {@code http://127.0.0.1:{port}/}. */
    public URI root() {
        return root;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public DemoRegion region() {
        return region;
    }

    /** The six portals as harvest sources pointing here (jurisdictions city, county, state); no schedule. */
    public List<HarvestSource> sources() {
        return region.sources(root);
    }

    public List<HarvestSource> sources(Optional<Duration> schedule) {
        return region.sources(root, schedule);
    }

    /**
     * Writes a sources file naming the six portals here and the region's standards views, for
     * {@code ./catalog harvest --sources FILE} (and {@code serve --sources FILE}).
     */
    public void writeSourcesFile(Path file, Optional<Duration> schedule) {
        DemoSources.write(sources(schedule), standardsEntries(), file);
    }

    /** The demo city's 311 requests served as Open311. */
    public static final String DEMO_CITY = DemoRegion.DEMO_CITY;
    /** The demo county's restaurant tables served as LIVES. */
    public static final String DEMO_COUNTY = DemoRegion.DEMO_COUNTY;

    /** The region's standards views, their CSVs served here ({@link DemoRegion#standardsEntries}). */
    public List<org.civiccatalog.harvest.standards.StandardsEntry> standardsEntries() {
        return region.standardsEntries(root);
    }

    /**
     * Where a URL of the region's metadata (on a portal's public host, e.g. a CSV distribution) is served here, as a
     * hosts file pointing the public names at loopback would; other URLs are returned as they are.
     */
    public URI local(URI publicUrl) {
        return local(root, publicUrl);
    }

    /** {@link #local(URI)} for a server at {@code root}. */
    static URI local(URI root, URI publicUrl) {
        for (DemoPortal p : DemoPortal.values())
            if (p.host().equalsIgnoreCase(publicUrl.getHost()))
                return URI.create(p.apiRoot(root) + publicUrl.getRawPath()
                        + (publicUrl.getRawQuery() == null ? "" : "?" + publicUrl.getRawQuery()));
        return publicUrl;
    }

    /**
     * Where the link checker should send requests for the region's public hosts, which do not resolve: here, under
     * {@code /_links/} ({@link org.civiccatalog.harvest.links.LinkSettings#routes()}). The files and pages answer as a
     * real region's do, a few of them broken, pending, moved or served as the wrong type.
     */
    public java.util.Map<String, URI> linkRoutes() {
        URI base = root.resolve(DemoLinks.PREFIX.substring(1));
        return java.util.Map.of(".demo-city.example.gov", base, ".demo-county.example.gov", base,
                ".demo-state.example.gov", base, "services.arcgis.example.com", base);
    }

    public Stats stats() {
        return new Stats(requests.get(), notModified.get());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) {
        requests.incrementAndGet();
        try {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                ex.sendResponseHeaders(405, -1);
                return;
            }
            URI uri = ex.getRequestURI();
            if (uri.getRawPath().startsWith(DemoLinks.PREFIX)) {
                links.handle(ex);
                return;
            }
            PortalRoutes.Answer a = routes.answer(uri.getRawPath(), uri.getRawQuery());
            ex.getResponseHeaders().set("Content-Type", a.contentType());
            if (a.cacheable()) {
                String etag = etag(uri);
                ex.getResponseHeaders().set("ETag", etag);
                ex.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
                ex.getResponseHeaders().set("Cache-Control", "no-cache");
                if (notModified(ex, etag)) {
                    notModified.incrementAndGet();
                    ex.sendResponseHeaders(304, -1);
                    return;
                }
            }
            if (method.equals("HEAD")) {
                ex.sendResponseHeaders(a.status(), -1);
                return;
            }
            ResponseBody out = new ResponseBody(ex, a.status());
            a.body().write(out);
            out.close();   // not on an exception: a body cut short must not go out as a whole one
        } catch (IOException | RuntimeException e) {
            // A client that went away, or a bug in a generator: the connection is closed, the client sees a cut body.
            LOG.warn("GET {} failed: {}", ex.getRequestURI(), e.toString());
        } finally {
            ex.close();
        }
    }

    /** Names the exact answer: the region (seed, size, content version) and the request's path and query. */
    private String etag(URI uri) {
        String what = region.contentTag() + " " + uri.getRawPath() + "?" + (uri.getRawQuery() == null ? "" : uri.getRawQuery());
        return "\"" + DigestUtils.sha256Hex(what).substring(0, 24) + "\"";
    }

    private static boolean notModified(HttpExchange ex, String etag) {
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        if (inm != null) {
            for (String t : inm.split(",")) {
                String tag = t.strip();
                if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) return true;
            }
            return false;
        }
        String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
        if (ims == null) return false;
        try {
            ZonedDateTime since = ZonedDateTime.parse(ims.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            return !RecordFactory.AS_OF.atZone(ZoneOffset.UTC).isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
