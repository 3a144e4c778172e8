import java.lang.management.ManagementFactory;
import java.util.List;

import org.civiccatalog.core.store.TdbCatalogStore;

/**
 * Benchmark (not a test): the CPU time of reading every source's record states, as a harvest does before its first
 * source (one pass) and as it did before (one read per source). Usage: java -cp UBER_JAR bench/RecordStatesBench.java
 * DATA_DIR SOURCE_ID... ; prints per round wall and thread CPU ms.
 */
public class RecordStatesBench {
    public static void main(String[] args) {
        var bean = ManagementFactory.getThreadMXBean();
        List<String> ids = List.of(args).subList(1, args.length);
        try (var store = TdbCatalogStore.open(java.nio.file.Path.of(args[0]), "http://localhost:8080/")) {
            for (int round = 1; round <= 5; round++) {
                long c0 = bean.getCurrentThreadCpuTime(), t0 = System.nanoTime();
                int n = store.recordStates(ids).values().stream().mapToInt(java.util.Map::size).sum();
                long c1 = bean.getCurrentThreadCpuTime(), t1 = System.nanoTime();
                int m = 0;
                for (String id : ids) m += store.recordStates(id).size();
                long c2 = bean.getCurrentThreadCpuTime(), t2 = System.nanoTime();
                System.out.printf("round %d: one pass %d records %.0f ms wall %.0f ms CPU; per source %d records %.0f ms wall %.0f ms CPU%n",
                        round, n, (t1 - t0) / 1e6, (c1 - c0) / 1e6, m, (t2 - t1) / 1e6, (c2 - c1) / 1e6);
            }
        }
    }
}
