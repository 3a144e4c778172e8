package org.civiccatalog.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.store.FSDirectory;
import org.civiccatalog.core.CatalogException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The index directory on disk ({@code DATA/search}): one sub-directory per build, {@code index-{stamp}}, written
 * whole before it is used. At start the newest one that opens as a complete index of this layout is used; the
 * others (older builds, a build cut short) are deleted. A build's commit records what it was built from.
 */
final class IndexFiles {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.search");
    private static final Pattern NAME = Pattern.compile("index-(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexFiles() {}

    /** A new, empty build directory under {@code root}, named after the time so that the newest sorts last. */
    static Path newBuild(Path root) {
        try {
            Files.createDirectories(root);
            long stamp = System.currentTimeMillis() * 1000;
            Path p;
            while (Files.exists(p = root.resolve("index-" + stamp))) stamp++;
            return Files.createDirectory(p);
        } catch (IOException e) {
            throw new CatalogException("Search index: cannot create a directory in " + root + ": " + e.getMessage(), e);
        }
    }

    /** The newest complete index under {@code root}, opened; every other build directory is deleted. */
    static Optional<SearchIndex> openNewest(Path root) {
        if (!Files.isDirectory(root)) return Optional.empty();
        List<Path> builds;
        try (Stream<Path> s = Files.list(root)) {
            builds = s.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong(IndexFiles::stamp).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SearchIndex found = null;
        for (Path p : builds) {
            if (found == null) {
                try {
                    found = SearchIndex.open(FSDirectory.open(p), Optional.of(p));
                    continue;
                } catch (IOException | RuntimeException e) {
                    LOG.info("Search index {} is not complete or of another layout ({}): deleted", p, e.getMessage());
                }
            }
            deleteTree(p);
        }
        return Optional.ofNullable(found);
    }

    private static long stamp(Path p) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            LOG.warn("Search index: could not delete {}: {}", p, e.getMessage());
        }
    }

    static Map<String, String> userData(SearchIndex.IndexMeta m) {
        Map<String, String> d = new HashMap<>();
        d.put("schema", Integer.toString(m.schema()));
        d.put("storeVersion", Long.toString(m.storeVersion()));
        d.put("storeModified", m.storeModified().toString());
        d.put("qualityVersion", m.qualityVersion());
        d.put("conformanceVersion", m.conformanceVersion());
        d.put("builtAt", m.builtAt().toString());
        d.put("datasets", Integer.toString(m.datasets()));
        try {
            d.put("sources", JSON.writeValueAsString(m.sourceTitles()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return d;
    }

    static SearchIndex.IndexMeta meta(Map<String, String> d) {
        int schema = Integer.parseInt(d.getOrDefault("schema", "-1"));
        if (schema != IndexSchema.VERSION)
            throw new CatalogException("Search index of layout " + schema + ", this catalog reads " + IndexSchema.VERSION);
        try {
            Map<String, String> sources = JSON.readValue(d.get("sources"), new TypeReference<Map<String, String>>() {});
            return new SearchIndex.IndexMeta(schema, Long.parseLong(d.get("storeVersion")), Instant.parse(d.get("storeModified")),
                    d.get("qualityVersion"), d.getOrDefault("conformanceVersion", ""), Instant.parse(d.get("builtAt")), Integer.parseInt(d.get("datasets")), Map.copyOf(sources));
        } catch (IOException | RuntimeException e) {
            throw new CatalogException("Search index: its commit does not say what it was built from: " + e.getMessage(), e);
        }
    }
}
