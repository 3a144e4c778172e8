package org.civiccatalog.web.audit;

import static org.civiccatalog.web.page.Html.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.civiccatalog.web.page.Html;

/**
 * A dataset's quality in the latest audit run, as the dashboard shows it: the score and band, and the findings with
 * the fix for each, largest first. The dataset page embeds the same section; everything harvested is escaped.
 */
public final class QualitySection {
    private QualitySection() {}

    /** The "Quality" section of a dataset page. */
    public static String html(String base, AuditViews.DatasetAudit d) {
        StringBuilder sb = new StringBuilder("<section id=\"quality\" aria-labelledby=\"quality-heading\">\n<h2 id=\"quality-heading\">Quality</h2>\n")
                .append("<p>Metadata quality score <strong>").append(String.format(Locale.ROOT, "%.2f", d.score()))
                .append("</strong> of 405 (").append(esc(d.band().label())).append("), in the latest audit. ")
                .append(Html.link(base + "audit/dataset?iri=" + URLEncoder.encode(d.iri(), StandardCharsets.UTF_8),
                        "What to fix, and what each fix is worth")).append("</p>\n");
        if (d.findings().isEmpty()) sb.append("<p id=\"no-findings\">No errors or warnings.</p>\n");
        else sb.append(findings(d.findings()));
        return sb.append("</section>\n").toString();
    }

    /** The fix total and the findings table (largest fixes first). */
    static String findings(List<AuditViews.FindingRow> findings) {
        double total = findings.stream().mapToDouble(AuditViews.FindingRow::points).sum();
        StringBuilder sb = new StringBuilder("<p id=\"fix-total\">Fixing all of these is worth <strong>").append(FindingsExport.points(total))
                .append("</strong> points.</p>\n<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"findings-caption\">")
                .append("<table id=\"findings\"><caption id=\"findings-caption\">Findings, largest fixes first</caption>\n<tr>"
                        + "<th scope=\"col\" class=\"num\">Points</th><th scope=\"col\">Severity</th><th scope=\"col\">Rule</th>"
                        + "<th scope=\"col\">Property</th><th scope=\"col\">What is wrong</th><th scope=\"col\">How to fix</th></tr>\n");
        for (AuditViews.FindingRow f : findings)
            sb.append("<tr><td class=\"num\">").append(FindingsExport.points(f.points())).append("</td><td class=\"sev-")
              .append(esc(f.severity())).append("\">").append(esc(f.severity())).append("</td><td><code>").append(esc(f.rule()))
              .append("</code></td><td><code>").append(esc(f.property())).append("</code></td><td>").append(esc(f.message()))
              .append("</td><td>").append(esc(f.fix())).append("</td></tr>\n");
        return sb.append("</table></div>\n").toString();
    }
}
