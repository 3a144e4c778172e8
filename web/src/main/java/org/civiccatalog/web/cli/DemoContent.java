package org.civiccatalog.web.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import org.civiccatalog.core.imports.CatalogImporter;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.SourceInfo;
import org.slf4j.LoggerFactory;

/**
 * The demo region bundled with the launcher, written for civic-catalog (not copied from a portal): a city and
 * a county publishing data.json, and a state publishing DCAT Turtle.
 */
final class DemoContent {
    private record DemoSource(SourceInfo info, String resource) {}

    private static final List<DemoSource> SOURCES = List.of(
            new DemoSource(new SourceInfo("demo-city", "Demo City Open Data", "datajson",
                    Optional.of("https://demo-city.example.gov/data.json"), Optional.of("Demo City")), "demo-city.data.json"),
            new DemoSource(new SourceInfo("demo-county", "Demo County Open Data", "datajson",
                    Optional.of("https://demo-county.example.gov/data.json"), Optional.of("Demo County")), "demo-county.data.json"),
            new DemoSource(new SourceInfo("demo-state", "Demo State Open Data", "dcat-rdf",
                    Optional.of("https://data.demo-state.example.gov/catalog"), Optional.of("Demo State")), "demo-state.ttl"));

    private DemoContent() {}

    static void load(CatalogStore store) {
        CatalogImporter importer = new CatalogImporter(store);
        for (DemoSource s : SOURCES) {
            Path tmp = copy(s.resource());
            try {
                var r = importer.importFiles(s.info(), List.of(tmp));
                LoggerFactory.getLogger("catalog.web").info("Loaded demo source {}: {} datasets", s.info().id(), r.datasets());
            } finally {
                tmp.toFile().delete();
            }
        }
    }

    private static Path copy(String resource) {
        String suffix = resource.substring(resource.indexOf('.'));
        try (InputStream in = DemoContent.class.getResourceAsStream("/org/civiccatalog/web/demo/" + resource)) {
            if (in == null) throw new IllegalStateException("demo resource missing: " + resource);
            Path tmp = Files.createTempFile("demo-", suffix);
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
