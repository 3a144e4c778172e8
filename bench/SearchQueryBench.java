import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.civiccatalog.core.search.BoundingBox;
import org.civiccatalog.core.search.CatalogSearch;
import org.civiccatalog.core.search.Facet;
import org.civiccatalog.core.search.QualityScores;
import org.civiccatalog.core.search.SearchQuery;
import org.civiccatalog.core.search.SearchSort;
import org.civiccatalog.core.store.TdbCatalogStore;

/**
 * Benchmark (not a test): the CPU time of one search (thread CPU time, so that other work on the machine does not
 * count), without HTTP, on one thread: builds the index of an existing store in memory (or opens the one kept in
 * -Dbench.index=DIR), then runs SearchLoad's mix of searches (answers not kept: run with
 * -Dciviccatalog.search.cachedResults=0) and prints the mean and p95 per kind. With ANSWERS_FILE, first writes the
 * answers of 1,200 searches to it, to compare two versions of the search.
 * java -Dciviccatalog.search.cachedResults=0 -cp web/target/web-*-uber.jar bench/SearchQueryBench.java DATA_DIR [SEARCHES [ANSWERS_FILE]]
 */
public final class SearchQueryBench {
    /** CPU time, not wall-clock time: the machine is shared, and this is what a search costs whatever the load. */
    static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    static final String[] WORDS = ("permits housing transit budget payroll crime parks trees water air quality zoning parcels "
            + "inspections restaurants health schools libraries streets traffic parking citations graffiti elections "
            + "energy solar waste recycling fire police emergency bridges bikes buses flood drought wildfire").split(" ");
    static final String[] DEPTS = {"Public Works", "Transportation", "Police Department", "Planning", "Public Health", "Library"};
    static final String[] FORMATS = {"CSV", "JSON", "GeoJSON", "XLS"};
    static final String[] KINDS = {"one word", "two words", "word + department", "keyword + format, no words",
            "word + area", "word, by date", "word, page 3", "everything"};

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        try (TdbCatalogStore store = TdbCatalogStore.open(data, null);
             CatalogSearch s = System.getProperty("bench.index") == null ? CatalogSearch.inMemory(store, QualityScores.NONE)
                     : CatalogSearch.onDisk(store, QualityScores.NONE, Path.of(System.getProperty("bench.index")))) {
            long t0 = System.nanoTime();
            s.refresh();
            System.out.printf("index built or opened in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            if (args.length > 2) { // the answers themselves, to compare two versions of the search
                try (java.io.PrintWriter out = new java.io.PrintWriter(args[2], "UTF-8")) {
                    Random seed = new Random(3);
                    for (int i = 0; i < 400; i++) {
                        SearchQuery q = query(i % KINDS.length, new Random(seed.nextLong()));
                        for (SearchQuery x : List.of(q, q.withSort(SearchSort.TITLE), q.withSort(SearchSort.MODIFIED).withPage(2, 50))) {
                            var r = s.search(x);
                            out.println(x + " total=" + r.total());
                            r.hits().forEach(h -> out.println("  " + h.iri() + " " + h.score() + " " + h.snippet().length()));
                            r.facets().forEach((f, c) -> out.println("  " + f + " " + c));
                        }
                    }
                }
            }
            for (int round = 0; round < 2; round++) {
                Map<String, List<Long>> byKind = new TreeMap<>();
                Random seed = new Random(round);
                for (int i = 0; i < n; i++) {
                    int kind = i % KINDS.length;
                    SearchQuery q = query(kind, new Random(seed.nextLong()));
                    long s0 = CPU.getCurrentThreadCpuTime();
                    s.search(q);
                    byKind.computeIfAbsent(KINDS[kind], k -> new ArrayList<>()).add((CPU.getCurrentThreadCpuTime() - s0) / 1000);
                }
                List<Long> all = new ArrayList<>();
                byKind.values().forEach(all::addAll);
                System.out.println((round == 0 ? "warm-up" : "measured") + ", all: " + stats(all));
                if (round == 1) byKind.forEach((k, v) -> System.out.println("  " + k + ": " + stats(v)));
            }
        }
    }

    static SearchQuery query(int kind, Random rnd) {
        String w = WORDS[rnd.nextInt(WORDS.length)], w2 = WORDS[rnd.nextInt(WORDS.length)];
        return switch (kind) {
            case 0 -> SearchQuery.text(w);
            case 1 -> SearchQuery.text(w + " " + w2);
            case 2 -> SearchQuery.text(w).with(Facet.PUBLISHER, DEPTS[rnd.nextInt(DEPTS.length)]);
            case 3 -> SearchQuery.all().with(Facet.KEYWORD, w).with(Facet.FORMAT, FORMATS[rnd.nextInt(FORMATS.length)]);
            case 4 -> SearchQuery.text(w).withBbox(new BoundingBox(-118.5, 33.9, -118.3, 34.1));
            case 5 -> SearchQuery.text(w).withSort(SearchSort.MODIFIED);
            case 6 -> SearchQuery.text(w).withPage(3, SearchQuery.DEFAULT_PAGE_SIZE);
            default -> SearchQuery.all();
        };
    }

    static String stats(List<Long> micros) {
        long[] v = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        double mean = java.util.Arrays.stream(v).average().orElse(0) / 1000;
        return String.format("n=%d mean %.2f ms, p50 %.2f ms, p95 %.2f ms, max %.2f ms", v.length, mean,
                v[v.length / 2] / 1000.0, v[(int) Math.ceil(0.95 * v.length) - 1] / 1000.0, v[v.length - 1] / 1000.0);
    }
}
