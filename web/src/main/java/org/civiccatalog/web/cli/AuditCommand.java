package org.civiccatalog.web.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.civiccatalog.core.audit.Aggregate;
import org.civiccatalog.core.audit.Audit;
import org.civiccatalog.core.audit.AuditHistory;
import org.civiccatalog.core.audit.AuditOptions;
import org.civiccatalog.core.audit.AuditSummary;
import org.civiccatalog.core.audit.Band;
import org.civiccatalog.core.audit.DatasetReport;
import org.civiccatalog.core.audit.Finding;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.web.audit.AuditViews;
import org.civiccatalog.web.audit.FindingsExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code catalog audit}: the metadata audit of every dataset (docs/audit.md), a summary table and a findings CSV. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audit every dataset's metadata: POD schema, DCAT-US 3 and DCAT-AP 3 shapes, MQA score (405 points),"
                + " LA checklist, freshness (docs/audit.md). The run is stored as DQV in its own quality graph.",
                "Prints a summary table (region, jurisdictions, sources, departments); --out writes every finding as CSV."})
final class AuditCommand implements Callable<Integer> {
    /** The CSV columns, in order: the same as the dashboard's exports. */
    static final List<String> COLUMNS = FindingsExport.COLUMNS;

    @Mixin DataOptions data;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write one row per finding: dataset, title, department,"
            + " source, rule, severity, property, message, fix, points (MQA points the fix is worth).")
    Path out;

    @Option(names = "--compliance", paramLabel = "PROFILE", defaultValue = "dcat-us",
            description = "What the MQA's 30-point compliance indicator checks: dcat-us (POD schema and DCAT-US 3 shapes,"
                    + " default) or dcat-ap (DCAT-AP 3 shapes, as data.europa.eu).")
    String compliance;

    @Option(names = "--full", description = "Audit every dataset again and write all its results again. By default the"
            + " audit is incremental: a dataset whose record, link results and rule set did not change since the latest"
            + " run keeps that run's results (docs/audit.md, \"Incremental audit\").")
    boolean full;

    @Override
    public Integer call() throws IOException {
        AuditOptions.Compliance c = switch (compliance.toLowerCase(Locale.ROOT)) {
            case "dcat-us" -> AuditOptions.Compliance.DCAT_US;
            case "dcat-ap" -> AuditOptions.Compliance.DCAT_AP;
            default -> throw new ErrorReporter.UsageException("--compliance must be dcat-us or dcat-ap, got '" + compliance + "'");
        };
        PrintWriter stdout = spec.commandLine().getOut();
        try (TdbCatalogStore store = TdbCatalogStore.open(data.data, data.base);
             BufferedWriter csv = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            if (csv != null) FindingsExport.csvRow(csv, COLUMNS);
            AuditOptions options = AuditOptions.defaults().withCompliance(c);
            AuditOptions run = full ? options.full() : options;
            // Without a CSV no reports are wanted: reused results are read back as their summaries only.
            AuditSummary s = csv == null ? Audit.run(store, run) : Audit.run(store, run, r -> write(csv, r));
            stdout.print(Summary.of(s, AuditHistory.runs(store)));
            if (out != null) stdout.printf("findings written to %s%n", out);
        }
        return Main.OK;
    }

    private static void write(BufferedWriter csv, DatasetReport r) {
        for (Finding f : r.findings())
            FindingsExport.csvRow(csv, FindingsExport.cells(new AuditViews.FindingRow(r.datasetIri(), r.title().orElse(""),
                    r.department(), r.sourceId().orElse(""), f.ruleId(), f.severity().label(), f.property(),
                    f.message() + f.focusNode().map(n -> " [" + n + "]").orElse(""),
                    Audit.howToFix(f.ruleId()).orElse(f.message()), f.fixPoints())));
    }

    /** The summary table. */
    static final class Summary {
        static String of(AuditSummary s, List<AuditHistory.Run> runs) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("audit %s: %d datasets%s%s in %.1f s (%.0f datasets/s), quality graph <%s>%n", s.runId(),
                    s.datasets(), s.failed() == 0 ? "" : " (" + s.failed() + " could not be audited)",
                    s.reused() == 0 ? "" : " (" + s.reused() + " unchanged: earlier results kept)",
                    s.elapsed().toMillis() / 1000.0, s.datasets() / Math.max(0.001, s.elapsed().toMillis() / 1000.0), s.graphIri()));
            if (runs.size() > 1) {
                AuditHistory.Run previous = runs.get(runs.size() - 2);
                sb.append(String.format("region mean score %s, previous run %s (%s)%n", points(s.region().meanScore()),
                        points(previous.meanScore()), previous.ended()));
            }
            sb.append(String.format("%-13s %-34s %8s %7s %9s %5s %5s %5s %5s %8s %7s %8s%n", "group", "name", "datasets",
                    "score", "band", "exc", "good", "suff", "bad", "overdue", "errors", "warnings"));
            for (Aggregate a : s.aggregates())
                sb.append(String.format("%-13s %-34s %8d %7s %9s %5d %5d %5d %5d %8d %7d %8d%n",
                        a.kind().name().toLowerCase(Locale.ROOT), cut(a.key(), 34), a.datasets(), points(a.meanScore()),
                        Band.of(a.meanScore()).label(), a.band(Band.EXCELLENT), a.band(Band.GOOD), a.band(Band.SUFFICIENT),
                        a.band(Band.BAD), a.overdue(), a.errors(), a.warnings()));
            sb.append("score: mean MQA score of 405 (link points not checked yet count 0); band: MQA rating of that mean\n");
            return sb.toString();
        }

        static String points(double v) {
            return FindingsExport.points(v);
        }

        private static String cut(String s, int n) {
            return s.length() <= n ? s : s.substring(0, n - 3) + "...";
        }
    }
}
