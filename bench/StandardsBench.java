import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.standards.Crosswalk;
import org.civiccatalog.core.standards.CrosswalkRun;
import org.civiccatalog.core.standards.CsvRows;
import org.civiccatalog.core.standards.FeedCheckReport;
import org.civiccatalog.core.standards.LivesChecker;
import org.civiccatalog.core.standards.LivesWriter;
import org.civiccatalog.core.standards.Open311Writer;
import org.civiccatalog.core.standards.RowWriter;
import org.civiccatalog.core.standards.StandardsRegistry;

/**
 * Crosswalk and writer throughput, streamed from generated CSV files on disk (not a test: bench/standards.sh).
 * Args: outDir requests inspections. Writes myla311-N.csv and lacounty-M/{inspections,violations,facilities}.csv
 * once, then times: MyLA311 -> Open311 requests JSON and XML (to a counting sink), LA County -> LIVES zip, the
 * LIVES checker on that zip; prints rows/s and the peak heap of each step (pool peaks, which include garbage not
 * yet collected: run with a small -Xmx, HEAP=128m, to see what the step needs).
 */
public class StandardsBench {
    static final String[] TYPES = {"Bulky Items", "Graffiti Removal", "Illegal Dumping Pickup", "Dead Animal Removal",
            "Metal/Household Appliances", "Electronic Waste", "Homeless Encampment", "Single Streetlight Issue"};
    static final String[] STATUS = {"Closed", "Open", "Pending", "Cancelled", "Forward"};

    public static void main(String[] a) throws Exception {
        Path out = Path.of(a[0]);
        int n = Integer.parseInt(a[1]);
        int m = Integer.parseInt(a[2]);
        Files.createDirectories(out);
        StandardsRegistry registry = StandardsRegistry.bundled(CatalogIris.of("http://localhost:8080/"));
        Path sr = out.resolve("myla311-" + n + ".csv");
        if (!Files.exists(sr)) myla311(sr, n);
        Path la = out.resolve("lacounty-" + m);
        if (!Files.exists(la.resolve("violations.csv"))) lacounty(la, m);

        report("generating the CSV files (first run only)", 0, System.nanoTime(), 0);
        Crosswalk my = Crosswalk.bundled("crosswalks/myla311-open311.json", registry);
        for (Open311Writer.Format f : Open311Writer.Format.values()) {
            long t0 = System.nanoTime();
            Counting sink = new Counting();
            CrosswalkRun.Stats s;
            try (RowWriter w = Open311Writer.writer(f, my.output("requests").file(), sink)) {
                s = new CrosswalkRun(my, in -> CsvRows.open(sr), Clock.systemUTC()).run("requests", w);
            }
            report("MyLA311 -> Open311 requests." + f.name().toLowerCase(Locale.ROOT), s.written(), t0, sink.bytes);
        }
        Crosswalk lives = Crosswalk.bundled("crosswalks/lacounty-restaurants-lives.json", registry);
        Path zip = out.resolve("lives-" + m + ".zip");
        long t0 = System.nanoTime();
        try (OutputStream os = Files.newOutputStream(zip)) {
            var stats = LivesWriter.zip(lives, new CrosswalkRun(lives, in -> CsvRows.open(la.resolve(in + ".csv")), Clock.systemUTC()), os);
            report("LA County -> LIVES zip (" + stats.get("inspections").written() + " inspections, "
                    + stats.get("violations").written() + " violations)", stats.get("inspections").written(), t0, Files.size(zip));
        }
        t0 = System.nanoTime();
        FeedCheckReport r = LivesChecker.of(registry).check(zip);
        long rows = r.rowCounts().values().stream().mapToLong(Long::longValue).sum();
        report("LIVES checker on that zip (" + r.errorCount() + " errors, " + r.warningCount() + " warnings)", rows, t0, 0);
    }

