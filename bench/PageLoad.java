import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark (not a test): N concurrent clients ask for dataset pages of a running catalog, each waiting for its
 * answer before sending the next, over a random sample of the catalog's datasets (found through /sparql at random
 * offsets); prints latency percentiles per representation (the HTML page, and Turtle). Loopback only, bounded.
 * java bench/PageLoad.java http://127.0.0.1:PORT CLIENTS WARMUP REQUESTS DATASETS_IN_STORE [SAMPLE]
 */
public final class PageLoad {
    public static void main(String[] args) throws Exception {
        String root = args[0];
        int clients = Integer.parseInt(args[1]), warmup = Integer.parseInt(args[2]), requests = Integer.parseInt(args[3]);
        int datasets = Integer.parseInt(args[4]), sampleSize = args.length > 5 ? Integer.parseInt(args[5]) : 2000;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<String> sample = sample(http, root, datasets, sampleSize, new Random(11));
        System.out.println("sample: " + sample.size() + " dataset pages at random offsets among " + datasets);
        for (String suffix : List.of(".html", ".ttl")) {
            run(http, root, sample, suffix, clients, warmup, new Random(1), null);
            List<Long> out = Collections.synchronizedList(new ArrayList<>());
            long t0 = System.nanoTime();
            int errors = run(http, root, sample, suffix, clients, requests, new Random(7), out);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("dataset page %s, %d clients: %d requests in %.1f s (%.0f/s), %d errors: %s%n", suffix, clients,
                    out.size(), s, out.size() / s, errors, percentiles(out));
        }
    }

    /** Dataset paths ("/dataset/{source}/{key}") at random offsets of the store's datasets, 50 at each. */
    static List<String> sample(HttpClient http, String root, int datasets, int size, Random rnd) throws Exception {
        List<String> out = new ArrayList<>();
        while (out.size() < size) {
            int offset = rnd.nextInt(Math.max(1, datasets - 50));
            String q = "SELECT ?d WHERE { ?d a <http://www.w3.org/ns/dcat#Dataset> } OFFSET " + offset + " LIMIT 50";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(root + "/sparql?format=csv&query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException("/sparql: " + r.statusCode() + " " + r.body());
            List<String> rows = r.body().lines().skip(1).map(String::strip).filter(l -> l.contains("/dataset/")).toList();
            if (rows.isEmpty()) throw new IllegalStateException("no datasets at offset " + offset);
            for (String iri : rows) out.add(iri.substring(iri.indexOf("/dataset/")));
        }
        return out.subList(0, size);
    }

    static int run(HttpClient http, String root, List<String> sample, String suffix, int clients, int total, Random seed,
                   List<Long> out) throws InterruptedException {
        AtomicInteger next = new AtomicInteger(), errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        long base = seed.nextLong();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < total) {
                        String url = root + sample.get(new Random(base + i).nextInt(sample.size())) + suffix;
                        long s = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) errors.incrementAndGet();
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        if (out != null) out.add((System.nanoTime() - s) / 1000);
                    }
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        return errors.get();
    }

    static String percentiles(List<Long> micros) {
        long[] v = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        if (v.length == 0) return "no requests";
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", at(v, 0.50), at(v, 0.95), at(v, 0.99),
                v[v.length - 1] / 1000.0);
    }

    static double at(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
    }
}
