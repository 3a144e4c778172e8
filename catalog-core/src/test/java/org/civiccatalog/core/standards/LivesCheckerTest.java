package org.civiccatalog.core.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Lexington-Fayette County LIVES feed passes the checker; a copy broken on purpose fails with exactly its defects. */
class LivesCheckerTest {
    static final Path LEXINGTON = Fixtures.fixture("lives/lexington-ky");
    static final LivesChecker CHECKER = LivesChecker.of(StandardsRegistry.bundled(CatalogIris.of("https://catalog.example.gov/")));

    @TempDir
    Path dir;

    /** Data rows of a file by counting its lines (these files hold no line break inside a value). */
    static long dataLines(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).count() - 1;
        }
    }

    @Test
    void the_lexington_feed_passes_with_warnings_for_its_dates_and_the_missing_postal_code() throws IOException {
        FeedCheckReport r = CHECKER.check(LEXINGTON);
        assertThat(r.errors()).isEmpty();
        assertThat(r.passes()).isTrue();
        long inspections = dataLines(LEXINGTON.resolve("inspections.csv"));
        long violations = dataLines(LEXINGTON.resolve("violations.csv"));
        assertThat(r.rowCounts()).containsExactly(Map.entry("businesses.csv", dataLines(LEXINGTON.resolve("businesses.csv"))),
                Map.entry("inspections.csv", inspections), Map.entry("violations.csv", violations), Map.entry("feed_info.csv", 1L));
        // every date of inspections.csv and violations.csv is M/D/YY (SOURCES.md), and businesses.csv has no postal_code
        assertThat(r.warningCount()).isEqualTo(inspections + violations + 1);
        assertThat(r.findings().get(0).toString())
                .isEqualTo("businesses.csv, postal_code: missing-recommended-column: recommended column 'postal_code' is missing");
        assertThat(r.findings().get(1).toString())
                .isEqualTo("inspections.csv row 1, date: date-format: '11/12/15' is not YYYYMMDD (read as 2015-11-12)");
    }

    @Test
    void a_broken_copy_fails_with_exactly_its_defects_as_a_directory_and_as_a_zip() throws IOException {
        Path broken = Files.createDirectory(dir.resolve("broken"));
        List<String> businesses = Files.readAllLines(LEXINGTON.resolve("businesses.csv"));
        assertThat(businesses.get(3)).startsWith("65440,1ST.  BASE CONCESSION,");
        businesses.set(3, businesses.get(3).replace("1ST.  BASE CONCESSION", ""));          // row 3: no name
        Files.write(broken.resolve("businesses.csv"), businesses);
        List<String> inspections = Files.readAllLines(LEXINGTON.resolve("inspections.csv"));
        assertThat(inspections.subList(1, 3)).containsExactly("67372,94,11/12/15", "67372,82,6/20/16");
        inspections.set(1, "67372,101,11/12/15");                                            // row 1: score above 100
        inspections.set(2, "67372,82,13/45/16");                                             // row 2: no such date
        Files.write(broken.resolve("inspections.csv"), inspections);
        List<String> violations = new ArrayList<>(Files.readAllLines(LEXINGTON.resolve("violations.csv")));
        // the violations of the inspection whose date is now broken lose their inspection
        List<Long> orphaned = new ArrayList<>();
        for (int i = 1; i < violations.size(); i++) if (violations.get(i).startsWith("67372,6/20/16,")) orphaned.add((long) i);
        assertThat(orphaned).isNotEmpty();
        violations.add("999999999,11/12/15,1,Standard not met.");                            // last row: unknown business
        long lastRow = violations.size() - 1;
        Files.write(broken.resolve("violations.csv"), violations);
        // feed_info.csv left out

        List<String> expected = new ArrayList<>();
        expected.add("businesses.csv row 3, name: null-required");
        expected.add("inspections.csv row 1, score: out-of-range");
        expected.add("inspections.csv row 2, date: bad-date");
        for (long row : orphaned) expected.add("violations.csv row " + row + ", date: unknown-inspection");
        expected.add("violations.csv row " + lastRow + ", business_id: unknown-reference");
        expected.add("violations.csv row " + lastRow + ", date: unknown-inspection");
        expected.add("feed_info.csv: missing-file");

        FeedCheckReport r = CHECKER.check(broken);
        assertThat(r.passes()).isFalse();
        assertThat(r.errors()).extracting(f -> f.toString().replaceFirst(": [^:]*$", "")).containsExactlyElementsOf(expected);
        assertThat(r.errorCount()).isEqualTo(expected.size());
        assertThat(r.errors().get(1).value()).isEqualTo("101");

        Path zip = dir.resolve("broken.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String f : List.of("violations.csv", "inspections.csv", "businesses.csv")) {   // any order in the zip
                z.putNextEntry(new ZipEntry(f));
                Files.copy(broken.resolve(f), z);
                z.closeEntry();
            }
        }
        assertThat(CHECKER.check(zip).errors()).extracting(f -> f.toString().replaceFirst(": [^:]*$", ""))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void the_lexington_feed_zipped_passes_too() throws IOException {
        Path zip = dir.resolve("lexington.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            try (var files = Files.list(LEXINGTON)) {
                for (Path f : files.sorted().toList()) {
                    z.putNextEntry(new ZipEntry(f.getFileName().toString()));
                    Files.copy(f, z);
                    z.closeEntry();
                }
            }
        }
        FeedCheckReport r = CHECKER.check(zip);
        assertThat(r.passes()).isTrue();
        assertThat(r.rowCounts().get("violations.csv")).isEqualTo(dataLines(LEXINGTON.resolve("violations.csv")));
    }

    @Test
    void duplicate_businesses_extra_cells_and_two_feed_info_rows_are_errors() throws IOException {
        Path feed = Files.createDirectory(dir.resolve("small"));
        Files.writeString(feed.resolve("businesses.csv"), "business_id,name,address,postal_code\n1,A,1 Main St,90012\n1,B,2 Main St,90012\n");
        Files.writeString(feed.resolve("inspections.csv"), "business_id,score,date,type\n1,90,20240101,routine,extra\n1,,20240102,annual\n");
        Files.writeString(feed.resolve("feed_info.csv"), "feed_date,feed_version,municipality_name\n20240101,2.0,X\n20240102,2.0,X\n");
        FeedCheckReport r = CHECKER.check(feed);
        assertThat(r.errors()).extracting(f -> f.toString().replaceFirst(": [^:]*$", "")).containsExactly(
                "businesses.csv row 2, business_id: duplicate-key",
                "inspections.csv row 1: bad-row",
                "inspections.csv row 2, type: not-allowed",
                "feed_info.csv: feed-info-rows");
    }
}
