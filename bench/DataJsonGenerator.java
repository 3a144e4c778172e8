

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a synthetic but realistic POD v1.1 data.json: N datasets, each with 3-8 keywords, a publisher in a
 * two-level hierarchy, a contact, dates, a periodicity, and 1-3 distributions. Deterministic for a seed.
 * Usage: DataJsonGenerator OUT.json N [seed]
 */
public final class DataJsonGenerator {
    private static final String[] WORDS = ("permits housing transit budget payroll crime parks trees water air quality "
            + "zoning parcels inspections restaurants health schools libraries streets traffic parking citations 311 "
            + "graffiti homelessness elections census energy solar waste recycling noise fire police emergency "
            + "bridges sidewalks bikes buses rail airports ports harbour flood drought wildfire").split(" ");
    private static final String[] DEPTS = {"Public Works", "Transportation", "Police Department", "Fire Department",
            "Building and Safety", "Planning", "Public Health", "Parks and Recreation", "Controller", "Library",
            "Water and Power", "Sanitation", "Housing", "Information Technology Agency", "City Clerk"};
    private static final String[] CITIES = {"Demo City", "Demo County", "Demo State"};
    private static final String[] PERIODS = {"R/P1D", "R/P1W", "R/P1M", "R/P3M", "R/P1Y", "irregular"};
    private static final String[][] FORMATS = {{"text/csv", "CSV", "csv"}, {"application/json", "JSON", "json"},
            {"application/geo+json", "GeoJSON", "geojson"}, {"application/vnd.ms-excel", "XLS", "xls"}};

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DataJsonGenerator OUT.json N [seed]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            write(os, n, seed);
        }
    }

    public static void write(OutputStream os, int n, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        try (JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("@context", "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld");
            g.writeStringField("@type", "dcat:Catalog");
            g.writeStringField("conformsTo", "https://project-open-data.cio.gov/v1.1/schema");
            g.writeStringField("describedBy", "https://project-open-data.cio.gov/v1.1/schema/catalog.json");
            g.writeArrayFieldStart("dataset");
            for (int i = 0; i < n; i++) dataset(g, rnd, i);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void dataset(JsonGenerator g, SplittableRandom rnd, int i) throws IOException {
        String dept = DEPTS[rnd.nextInt(DEPTS.length)];
        String city = CITIES[rnd.nextInt(CITIES.length)];
        String w1 = WORDS[rnd.nextInt(WORDS.length)], w2 = WORDS[rnd.nextInt(WORDS.length)];
        String id = "https://data.demo.example.gov/api/views/" + Integer.toString(1_000_000 + i, 36) + "-" + (i % 9973);
        g.writeStartObject();
        g.writeStringField("@type", "dcat:Dataset");
        g.writeStringField("title", cap(w1) + " and " + w2 + " records " + i);
        StringBuilder desc = new StringBuilder("Records of ").append(w1).append(" published by the ").append(dept);
        int words = 12 + rnd.nextInt(30);
        for (int k = 0; k < words; k++) desc.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
        g.writeStringField("description", desc.append('.').toString());
        g.writeArrayFieldStart("keyword");
        int kws = 3 + rnd.nextInt(6);
        for (int k = 0; k < kws; k++) g.writeString(WORDS[rnd.nextInt(WORDS.length)] + (k == 0 ? "" : " " + k));
        g.writeEndArray();
        g.writeStringField("modified", String.format("20%02d-%02d-%02dT%02d:%02d:00Z", 15 + rnd.nextInt(12),
                1 + rnd.nextInt(12), 1 + rnd.nextInt(28), rnd.nextInt(24), rnd.nextInt(60)));
        g.writeObjectFieldStart("publisher");
        g.writeStringField("@type", "org:Organization");
        g.writeStringField("name", dept);
        g.writeObjectFieldStart("subOrganizationOf");
        g.writeStringField("@type", "org:Organization");
        g.writeStringField("name", city);
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("contactPoint");
        g.writeStringField("@type", "vcard:Contact");
        g.writeStringField("fn", dept + " data team");
        g.writeStringField("hasEmail", "mailto:data" + (i % 97) + "@demo.example.gov");
        g.writeEndObject();
        g.writeStringField("identifier", id);
        g.writeStringField("accessLevel", "public");
        g.writeStringField("license", "https://creativecommons.org/publicdomain/zero/1.0/");
        g.writeStringField("accrualPeriodicity", PERIODS[rnd.nextInt(PERIODS.length)]);
        g.writeStringField("landingPage", "https://data.demo.example.gov/d/" + i);
        if (rnd.nextInt(3) == 0) g.writeStringField("spatial", "-118.67,33.70,-118.15,34.34");
        if (rnd.nextInt(3) == 0) g.writeStringField("temporal", "2015-01-01/2026-06-30");
        g.writeArrayFieldStart("theme");
        g.writeString(cap(WORDS[rnd.nextInt(WORDS.length)]));
        g.writeEndArray();
        g.writeArrayFieldStart("distribution");
        int dists = 1 + rnd.nextInt(3);
        for (int k = 0; k < dists; k++) {
            String[] f = FORMATS[rnd.nextInt(FORMATS.length)];
            g.writeStartObject();
            g.writeStringField("@type", "dcat:Distribution");
            g.writeStringField("title", f[1] + " export");
            g.writeStringField("downloadURL", "https://data.demo.example.gov/download/" + i + "/" + k + "." + f[2]);
            g.writeStringField("mediaType", f[0]);
            g.writeStringField("format", f[1]);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
