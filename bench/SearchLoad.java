import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark (not a test): N concurrent clients send a deterministic mix of searches to /search.json (or /search) on
 * a running catalog, each waiting for its answer before sending the next; prints latency percentiles overall and per
 * kind of search. Loopback only, bounded in count.
 * java bench/SearchLoad.java http://127.0.0.1:PORT CLIENTS WARMUP REQUESTS [search.json|search]
 */
public final class SearchLoad {
    static final String[] WORDS = ("permits housing transit budget payroll crime parks trees water air quality zoning parcels "
            + "inspections restaurants health schools libraries streets traffic parking citations graffiti elections "
            + "energy solar waste recycling fire police emergency bridges bikes buses flood drought wildfire").split(" ");
    static final String[] DEPTS = {"Public Works", "Transportation", "Police Department", "Planning", "Public Health", "Library"};
    static final String[] FORMATS = {"CSV", "JSON", "GeoJSON", "XLS"};
    static final String[] KINDS = {"one word", "two words", "word + department", "keyword + format, no words",
            "word + area", "word, by date", "word, page 3", "everything"};

    public static void main(String[] args) throws Exception {
        String root = args[0];
        int clients = Integer.parseInt(args[1]), warmup = Integer.parseInt(args[2]), requests = Integer.parseInt(args[3]);
        String path = args.length > 4 ? args[4] : "search.json";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        run(http, root, path, clients, warmup, new Random(1), null);
        Map<String, List<Long>> byKind = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        int errors = run(http, root, path, clients, requests, new Random(7), byKind);
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Long> all = new ArrayList<>();
        byKind.values().forEach(all::addAll);
        System.out.printf("%s, %d clients: %d requests in %.1f s (%.0f/s), %d errors%n", path, clients, all.size(), seconds,
                all.size() / seconds, errors);
        System.out.println("  all: " + percentiles(all));
        for (Map.Entry<String, List<Long>> e : new TreeMap<>(byKind).entrySet())
            System.out.println("  " + e.getKey() + ": " + percentiles(e.getValue()));
    }

    static int run(HttpClient http, String root, String path, int clients, int total, Random seed, Map<String, List<Long>> out)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger(), errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        long base = seed.nextLong();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < total) {
                        Random rnd = new Random(base + i);
                        int kind = i % KINDS.length;
                        String url = root + "/" + path + "?" + query(kind, rnd);
                        long s = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) errors.incrementAndGet();
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        long us = (System.nanoTime() - s) / 1000;
                        if (out != null) out.computeIfAbsent(KINDS[kind], k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(us);
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

    static String query(int kind, Random rnd) {
        String w = WORDS[rnd.nextInt(WORDS.length)], w2 = WORDS[rnd.nextInt(WORDS.length)];
        return switch (kind) {
            case 0 -> "q=" + w;
            case 1 -> "q=" + enc(w + " " + w2);
            case 2 -> "q=" + w + "&publisher=" + enc(DEPTS[rnd.nextInt(DEPTS.length)]);
            case 3 -> "keyword=" + w + "&format=" + FORMATS[rnd.nextInt(FORMATS.length)];
            case 4 -> "q=" + w + "&bbox=-118.5,33.9,-118.3,34.1";
            case 5 -> "q=" + w + "&sort=modified";
            case 6 -> "q=" + w + "&page=3";
            default -> "";
        };
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String percentiles(List<Long> micros) {
        long[] v = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        if (v.length == 0) return "no requests";
        return String.format("n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", v.length, at(v, 0.50), at(v, 0.95),
                at(v, 0.99), v[v.length - 1] / 1000.0);
    }

    static double at(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
    }
}
