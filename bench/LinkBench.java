import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

import org.civiccatalog.core.imports.CatalogImporter;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.links.LinkChecker;
import org.civiccatalog.harvest.links.LinkRole;
import org.civiccatalog.harvest.links.LinkRunReport;
import org.civiccatalog.harvest.links.LinkSettings;
import org.civiccatalog.harvest.links.LinkTarget;

import com.sun.net.httpserver.HttpServer;

/**
 * Benchmark (not a test): link checks per second against loopback servers on HOSTS addresses (127.0.0.1,
 * 127.0.0.2, ...; each counts as one host for politeness), every URL answering 200 text/csv.
 *   1. politeness on (the defaults: 2 requests in flight and 1 s between requests per host, robots.txt read): N_ON URLs;
 *   2. politeness off (no per-host limit or interval, no robots.txt): N_OFF URLs, checks only;
 *   3. politeness off, the whole run over a TDB2 store: N_OFF datasets with one downloadURL each, imported, then
 *      LinkChecker.run(store): collecting the URLs, checking, and storing every check (batches of 500).
 * Run with the uber jar on the class path: java -cp web/target/web-*-uber.jar bench/LinkBench.java [N_ON [N_OFF [HOSTS [CONCURRENCY]]]]
 */
public final class LinkBench {
    public static void main(String[] args) throws Exception {
        int nOn = args.length > 0 ? Integer.parseInt(args[0]) : 80;
        int nOff = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int hosts = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        List<HttpServer> servers = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(16);
        int port = 0;
        byte[] body = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        for (int h = 1; h <= hosts; h++) {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0." + h), port), 256);
            s.createContext("/", x -> {
                x.getResponseHeaders().add("Content-Type", "text/csv");
                boolean head = x.getRequestMethod().equals("HEAD");
                boolean robots = x.getRequestURI().getPath().equals("/robots.txt");
                x.sendResponseHeaders(robots ? 404 : 200, head || robots ? -1 : body.length);
                if (!head && !robots) x.getResponseBody().write(body);
                x.close();
            });
            s.setExecutor(pool);
            s.start();
            port = s.getAddress().getPort();
            servers.add(s);
        }
        try {
            LinkSettings base = LinkSettings.builder().allowLoopback(true).globalConcurrency(concurrency).build();
            System.out.printf("%d loopback hosts, global concurrency %d, %d cores, %s%n", hosts, concurrency,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
            LinkChecker warm = new LinkChecker(base.toBuilder().politenessOff().build());
            warm.check(urls(Math.min(500, nOff), hosts, port));
            rate("politeness on (2 per host, 1 s interval, robots.txt)", new LinkChecker(base), urls(nOn, hosts, port));
            rate("politeness off, checks only", new LinkChecker(base.toBuilder().politenessOff().build()), urls(nOff, hosts, port));
            Path dir = Files.createTempDirectory("linkbench");
            try (TdbCatalogStore store = TdbCatalogStore.open(dir, "http://bench.test/")) {
                Path json = dir.resolve("bench.json");
                Files.writeString(json, dataJson(nOff, hosts, port));
                new CatalogImporter(store).importFiles(new SourceInfo("bench", "bench", "datajson", Optional.empty(),
                        Optional.empty(), Optional.empty()), List.of(json));
                LinkRunReport r = new LinkChecker(base.toBuilder().politenessOff().build()).run(store);
                System.out.printf("politeness off, run over the store (collect, check, store %d checks): %d URLs in %.2f s = %.0f URLs/s%n",
                        r.checked(), r.checked(), r.elapsed().toMillis() / 1000.0, r.rate());
            }
        } finally {
            servers.forEach(s -> s.stop(0));
            pool.shutdownNow();
        }
    }

    static void rate(String label, LinkChecker checker, Map<String, List<LinkTarget>> urls) {
        long t0 = System.nanoTime();
        var checks = checker.check(urls);
        double s = (System.nanoTime() - t0) / 1e9;
        long ok = checks.stream().filter(c -> c.outcome().name().equals("OK")).count();
        System.out.printf("%s: %d URLs (%d ok) in %.2f s = %.1f URLs/s%n", label, urls.size(), ok, s, urls.size() / s);
    }

    static String url(int i, int hosts, int port) {
        return "http://127.0.0." + (1 + i % hosts) + ":" + port + "/files/" + i + ".csv";
    }

    static Map<String, List<LinkTarget>> urls(int n, int hosts, int port) {
        Map<String, List<LinkTarget>> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String u = url(i, hosts, port) + "?n=" + System.nanoTime();
            m.put(u, List.of(LinkTarget.of(URI.create(u), LinkRole.DOWNLOAD_URL, "http://bench.test/d/" + i)));
        }
        return m;
    }

    static String dataJson(int n, int hosts, int port) {
        StringBuilder sb = new StringBuilder("{\"conformsTo\": \"https://project-open-data.cio.gov/v1.1/schema\", \"dataset\": [");
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(',');
            sb.append("{\"identifier\": \"d").append(i).append("\", \"title\": \"Dataset ").append(i)
              .append("\", \"description\": \"d\", \"keyword\": [\"k\"], \"modified\": \"2026-11-01\", \"accessLevel\": \"public\",")
              .append(" \"publisher\": {\"name\": \"P\"}, \"contactPoint\": {\"fn\": \"C\", \"hasEmail\": \"mailto:c@example.gov\"},")
              .append(" \"distribution\": [{\"downloadURL\": \"").append(url(i, hosts, port)).append("\", \"mediaType\": \"text/csv\"}]}");
        }
        return sb.append("]}").toString();
    }
}
