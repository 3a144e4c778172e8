package org.civiccatalog.web.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.imports.CatalogImporter;
import org.civiccatalog.core.imports.ImportReport;
import org.civiccatalog.core.identity.CrossPortalIdentity;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code catalog import}: files into one source, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import data.json (POD v1.1, or legacy v1.0 upgraded) or DCAT RDF files (Turtle, RDF/XML,"
                + " JSON-LD, N-Triples) as the datasets of one source. The source is created if new.",
                "All files are imported in one transaction: on any error nothing is written and the exit code is 1."})
final class ImportCommand implements Callable<Integer> {
    @Mixin DataOptions data;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", required = true, paramLabel = "ID",
            description = "Source id: 1-64 of a-z 0-9 . _ - (e.g. lacity).")
    String source;

    @Option(names = "--title", description = "Human title of the source (default: the id).")
    String title;

    @Option(names = "--url", description = "Where the source is published (its portal or feed URL).")
    String url;

    @Option(names = "--owner", description = "Who runs the source (e.g. \"City of Los Angeles\").")
    String owner;

    @Option(names = "--jurisdiction", paramLabel = "LEVEL",
            description = "Level of government that runs the source: city, county, state, region or other. When the"
                    + " same dataset is on several portals, the lowest level is taken as its origin.")
    String jurisdiction;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "data.json or DCAT RDF files.")
    List<Path> files;

    @Override
    public Integer call() {
        if (!CatalogIris.isValidSourceId(source))
            throw new ErrorReporter.UsageException("--source must be 1-64 characters of a-z, 0-9, '.', '_', '-': '" + source + "'");
        if (jurisdiction != null && !java.util.Set.of("city", "county", "state", "region", "other").contains(jurisdiction))
            throw new ErrorReporter.UsageException("--jurisdiction must be city, county, state, region or other: '" + jurisdiction + "'");
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new InvalidInputException(f.toString(), "no such file");
        }
        try (TdbCatalogStore store = TdbCatalogStore.open(data.data, data.base)) {
            SourceInfo info = new SourceInfo(source, title != null ? title : source, CatalogImporter.kindOf(files),
                    Optional.ofNullable(url), Optional.ofNullable(owner), Optional.ofNullable(jurisdiction));
            ImportReport r = new CatalogImporter(store).importFiles(info, files);
            spec.commandLine().getOut().printf("imported %d datasets (%d triples) from %d file(s) into source '%s' in %.2f s (%.0f datasets/s)%n",
                    r.datasets(), r.triples(), r.files(), r.sourceId(), r.took().toNanos() / 1e9, r.datasetsPerSecond());
            r.notes().forEach(n -> spec.commandLine().getOut().println("note: " + n));
            spec.commandLine().getOut().println("cross-portal identity: " + CrossPortalIdentity.refresh(store));
        }
        return Main.OK;
    }
}
