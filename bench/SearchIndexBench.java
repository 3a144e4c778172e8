import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.civiccatalog.core.search.CatalogSearch;
import org.civiccatalog.core.search.QualityScores;
import org.civiccatalog.core.search.SearchQuery;
import org.civiccatalog.core.store.TdbCatalogStore;

/**
 * Benchmark (not a test): builds the search index of an existing store, in memory and on disk, a few times each,
 * and prints how long each build took, the index's size on disk and the heap in use after an in-memory build.
 * Run with the uber jar on the class path: java -cp web/target/web-*-uber.jar bench/SearchIndexBench.java DATA_DIR [RUNS]
 */
public final class SearchIndexBench {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (TdbCatalogStore store = TdbCatalogStore.open(data, null)) {
            System.out.println("store: " + store.countDatasets() + " datasets, " + store.countListedDatasets() + " listed");
            for (int i = 1; i <= runs; i++) {
                try (CatalogSearch s = CatalogSearch.inMemory(store, QualityScores.NONE)) {
                    long t0 = System.nanoTime();
                    s.refresh();
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    System.gc();
                    long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
                    System.out.println("in memory, build " + i + ": " + ms + " ms, " + s.search(SearchQuery.all()).total()
                            + " datasets indexed, heap in use after GC " + heap + " MB");
                }
            }
            Path dir = Files.createTempDirectory("search-bench");
            for (int i = 1; i <= runs; i++) {
                try (CatalogSearch s = CatalogSearch.onDisk(store, QualityScores.NONE, dir.resolve("run" + i))) {
                    long t0 = System.nanoTime();
                    s.refresh();
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    System.out.println("on disk, build " + i + ": " + ms + " ms, index " + (size(dir.resolve("run" + i)) >> 20) + " MB");
                }
                long t0 = System.nanoTime();
                try (CatalogSearch again = CatalogSearch.onDisk(store, QualityScores.NONE, dir.resolve("run" + i))) {
                    long n = again.search(SearchQuery.text("parks")).total();
                    System.out.println("on disk, reopened and first search answered in " + (System.nanoTime() - t0) / 1_000_000
                            + " ms (" + n + " hits for parks)");
                }
            }
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
