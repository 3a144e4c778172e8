import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.demo.DemoPortalServer;
import org.civiccatalog.harvest.demo.DemoRegion;
import org.civiccatalog.harvest.demo.DemoStandards;
import org.civiccatalog.harvest.http.HarvestHttpClient;
import org.civiccatalog.harvest.standards.CsvCache;
import org.civiccatalog.web.standards.StandardsRoutes;
import org.civiccatalog.web.standards.StandardsViews;

import io.javalin.Javalin;

/**
 * Open311 and LIVES serving (not a test: bench/open311.sh). Args: outDir requests inspections clients rounds.
 * The demo region's portals serve a generated MyLA311 CSV of {@code requests} rows and restaurant tables of
 * {@code inspections} inspections; the app fetches, caches and indexes them as {@code serve --demo} does. Times the
 * first requests.json (download + index build), then {@code clients} threads each asking {@code rounds} times for
 * requests.json (the default 90-day window: 1,000 requests, about 700 KB) and prints p50/p95/p99 and the heap after
 * a GC; then one LIVES zip.
 */
public class Open311Bench {
    public static void main(String[] a) throws Exception {
        Path out = Path.of(a[0]);
        int n = Integer.parseInt(a[1]), m = Integer.parseInt(a[2]), clients = Integer.parseInt(a[3]), rounds = Integer.parseInt(a[4]);
        LocalDate today = LocalDate.now(ZoneId.of("America/Los_Angeles"));
        DemoRegion region = DemoRegion.of(DemoRegion.DEFAULT_SEED, 120).withStandards(new DemoStandards(n, m, today));
        Path data = Files.createTempDirectory(out, "open311-");
        try (DemoPortalServer portals = DemoPortalServer.start(region, 0);
             TdbCatalogStore store = TdbCatalogStore.open(data.resolve("tdb"), "http://localhost:8080/")) {
            CsvCache cache = new CsvCache(data.resolve("standards"), HarvestHttpClient.builder().build().settings(), 8L << 30,
                    Duration.ofDays(1), Clock.systemUTC());
            StandardsViews views = StandardsViews.demo(region, portals, store, cache);
            Javalin app = Javalin.create(c -> {
                c.startup.showJavalinBanner = false;
                StandardsRoutes.register(c, views, "http://localhost:8080/", Clock.systemUTC(), data.resolve("index"), StandardsRoutes.RECHECK);
            }).start("127.0.0.1", 0);
            String url = "http://127.0.0.1:" + app.port() + "/open311/demo-city/v2/requests.json";
            HttpClient http = HttpClient.newBuilder().build();
            long t0 = System.nanoTime();
            HttpResponse<byte[]> first = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            long t1 = System.nanoTime();
            System.out.printf("first requests.json (fetch %d-row CSV, %s, + index): %.1f s, %d bytes, status %d%n", n,
                    human(Files.size(cache.cached(portals.local(region.standardsCsv(org.civiccatalog.harvest.demo.DemoTable.SERVICE_REQUESTS))).get().file())),
                    (t1 - t0) / 1e9, first.body().length, first.statusCode());
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap used after GC with the index loaded: %d MB (max %d MB)%n",
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
            for (int w = 0; w < 50; w++) http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
            List<Long> lat = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> fs = new ArrayList<>();
            long s0 = System.nanoTime();
            for (int c = 0; c < clients; c++) fs.add(pool.submit(() -> {
                HttpClient h = HttpClient.newBuilder().build();
                for (int r = 0; r < rounds; r++) {
                    long q0 = System.nanoTime();
                    HttpResponse<byte[]> res = h.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
                    if (res.statusCode() != 200) throw new IllegalStateException("status " + res.statusCode());
                    lat.add(System.nanoTime() - q0);
                }
                return null;
            }));
            for (Future<?> f : fs) f.get();
            long s1 = System.nanoTime();
            pool.shutdown();
            List<Long> sorted = new ArrayList<>(lat);
            Collections.sort(sorted);
            System.out.printf("requests.json, 90-day window, %d clients x %d: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f req/s%n",
                    clients, rounds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.size() / ((s1 - s0) / 1e9));
            String zip = "http://127.0.0.1:" + app.port() + "/lives/demo-county/lives.zip";
            for (int i = 0; i < 2; i++) {
                long z0 = System.nanoTime();
                HttpResponse<byte[]> z = http.send(HttpRequest.newBuilder(URI.create(zip)).build(), HttpResponse.BodyHandlers.ofByteArray());
                long z1 = System.nanoTime();
                System.out.printf("LIVES zip, %d inspections (%s): %.1f s, %s, status %d%n", m,
                        i == 0 ? "first: CSVs fetched" : "cached CSVs", (z1 - z0) / 1e9, human(z.body().length), z.statusCode());
            }
            app.stop();
        }
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    static String human(long bytes) {
        return bytes > 1 << 20 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
    }
}
