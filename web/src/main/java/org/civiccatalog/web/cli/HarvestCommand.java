package org.civiccatalog.web.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.civiccatalog.core.audit.Audit;
import org.civiccatalog.core.audit.AuditSummary;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.SourcesFile;
import org.civiccatalog.harvest.adapters.Adapters;
import org.civiccatalog.harvest.http.HarvestHttpClient;
import org.civiccatalog.harvest.http.RevalidatingHttp;
import org.civiccatalog.harvest.run.CompactionPolicy;
import org.civiccatalog.harvest.run.HarvestReport;
import org.civiccatalog.harvest.run.HarvestRun;
import org.civiccatalog.harvest.run.SourceReport;
import org.civiccatalog.harvest.standards.StandardsEntries;
import org.civiccatalog.harvest.standards.StandardsEntry;
import org.civiccatalog.web.standards.StandardsAfterHarvest;
import org.civiccatalog.web.standards.StandardsViews;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code catalog harvest}: every source of a sources file (or some of them) into the store. */
@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = {"Harvest the portals of a sources file into the catalog (docs/harvest.md).",
                "Prints a progress line per 1,000 records and a summary table, then audits the catalog's metadata"
                        + " (docs/audit.md) unless --no-audit. Exit code 0 when every source"
                        + " completed, 1 when one failed or stopped part way (its report says why), 2 on a usage error."})
final class HarvestCommand implements Callable<Integer> {
    @Mixin DataOptions data;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--sources", paramLabel = "FILE", defaultValue = "${env:CATALOG_SOURCES:-config/la-region.json}",
            description = "Sources file (default: ${DEFAULT-VALUE}, env CATALOG_SOURCES).")
    Path sources;

    @Option(names = "--source", paramLabel = "ID", description = "Only this source (repeatable).")
    List<String> only;

    @Option(names = "--no-audit", description = "Do not run the metadata audit after the harvest (benchmarks of the harvest alone).")
    boolean noAudit;

    @Option(names = "--no-standards", description = "Do not check the conformance of the sources file's standards views'"
            + " datasets after the harvest (it fetches their CSVs; docs/standards.md).")
    boolean noStandards;

    @Option(names = "--no-compact", description = "Do not compact the store after a harvest that wrote many records"
            + " (TDB2 keeps the space of replaced pages until compacted; see docs/harvest.md).")
    boolean noCompact;

    @Override
    public Integer call() {
        List<HarvestSource> all = SourcesFile.read(sources);
        List<HarvestSource> chosen = only == null ? all : all.stream().filter(s -> only.contains(s.id())).toList();
        if (only != null)
            for (String id : only)
                if (all.stream().noneMatch(s -> s.id().equals(id)))
                    throw new ErrorReporter.UsageException("--source " + id + ": no such source in " + sources);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HarvestReport report;
        try (TdbCatalogStore store = TdbCatalogStore.open(data.data, data.base)) {
            // read before harvesting, so that a bad entry stops the command before it writes anything
            List<StandardsEntry> entries = noStandards ? List.of() : StandardsEntries.read(sources, StandardsViews.crosswalks(store));
            report = new HarvestRun(store,
                    RevalidatingHttp.create(HarvestHttpClient.builder(), data.data.resolve("http-cache")), Adapters::forKind)
                    .pageMemos(data.data.resolve("http-cache").resolve("pages"))
                    .onProgress(line -> {
                        err.println(line);
                        err.flush();
                    })
                    .onSourceDone(r -> {
                        err.println(SummaryTable.line(r));
                        err.flush();
                    })
                    .run(chosen);
            out.print(SummaryTable.of(report));
            if (!noCompact) {
                try {
                    CompactionPolicy.afterRun(store, report).ifPresent(c -> out.println(c.describe()));
                } catch (RuntimeException e) {   // the harvest is committed: a store left large is still whole
                    err.println("Compacting the store after the harvest failed: " + e.getMessage());
                }
            }
            // The sources file's standards views: their source datasets' conformance, the derived datasets, the
            // crosswalk links, as serve does after its harvests (docs/standards.md).
            if (!noStandards) {
                try {
                    if (!entries.isEmpty())
                        out.println(StandardsAfterHarvest.run(store, StandardsViews.of(entries, store, ServeCommand.csvCache(data.data))).line());
                } catch (RuntimeException e) {   // the harvest is committed
                    err.println("The standards check after the harvest failed: " + e.getMessage());
                }
            }
            if (!noAudit) {
                try {
                    out.print(auditLine(Audit.run(store)));
                } catch (RuntimeException e) {   // the harvest is committed: it stays, and so does its exit code
                    err.println("The audit after the harvest failed: " + e.getMessage());
                }
            }
        }
        return report.allComplete() ? Main.OK : Main.INPUT_ERROR;
    }

    static String auditLine(AuditSummary s) {
        return String.format(java.util.Locale.ROOT, "audit %s: %d datasets, region mean score %s of 405 (./catalog serve: /audit)%n",
                s.runId(), s.datasets(), AuditCommand.Summary.points(s.region().meanScore()));
    }

    /** The end-of-run table and the per-source line. */
    static final class SummaryTable {
        static String line(SourceReport r) {
            return String.format("%-20s %-8s %6d new %6d changed %6d unchanged %5d returned %5d withdrawn %5d failed %7.1f s%s",
                    r.sourceId(), r.outcome(), r.created(), r.changed(), r.unchanged(), r.returned(), r.withdrawn(),
                    r.failed(), r.took().toMillis() / 1000.0, r.problem().isEmpty() ? "" : "  " + r.problem());
        }

        static String of(HarvestReport report) {
            StringBuilder sb = new StringBuilder(String.format("%-20s %-8s %8s %8s %9s %8s %9s %6s %9s%n", "source", "outcome",
                    "new", "changed", "unchanged", "returned", "withdrawn", "failed", "rec/s"));
            for (SourceReport r : report.sources()) {
                sb.append(String.format("%-20s %-8s %8d %8d %9d %8d %9d %6d %9.0f%n", r.sourceId(), r.outcome(), r.created(),
                        r.changed(), r.unchanged(), r.returned(), r.withdrawn(), r.failed(), r.recordsPerSecond()));
                if (!r.problem().isEmpty()) sb.append("  ").append(r.problem()).append(System.lineSeparator());
            }
            sb.append("run ").append(report.runIri()).append(System.lineSeparator());
            return sb.toString();
        }
    }
}
