package org.civiccatalog.harvest.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The county's restaurant tables, LA County style: a facility inventory, inspections (scores 70-100, grades A/B/C)
 * and their violations, linked by facility_id and serial_number. A few inspected facilities have closed since and
 * are not in the inventory, as in the real data. Every row is generated from (seed, table, i) alone.
 */
public final class RestaurantTables {
    static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);
    private static final long SALT = 0x11FE5L;
    private static final List<String> NAMES = List.of("TACOS", "PHO", "CAFE", "PIZZA", "SUSHI", "BAKERY", "DELI",
            "BURGERS", "THAI KITCHEN", "DONUTS", "MARKET", "GRILL", "NOODLE HOUSE", "BBQ", "JUICE BAR");
    private static final List<String> OWNERS = List.of("GARCIA", "NGUYEN", "KIM", "LOPEZ", "PATEL", "SMITH", "CHEN",
            "MARTINEZ", "RIVERA", "JOHNSON");
    private static final List<String> CITIES = List.of("DEMO CITY", "RIVER TOWN", "OAK VALLEY", "LAKESIDE");
    private static final List<String[]> VIOLATIONS = List.of(
            new String[] {"F023", "# 23. Hot and cold water available"},
            new String[] {"F033", "# 33. Nonfood-contact surfaces clean and in good repair"},
            new String[] {"F035", "# 35. Equipment/Utensils - approved; installed; clean; good repair, capacity"},
            new String[] {"F036", "# 36. Equipment, utensils and linens: storage and use"},
            new String[] {"F040", "# 40. Plumbing: Plumbing in good repair, proper backflow devices"},
            new String[] {"F044", "# 44. Floors, walls and ceilings: properly built, maintained in good repair and clean"},
            new String[] {"F014", "# 14. Food contact surfaces: clean and sanitized"},
            new String[] {"F007", "# 07. Proper hot and cold holding temperatures"});

    /** A facility of the inventory. */
    public record Facility(String id, String name, String address, String city, String zip, double latitude, double longitude) {}

    /** An inspection; {@code listed}: of a facility in the inventory. */
    public record Inspection(String serialNumber, String facilityId, boolean listed, LocalDate date, String service,
                             int score, String grade, int violations) {}

    private final long seed;
    private final DemoStandards size;

    RestaurantTables(long seed, DemoStandards size) {
        this.seed = seed;
        this.size = size;
    }

    /** Facilities of the inventory: about a third as many as inspections. */
    int facilities() {
        return Math.max(1, size.inspections() / 3);
    }

    /** Inspected facilities closed since, not in the inventory: one in fifty. */
    int closedFacilities() {
        return Math.max(1, facilities() / 50);
    }

    private SplittableRandom rng(int table, int i) {
        return new SplittableRandom(Ids.mix(Ids.mix(Ids.mix(seed ^ SALT) ^ table) ^ (i * 0xBF58476D1CE4E5B9L)));
    }

    static String facilityId(int f) {
        return String.format(Locale.ROOT, "FA%07d", 100_000 + 13 * f);
    }

    Facility facility(int f) {
        SplittableRandom rng = rng(1, f);
        String name = OWNERS.get(rng.nextInt(OWNERS.size())) + "'S " + NAMES.get(rng.nextInt(NAMES.size()));
        String address = (10 + rng.nextInt(9_990)) + " " + List.of("W", "E", "N", "S").get(rng.nextInt(4)) + " "
                + List.of("FIRST", "SECOND", "THIRD", "MAPLE", "OAK", "ELM", "LAKE", "HILL").get(rng.nextInt(8)) + " ST";
        double lat = Math.round((38.0190 + rng.nextDouble() * (38.7360 - 38.0190)) * 1e6) / 1e6;
        double lon = Math.round((-121.8620 + rng.nextDouble() * (-121.0270 + 121.8620)) * 1e6) / 1e6;
        return new Facility(facilityId(f), name, address, CITIES.get(rng.nextInt(CITIES.size())),
                "958" + (10 + rng.nextInt(40)), lat, lon);
    }

    Inspection inspection(int i) {
        SplittableRandom rng = rng(2, i);
        int f = rng.nextInt(facilities() + closedFacilities());
        LocalDate date = size.asOf().minusDays(1 + rng.nextInt(365));
        int kind = rng.nextInt(20);
        String service = kind < 16 ? "ROUTINE INSPECTION" : kind < 18 ? "OWNER INITIATED ROUTINE INSPECT." : "RE-INSPECTION";
        int g = rng.nextInt(100);
        int score = g < 80 ? 90 + rng.nextInt(11) : g < 95 ? 80 + rng.nextInt(10) : 70 + rng.nextInt(10);
        String grade = score >= 90 ? "A" : score >= 80 ? "B" : "C";
        int violations = score == 100 ? 0 : Math.min(4, (100 - score + 2) / 5);
        return new Inspection(String.format(Locale.ROOT, "DA%07d", 1_000_000 + 7 * i), facilityId(f), f < facilities(),
                date, service, score, grade, violations);
    }

    void forEachFacility(Consumer<Facility> sink) {
        for (int f = 0; f < facilities(); f++) sink.accept(facility(f));
    }

    void forEachInspection(Consumer<Inspection> sink) {
        for (int i = 0; i < size.inspections(); i++) sink.accept(inspection(i));
    }

    void writeCsv(DemoTable table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(table.header().toArray(String[]::new)).get());
        switch (table) {
            case FACILITIES -> {
                for (int f = 0; f < facilities(); f++) {
                    Facility x = facility(f);
                    p.printRecord(x.id(), x.name(), x.address(), x.city(), "CA", x.zip(), x.latitude(), x.longitude());
                }
            }
            case INSPECTIONS -> {
                for (int i = 0; i < size.inspections(); i++) {
                    Inspection x = inspection(i);
                    p.printRecord(CSV_DATE.format(x.date()), "OW" + x.facilityId().substring(2), x.facilityId(),
                            x.listed() ? facility(indexOf(x.facilityId())).name() : "CLOSED FACILITY " + x.facilityId(),
                            "RESTAURANT (31-60) SEATS HIGH RISK", x.service(), x.score(), x.grade(), x.serialNumber(),
                            "EE0000" + (100 + Math.floorMod(i, 50)));
                }
            }
            case VIOLATIONS -> {
                for (int i = 0; i < size.inspections(); i++) {
                    Inspection x = inspection(i);
                    SplittableRandom rng = rng(3, i);
                    for (int v = 0; v < x.violations(); v++) {
                        String[] code = VIOLATIONS.get(rng.nextInt(VIOLATIONS.size()));
                        p.printRecord(x.serialNumber(), "OUT OF COMPLIANCE", code[0], code[1], 1 + rng.nextInt(4));
                    }
                }
            }
            default -> throw new IllegalArgumentException(table + " is not a restaurant table");
        }
        p.flush();
        w.flush();
    }

    private static int indexOf(String facilityId) {
        return (Integer.parseInt(facilityId.substring(2)) - 100_000) / 13;
    }
}
