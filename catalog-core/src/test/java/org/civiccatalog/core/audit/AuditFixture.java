package org.civiccatalog.core.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civiccatalog.core.imports.CatalogImporter;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.SourceInfo;

/** A real TDB2 store, datasets imported the way the catalog imports them, and an audit over it. */
final class AuditFixture {
    /** The audit's "now" in these tests. */
    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String CSV = "https://data.example.gov/street-trees.csv";
    static final String PAGE = "https://data.example.gov/street-trees";

    private AuditFixture() {}

    static String perfect() {
        try (InputStream in = AuditFixture.class.getResourceAsStream("perfect.ttl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every link of the perfect dataset answers. */
    static Map<String, LinkStatus> linksOk() {
        Map<String, LinkStatus> m = new HashMap<>();
        m.put(CSV, new LinkStatus(200, NOW.minusSeconds(3600)));
        m.put(PAGE, new LinkStatus(200, NOW.minusSeconds(3600)));
        return m;
    }

    static SourceInfo source(String id, String jurisdiction) {
        return new SourceInfo(id, id, "dcat-rdf", Optional.empty(), Optional.of("City of Example"), Optional.of(jurisdiction));
    }

    /** Imports a Turtle document as the datasets of a source. */
    static void importTurtle(CatalogStore store, Path dir, SourceInfo source, String turtle) {
        try {
            Path f = Files.createTempFile(dir, source.id(), ".ttl");
            Files.writeString(f, turtle);
            new CatalogImporter(store).importFiles(source, List.of(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a data.json document. */
    static void importDataJson(CatalogStore store, Path dir, SourceInfo source, String json) {
        try {
            Path f = Files.createTempFile(dir, source.id(), ".json");
            Files.writeString(f, json);
            new CatalogImporter(store).importFiles(source, List.of(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<DatasetReport> audit(CatalogStore store, Map<String, LinkStatus> links, AuditOptions.Compliance c) {
        List<DatasetReport> out = new ArrayList<>();
        Audit.run(store, AuditOptions.defaults().withClock(CLOCK).withLinks(LinkResults.of(links)).withCompliance(c), out::add);
        return out;
    }
}
