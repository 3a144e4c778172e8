package org.civiccatalog.harvest.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The departments of the demo region and the datasets each publishes, read once from {@code agencies.json} beside
 * this class (data, not code: a newcomer can add a department without reading the generator).
 */
final class Agencies {
    /** A department of the city, county or state. */
    record Agency(String jurisdiction, String name, String slug, String theme) {}

    /** A kind of dataset a department publishes; {@code geo}: also a GIS layer. */
    record Subject(String title, List<String> keywords, String unit, boolean geo, List<Column> columns) {
        Subject {
            keywords = List.copyOf(keywords);
            columns = List.copyOf(columns);
        }
    }

    /** A column as Socrata describes it: its display name and data type ({@code text}, {@code number}, ...). */
    record Column(String name, String type) {
        String fieldName() {
            return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        }
    }

    /** One subject of one department: what a generated record is about. */
    record Topic(Agency agency, Subject subject) {}

    private static final Agencies LOADED = load();

    private final Map<DemoPortal, List<Topic>> byPortal;
    private final List<String> firstNames;
    private final List<String> lastNames;

    private Agencies(Map<DemoPortal, List<Topic>> byPortal, List<String> firstNames, List<String> lastNames) {
        this.byPortal = byPortal;
        this.firstNames = firstNames;
        this.lastNames = lastNames;
    }

    static Agencies get() {
        return LOADED;
    }

    /** What a portal publishes: its jurisdiction's subjects; only GIS layers on the GIS portals. */
    List<Topic> topics(DemoPortal portal) {
        return byPortal.get(portal);
    }

    List<String> firstNames() {
        return firstNames;
    }

    List<String> lastNames() {
        return lastNames;
    }

    private static Agencies load() {
        JsonNode root;
        try (InputStream in = Agencies.class.getResourceAsStream("agencies.json")) {
            if (in == null) throw new IllegalStateException("agencies.json is missing beside " + Agencies.class.getName());
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read agencies.json", e);
        }
        List<Topic> all = new ArrayList<>();
        for (JsonNode a : root.get("agencies")) {
            Agency agency = new Agency(a.get("jurisdiction").asText(), a.get("name").asText(), a.get("slug").asText(),
                    a.get("theme").asText());
            for (JsonNode s : a.get("subjects")) all.add(new Topic(agency, subject(s)));
        }
        Map<DemoPortal, List<Topic>> byPortal = new EnumMap<>(DemoPortal.class);
        for (DemoPortal p : DemoPortal.values()) {
            boolean gisOnly = p == DemoPortal.CITY_HUB || p == DemoPortal.COUNTY_FEED || p == DemoPortal.STATE_RDF;
            String jurisdiction = p.jurisdiction().name().toLowerCase(Locale.ROOT);
            List<Topic> mine = all.stream().filter(t -> t.agency().jurisdiction().equals(jurisdiction))
                    .filter(t -> !gisOnly || t.subject().geo()).toList();
            if (mine.isEmpty()) throw new IllegalStateException("agencies.json has no subject for " + p);
            byPortal.put(p, mine);
        }
        return new Agencies(byPortal, texts(root.get("firstNames")), texts(root.get("lastNames")));
    }

    private static Subject subject(JsonNode s) {
        List<Column> columns = new ArrayList<>();
        for (JsonNode c : s.get("columns")) {
            String[] parts = c.asText().split(":", 2);
            columns.add(new Column(parts[0], parts[1]));
        }
        return new Subject(s.get("title").asText(), texts(s.get("keywords")), s.get("unit").asText(),
                s.get("geo").asBoolean(), columns);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }
}