    /** Prints the step's figures, the peak heap since the last report (sum of the heap pools' peaks), and resets the peaks. */
    static void report(String what, long rows, long t0, long bytes) {
        double s = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
                pool.resetPeakUsage();
            }
        System.out.printf(Locale.ROOT, "%s: %d rows in %.2f s (%.0f rows/s)%s; peak heap %d MB%n", what, rows, s, rows / s,
                bytes > 0 ? String.format(Locale.ROOT, ", %.1f MB out", bytes / 1e6) : "", peak >> 20);
    }

    static void myla311(Path f, int n) throws Exception {
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("SRNumber,CreatedDate,UpdatedDate,ActionTaken,Owner,RequestType,Status,RequestSource,ClosedDate,Address,ZipCode,Latitude,Longitude,CD,NC\n");
            for (int i = 0; i < n; i++) {
                int day = i % 365, month = day / 31 + 1, dom = day % 28 + 1, hour = i % 12 + 1;
                String created = String.format(Locale.ROOT, "%02d/%02d/2024 %02d:%02d:00 %s", month, dom, hour, i % 60, i % 2 == 0 ? "AM" : "PM");
                String status = STATUS[i % STATUS.length];
                w.write("1-" + (3000000000L + i) + "," + created + "," + created + ",SR Created,BOS," + TYPES[i % TYPES.length] + ","
                        + status + ",Mobile App," + (status.equals("Closed") ? created : "") + ",\"" + (100 + i % 9000) + " W "
                        + (i % 120 + 1) + "TH ST\"," + (90001 + i % 90) + "," + (33.7 + (i % 1000) / 1000.0) + ","
                        + (-118.6 + (i % 700) / 1000.0) + "," + (i % 15 + 1) + "," + (i % 99 + 1) + "\n");
            }
        }
    }

    static void lacounty(Path dir, int m) throws Exception {
        Files.createDirectories(dir);
        int facilities = Math.max(1, m / 4);
        try (Writer w = Files.newBufferedWriter(dir.resolve("facilities.csv"), StandardCharsets.UTF_8)) {
            w.write("facility_id,facility_name,facility_address,facility_city,facility_state,facility_zip,facility_latitude,facility_longitude\n");
            for (int i = 0; i < facilities; i++)
                w.write(String.format(Locale.ROOT, "FA%07d,\"PLACE %d, INC.\",%d W MAIN ST,LOS ANGELES,CA,%d,%.4f,%.4f%n",
                        i, i, i % 9000 + 1, 90001 + i % 90, 33.7 + (i % 1000) / 1000.0, -118.6 + (i % 700) / 1000.0));
        }
        try (Writer ins = Files.newBufferedWriter(dir.resolve("inspections.csv"), StandardCharsets.UTF_8);
             Writer vio = Files.newBufferedWriter(dir.resolve("violations.csv"), StandardCharsets.UTF_8)) {
            ins.write("activity_date,facility_id,facility_name,service_description,score,grade,serial_number\n");
            vio.write("serial_number,violation_status,violation_code,violation_description,points\n");
            for (int i = 0; i < m; i++) {
                int score = 70 + i % 31;
                String serial = String.format(Locale.ROOT, "DA%07d", i);
                ins.write(String.format(Locale.ROOT, "%02d/%02d/2024,FA%07d,PLACE %d,%s,%d,%s,%s%n", i % 12 + 1, i % 28 + 1,
                        i % facilities, i % facilities, i % 5 == 0 ? "OWNER INITIATED ROUTINE INSPECT." : "ROUTINE INSPECTION",
                        score, score >= 90 ? "A" : score >= 80 ? "B" : "C", serial));
                for (int v = 0; v < 3; v++)
                    vio.write(serial + ",OUT OF COMPLIANCE,F0" + (10 + v * 7 + i % 5) + ",\"# " + (10 + v) + ". Food properly stored, labeled\"," + (v + 1) + "\n");
            }
        }
    }

    static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
