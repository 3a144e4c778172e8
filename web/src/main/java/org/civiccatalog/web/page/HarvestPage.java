package org.civiccatalog.web.page;

import static org.civiccatalog.web.page.Html.esc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civiccatalog.core.identity.MatchKind;
import org.civiccatalog.core.identity.PortalOverlap;
import org.civiccatalog.web.harvest.HarvestReports.SourceRun;

/** {@code GET /harvest}: the last harvest runs of each source. Everything from the log is escaped. */
public final class HarvestPage {
    private HarvestPage() {}

    public static String render(String base, Map<String, List<SourceRun>> bySource, Optional<String> running,
                                List<PortalOverlap> overlaps) {
        StringBuilder sb = new StringBuilder(Html.open("Harvest reports", List.of())).append(Html.header(base));
        sb.append("<h1>Harvest reports</h1>\n<p>").append(Html.link(base, "Home")).append(" · ")
          .append(Html.link(base + "harvest.json", "as JSON")).append("</p>\n");
        running.ifPresent(r -> sb.append("<p><strong>A harvest is going on:</strong> ").append(esc(r)).append("</p>\n"));
        if (bySource.isEmpty()) sb.append("<p>No harvest has run yet.</p>\n");
        for (var e : bySource.entrySet()) {
            sb.append("<section>\n<h2>").append(esc(e.getKey())).append("</h2>\n<table>\n<tr><th>Started</th><th>Outcome</th>")
              .append("<th>New</th><th>Changed</th><th>Unchanged</th><th>Returned</th><th>Withdrawn</th><th>Failed</th>")
              .append("<th>Took</th></tr>\n");
            for (SourceRun r : e.getValue()) {
                sb.append("<tr><td>").append(esc(r.started().toString())).append("</td><td>").append(esc(r.outcome()))
                  .append("</td><td>").append(r.created()).append("</td><td>").append(r.changed())
                  .append("</td><td>").append(r.unchanged()).append("</td><td>").append(r.returned())
                  .append("</td><td>").append(r.withdrawn()).append("</td><td>").append(r.failed())
                  .append("</td><td>").append(esc(seconds(r))).append("</td></tr>\n");
                if (!r.problem().isEmpty() || !r.findings().isEmpty()) {
                    sb.append("<tr><td></td><td colspan=\"8\">");
                    if (!r.problem().isEmpty()) sb.append("<p class=\"desc\">").append(esc(r.problem())).append("</p>");
                    if (!r.findings().isEmpty()) {
                        sb.append("<p class=\"muted\">").append(r.findingCount()).append(r.findingCount() == 1 ? " finding" : " findings")
                          .append(r.findingCount() > r.findings().size() ? ", the first " + r.findings().size() : "").append(":</p><ul>");
                        for (String f : r.findings()) sb.append("<li>").append(esc(f)).append("</li>");
                        sb.append("</ul>");
                    }
                    sb.append("</td></tr>\n");
                }
            }
            sb.append("</table>\n</section>\n");
        }
        overlaps(overlaps, sb);
        return sb.append(Html.endMain()).append(Html.close(List.of())).toString();
    }

    private static void overlaps(List<PortalOverlap> overlaps, StringBuilder sb) {
        sb.append("<section>\n<h2>Published on more than one portal</h2>\n");
        if (overlaps.isEmpty()) {
            sb.append("<p>No dataset was found on two portals.</p>\n</section>\n");
            return;
        }
        sb.append("<p>These copies stay in the catalog but feeds list only their origin (docs/identity.md).</p>\n")
          .append("<table>\n<tr><th>Copies on</th><th>Origin on</th><th>Datasets</th><th>Recognised by</th></tr>\n");
        for (PortalOverlap o : overlaps) {
            sb.append("<tr><td>").append(esc(o.copySource())).append("</td><td>").append(esc(o.originSource()))
              .append("</td><td>").append(o.copies()).append("</td><td>");
            StringBuilder kinds = new StringBuilder();
            o.byKind().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> kinds
                    .append(kinds.length() == 0 ? "" : ", ").append(words(e.getKey())).append(" ").append(e.getValue()));
            sb.append(esc(kinds.toString())).append("</td></tr>\n");
        }
        sb.append("</table>\n</section>\n");
    }

    private static String words(MatchKind k) {
        return k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String seconds(SourceRun r) {
        long ms = java.time.Duration.between(r.started(), r.ended()).toMillis();
        return String.format(java.util.Locale.ROOT, "%.1f s (run)", ms / 1000.0);
    }
}
