package org.civiccatalog.harvest.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The city's service requests, MyLA311 style: row {@code i} is generated from (seed, i) alone, so the CSV is
 * written while it is sent and the ground truth is computed by generating the rows again, never by holding them.
 * Requests are made in the year before the as-of day (local time, the city's), in no particular order, as an
 * export is.
 */
public final class ServiceRequestTable {
    /** MyLA311's export format for dates: local time, 12-hour clock. */
    static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);
    private static final long SALT = 0x311_311L;
    /** Request type, owner, relative weight: the mix of LA's busiest request types. */
    private static final List<String[]> TYPES = List.of(
            new String[] {"Bulky Items", "BOS", "30"}, new String[] {"Graffiti Removal", "OCB", "18"},
            new String[] {"Illegal Dumping Pickup", "BOS", "12"}, new String[] {"Metal/Household Appliances", "BOS", "8"},
            new String[] {"Electronic Waste", "BOS", "6"}, new String[] {"Homeless Encampment", "LASAN", "8"},
            new String[] {"Single Streetlight Issue", "BSL", "5"}, new String[] {"Multiple Streetlight Issue", "BSL", "2"},
            new String[] {"Dead Animal Removal", "BOS", "4"}, new String[] {"Report Water Waste", "LADWP", "2"},
            new String[] {"Feedback", "ITA", "2"}, new String[] {"Other", "ITA", "3"});
    private static final int TOTAL_WEIGHT = TYPES.stream().mapToInt(t -> Integer.parseInt(t[2])).sum();
    private static final List<String> SOURCES = List.of("Mobile App", "Call", "Self Service", "Email", "Driver Self Report");
    private static final List<String> STREETS = List.of("MAIN ST", "BROADWAY", "FIGUEROA ST", "SUNSET BLVD", "VERMONT AVE",
            "WESTERN AVE", "PICO BLVD", "OLYMPIC BLVD", "VENTURA BLVD", "CRENSHAW BLVD", "SEPULVEDA BLVD", "WILSHIRE BLVD");
    private static final List<String> ZIPS = List.of("95811", "95814", "95815", "95816", "95817", "95818", "95819",
            "95820", "95821", "95822", "95823", "95824", "95825", "95826", "95831", "95834");

    /** One generated request, as the ground truth sees it (before any crosswalk). */
    public record ServiceRequest(String srNumber, LocalDateTime created, LocalDateTime updated, LocalDateTime closed,
                                 String requestType, String status, String owner, String address, String zip,
                                 double latitude, double longitude) {}

    private final long seed;
    private final DemoStandards size;

    ServiceRequestTable(long seed, DemoStandards size) {
        this.seed = seed;
        this.size = size;
    }

    ServiceRequest row(int i) {
        SplittableRandom rng = new SplittableRandom(Ids.mix(Ids.mix(seed ^ SALT) ^ (i * 0xBF58476D1CE4E5B9L)));
        LocalDateTime end = size.asOf().atStartOfDay();
        LocalDateTime created = end.minusSeconds(1 + rng.nextLong(365L * 24 * 3600));
        int w = rng.nextInt(TOTAL_WEIGHT);
        String[] type = TYPES.get(TYPES.size() - 1);
        for (String[] t : TYPES) {
            w -= Integer.parseInt(t[2]);
            if (w < 0) {
                type = t;
                break;
            }
        }
        long ageDays = java.time.Duration.between(created, end).toDays();
        int s = rng.nextInt(100);
        // Old requests are mostly closed; recent ones still open or pending.
        String status = s < 3 ? "Cancelled" : s < (ageDays > 30 ? 90 : 45) ? "Closed" : s < 93 ? "Open" : s < 97 ? "Pending" : "Forward";
        LocalDateTime updated = created.plusSeconds(rng.nextLong(Math.max(1, Math.min(30L * 24 * 3600,
                java.time.Duration.between(created, end).getSeconds()))));
        LocalDateTime closed = status.equals("Closed") ? updated : null;
        String address = (100 + rng.nextInt(19_900)) + " " + STREETS.get(rng.nextInt(STREETS.size()));
        String zip = ZIPS.get(rng.nextInt(ZIPS.size()));
        // Inside the demo city's bounding box (RecordFactory.boundingBox), to five decimals as MyLA311 writes them.
        double lat = Math.round((38.4370 + rng.nextDouble() * (38.6850 - 38.4370)) * 1e5) / 1e5;
        double lon = Math.round((-121.5630 + rng.nextDouble() * (-121.3620 + 121.5630)) * 1e5) / 1e5;
        return new ServiceRequest("1-" + (2_600_000_000L + 7L * i + rng.nextInt(7)), created, updated, closed, type[0],
                status, type[1], address, zip, lat, lon);
    }

    void forEach(Consumer<ServiceRequest> sink) {
        for (int i = 0; i < size.serviceRequests(); i++) sink.accept(row(i));
    }

    void writeCsv(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                .setHeader(DemoTable.SERVICE_REQUESTS.header().toArray(String[]::new)).get());
        List<Object> v = new ArrayList<>(16);
        for (int i = 0; i < size.serviceRequests(); i++) {
            ServiceRequest r = row(i);
            v.clear();
            v.add(r.srNumber());
            v.add(CSV_TIME.format(r.created()));
            v.add(CSV_TIME.format(r.updated()));
            v.add(r.status().equals("Closed") ? "SR Closed" : r.status().equals("Cancelled") ? "SR Cancelled" : "SR Created");
            v.add(r.owner());
            v.add(r.requestType());
            v.add(r.status());
            v.add(SOURCES.get((int) Math.floorMod(Ids.mix(i), SOURCES.size())));
            v.add(r.owner() + " - " + (1 + Math.floorMod(i, 9)));
            v.add(r.closed() == null ? "" : CSV_TIME.format(r.closed()));
            v.add(r.address());
            v.add(r.zip());
            v.add(r.latitude());
            v.add(r.longitude());
            v.add(1 + Math.floorMod(i, 15));
            p.printRecord(v);
        }
        p.flush();
        w.flush();
    }
}
