package org.civiccatalog.web.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.civiccatalog.core.export.RdfExporter;
import org.civiccatalog.core.export.RdfSyntax;
import org.civiccatalog.core.imports.DataJsonExporter;
import org.civiccatalog.core.store.TdbCatalogStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code catalog export}: the whole federated catalog in one format, streamed. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the whole federated catalog as data.json (POD v1.1) or DCAT RDF.")
final class ExportCommand implements Callable<Integer> {
    @Mixin DataOptions data;

    @Mixin OperatorOptions operator;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "datajson | jsonld | turtle | rdfxml | ntriples")
    String format;

    @Option(names = "--source", paramLabel = "ID",
            description = "Only this source's datasets (data.json: with the source's own catalog-level fields).")
    String source;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        boolean datajson = "datajson".equalsIgnoreCase(format) || "data.json".equalsIgnoreCase(format);
        RdfSyntax syntax = datajson ? null : RdfSyntax.byName(format).orElseThrow(() ->
                new ErrorReporter.UsageException("--format must be datajson, jsonld, turtle, rdfxml or ntriples, got '" + format + "'"));
        if (source != null && !datajson)
            throw new ErrorReporter.UsageException("--source is only supported with --format datajson");
        try (TdbCatalogStore store = TdbCatalogStore.open(data.data, data.base);
             OutputStream os = open()) {
            long n = datajson ? new DataJsonExporter(store, operator.podDefaults()).export(source, os) : new RdfExporter(store).export(syntax, os);
            os.flush();
            spec.commandLine().getErr().printf("exported %d datasets as %s%n", n, datajson ? "datajson" : syntax.cliName());
        }
        return Main.OK;
    }

    private OutputStream open() {
        try {
            return out == null ? new BufferedOutputStream(new NonClosing(System.out), 1 << 16)
                    : new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    /** Keeps System.out open after the export. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream o) {
            super(o);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
