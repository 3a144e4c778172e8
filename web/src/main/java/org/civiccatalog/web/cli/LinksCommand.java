package org.civiccatalog.web.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.civiccatalog.core.audit.LinkCheck;
import org.civiccatalog.core.audit.LinkHealth;
import org.civiccatalog.core.audit.LinkOutcome;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.links.LinkChecker;
import org.civiccatalog.harvest.links.LinkRunReport;
import org.civiccatalog.harvest.links.LinkSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code catalog links}: checks the links of the listed, active datasets that are due, stores the checks, prints a summary. */
@Command(name = "links", mixinStandardHelpOptions = true,
        description = {"Check the accessURL, downloadURL, landingPage and describedBy links of every listed, active dataset"
                + " that is due (never checked, or last checked over 24 h ago, 1 h when pending), politely: robots.txt,"
                + " per-host limits (docs/audit.md, \"Link health\"). Every check is stored in {base}graph/links,"
                + " where the audit and the dashboard read it."})
final class LinksCommand implements Callable<Integer> {
    @Mixin DataOptions data;

    @Mixin OperatorOptions operator;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--allow-private", description = "Also check links to loopback, private and link-local addresses"
            + " (refused by default: a portal's metadata must not point the catalog at its own network).")
    boolean allowPrivate;

    @Option(names = "--max", paramLabel = "N", description = "Check at most N URLs in this run, the most overdue first"
            + " (default: every URL that is due).")
    Integer max;

    @Override
    public Integer call() {
        if (max != null && max < 0) throw new ErrorReporter.UsageException("--max must be >= 0, got " + max);
        PrintWriter out = spec.commandLine().getOut();
        try (TdbCatalogStore store = TdbCatalogStore.open(data.data, data.base)) {
            LinkSettings settings = settings(store.iris().base(), operator.email).toBuilder().allowPrivate(allowPrivate).build();
            LinkRunReport r = new LinkChecker(settings).run(store, max == null ? Integer.MAX_VALUE : max);
            out.print(summary(r, LinkHealth.of(store)));
        }
        return Main.OK;
    }

    /** The checker's settings for this catalog: the defaults, with a User-Agent that names it and its operator. */
    static LinkSettings settings(String base, String operatorEmail) {
        String email = operatorEmail == null ? "" : operatorEmail.replaceAll("[^\\x20-\\x7e]", "");
        return LinkSettings.builder().userAgent("civic-catalog-linkchecker (+" + base + (email.isBlank() ? "" : "; " + email) + ")")
                .build();
    }

    static String summary(LinkRunReport r, LinkHealth health) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "links: %d URLs, %d due, %d checked in %.1f s (%.1f URLs/s)%n", r.urls(), r.due(),
                r.checked(), r.elapsed().toMillis() / 1000.0, r.rate()));
        sb.append("this run: ").append(counts(r)).append(String.format("; %d content-type mismatches%n", r.mismatches()));
        for (LinkCheck c : r.problems())
            sb.append(String.format("  %-8s %s: %s%n", c.mismatch() && c.outcome() == LinkOutcome.OK ? "type" : c.outcome().label(),
                    c.url(), c.reason()));
        var latest = health.counts();
        sb.append("every URL by its latest check:");
        for (LinkOutcome o : LinkOutcome.values()) sb.append(' ').append(o.label()).append(' ').append(latest.get(o)).append(',');
        sb.setLength(sb.length() - 1);
        sb.append(String.format("%n"));
        return sb.toString();
    }

    private static String counts(LinkRunReport r) {
        StringBuilder sb = new StringBuilder();
        for (LinkOutcome o : LinkOutcome.values()) sb.append(sb.length() == 0 ? "" : ", ").append(o.label()).append(' ').append(r.count(o));
        return sb.toString();
    }
}
