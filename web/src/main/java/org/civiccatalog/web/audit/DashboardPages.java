package org.civiccatalog.web.audit;

import static org.civiccatalog.web.page.Html.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civiccatalog.core.audit.Band;
import org.civiccatalog.core.audit.LatestAudit;
import org.civiccatalog.web.page.Html;

/**
 * The dashboard's HTML: plain, semantic pages that work without JavaScript and with a keyboard alone (a skip
 * link, one navigation, tables with headers and captions, charts with their numbers also in a table). Everything
 * harvested (titles, department names, messages, URLs) is escaped.
 */
final class DashboardPages {
    static final String CSS = "a:focus{outline:3px solid #1a5fb4;outline-offset:2px}"
            + ".skip{position:absolute;left:-10000px}.skip:focus{position:static}"
            + "nav.audit ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}"
            + "nav.audit a[aria-current]{font-weight:700}.figures{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}"
            + ".figures dd{margin:0}td.num,th.num{text-align:right}svg.chart{max-width:100%;height:auto}"
            + ".scroll{overflow-x:auto}caption{text-align:left;font-weight:600;padding:.25rem 0}.sev-error{color:#a40e26;font-weight:600}";
    static final String[] COLOURS = {"#1a7f37", "#1a5fb4", "#9a6700", "#a40e26"};

    private static final String[][] NAV = {
            {"audit", "Overview"}, {"audit/sources", "Sources"}, {"audit/departments", "Departments"},
            {"audit/champions", "Data champions"}, {"audit/overdue", "Overdue"}, {"audit/links", "Broken links"}};

    private DashboardPages() {}

    static String open(String base, String title, String current) {
        StringBuilder sb = new StringBuilder(Html.open(title, List.of(), CSS));
        sb.append("<header><p><a href=\"#main\" class=\"skip\">Skip to content</a> ").append(Html.link(base, "Home"))
          .append("</p>\n<nav class=\"audit\" aria-label=\"Audit dashboard\"><ul>\n");
        for (String[] n : NAV)
            sb.append("<li><a href=\"").append(esc(base + n[0])).append('"').append(n[0].equals(current) ? " aria-current=\"page\"" : "")
              .append('>').append(n[1]).append("</a></li>\n");
        return sb.append("</ul></nav></header>\n<main id=\"main\" tabindex=\"-1\">\n<h1>").append(esc(title)).append("</h1>\n").toString();
    }

    static String close() {
        return "</main>\n" + Html.close(List.of());
    }

    /** Any page before the first audit run. */
    static String noAudit(String base, String title, String current) {
        return open(base, title, current) + "<p id=\"no-audit\" role=\"status\">No audit has run yet. The audit runs after each"
                + " harvest, or run <code>./catalog audit</code>.</p>\n" + close();
    }

    static String runLine(LatestAudit run) {
        return "<p class=\"muted\" id=\"run\">Audit run of <time datetime=\"" + esc(run.ended().toString()) + "\">"
                + esc(when(run.ended())) + "</time> · " + run.datasets() + (run.datasets() == 1 ? " dataset" : " datasets") + "</p>\n";
    }

    static String overview(String base, LatestAudit run, AuditViews.Group region, List<AuditViews.RunTrend> trend,
                           Optional<Integer> brokenLinks) {
        StringBuilder sb = new StringBuilder(open(base, "Metadata audit", "audit")).append(runLine(run));
        sb.append("<dl class=\"figures\">\n");
        figure(sb, "datasets", "Datasets audited", String.valueOf(region.datasets()));
        figure(sb, "mean-score", "Mean MQA score", score(region.meanScore()) + " of 405 (" + region.band().label() + ")");
        figure(sb, "errors", "Errors", String.valueOf(region.errors()));
        figure(sb, "warnings", "Warnings", String.valueOf(region.warnings()));
        figure(sb, "overdue", "Overdue datasets", String.valueOf(region.overdue()));
        figure(sb, "broken-links", "Broken links", brokenLinks.map(String::valueOf).orElse("not checked yet"));
        sb.append("</dl>\n");

        sb.append("<h2 id=\"bands-heading\">Rating bands</h2>\n");
        List<Svg.Bar> bars = new ArrayList<>();
        Band[] bands = Band.values();
        for (int i = 0; i < bands.length; i++) {
            long n = region.bands().of(bands[i]);
            bars.add(new Svg.Bar(bands[i].label(), n, bands[i].label() + ": " + n + " datasets (" + share(region.bands().share(bands[i])) + ")",
                    COLOURS[i]));
        }
        sb.append(Svg.bars("bands-chart", "Datasets per MQA rating band in the latest run", bars));
        sb.append("<table id=\"bands\"><caption>Datasets per rating band</caption>\n<tr><th scope=\"col\">Band</th>"
                + "<th scope=\"col\">Points</th><th scope=\"col\" class=\"num\">Datasets</th><th scope=\"col\" class=\"num\">Share</th></tr>\n");
        for (Band b : bands)
            sb.append("<tr><th scope=\"row\">").append(b.label()).append("</th><td>").append(range(b)).append("</td><td class=\"num\">")
              .append(region.bands().of(b)).append("</td><td class=\"num\">").append(share(region.bands().share(b))).append("</td></tr>\n");
        sb.append("</table>\n");

        sb.append("<h2>Trend over runs</h2>\n");
        List<Svg.Point> points = trend.stream().map(t -> new Svg.Point(day(t.ended()), t.meanScore(),
                when(t.ended()) + ": mean score " + score(t.meanScore()))).toList();
        sb.append(Svg.line("trend-chart", "Mean MQA score of the region per audit run, of 405", points, 405));
        sb.append("<table id=\"trend\"><caption>Mean score and band shares per run</caption>\n<tr><th scope=\"col\">Run ended</th>"
                + "<th scope=\"col\" class=\"num\">Datasets</th><th scope=\"col\" class=\"num\">Mean score</th>");
        for (Band b : bands) sb.append("<th scope=\"col\" class=\"num\">").append(b.label()).append("</th>");
        sb.append("</tr>\n");
        for (AuditViews.RunTrend t : trend) {
            sb.append("<tr><th scope=\"row\"><time datetime=\"").append(esc(t.ended().toString())).append("\">").append(esc(when(t.ended())))
              .append("</time></th><td class=\"num\">").append(t.datasets()).append("</td><td class=\"num\">").append(score(t.meanScore()))
              .append("</td>");
            for (Band b : bands) sb.append("<td class=\"num\">").append(share(t.bands().share(b))).append("</td>");
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");

        sb.append("<h2>Exports</h2>\n<p>Every finding of the latest run, one row each: ")
          .append(Html.link(base + "audit/findings.csv", "CSV")).append(" · ").append(Html.link(base + "audit/findings.json", "JSON"))
          .append(". Per department: see ").append(Html.link(base + "audit/departments", "Departments")).append(".</p>\n");
        return sb.append(close()).toString();
    }

    /** The sources or departments table, sorted by the chosen column. */
    static String groups(String base, LatestAudit run, AuditViews.Kind kind, List<AuditViews.Group> groups, GroupSort sort) {
        boolean departments = kind == AuditViews.Kind.DEPARTMENT;
        String path = departments ? "audit/departments" : "audit/sources";
        String title = departments ? "Scores per department" : "Scores per source";
        StringBuilder sb = new StringBuilder(open(base, title, path)).append(runLine(run));
        sb.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"groups-caption\">")
          .append("<table id=\"groups\"><caption id=\"groups-caption\">").append(departments ? "Departments (publishers)" : "Sources (portals)")
          .append(", sorted by ").append(switch (sort) {
              case SCORE -> "mean score, best first";
              case SCORE_ASC -> "mean score, lowest first";
              case NAME -> "name";
              case DATASETS -> "datasets, most first";
          }).append("</caption>\n<tr>");
        header(sb, base + path, departments ? "Department" : "Source", GroupSort.NAME, sort == GroupSort.NAME ? "ascending" : null, false);
        header(sb, base + path, "Datasets", GroupSort.DATASETS, sort == GroupSort.DATASETS ? "descending" : null, true);
        header(sb, base + path, "Mean score", sort == GroupSort.SCORE ? GroupSort.SCORE_ASC : GroupSort.SCORE,
                sort == GroupSort.SCORE ? "descending" : sort == GroupSort.SCORE_ASC ? "ascending" : null, true);
        sb.append("<th scope=\"col\">Band</th>");
        for (Band b : Band.values()) sb.append("<th scope=\"col\" class=\"num\">").append(b.label()).append("</th>");
        sb.append("<th scope=\"col\" class=\"num\">Overdue</th><th scope=\"col\" class=\"num\">Errors</th><th scope=\"col\" class=\"num\">Warnings</th>");
        if (departments) sb.append("<th scope=\"col\">Findings</th>");
        sb.append("</tr>\n");
        for (AuditViews.Group g : groups.stream().sorted(sort.order).toList()) {
            sb.append("<tr><th scope=\"row\">").append(esc(g.key())).append("</th><td class=\"num\">").append(g.datasets())
              .append("</td><td class=\"num\">").append(score(g.meanScore())).append("</td><td>").append(g.band().label()).append("</td>");
            for (Band b : Band.values()) sb.append("<td class=\"num\">").append(g.bands().of(b)).append("</td>");
            sb.append("<td class=\"num\">").append(g.overdue()).append("</td><td class=\"num\">").append(g.errors())
              .append("</td><td class=\"num\">").append(g.warnings()).append("</td>");
            if (departments) {
                String exp = base + "audit/departments/" + g.id() + "/findings";
                sb.append("<td>").append(Html.link(exp + ".csv", "CSV")).append(" · ").append(Html.link(exp + ".json", "JSON")).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table></div>\n");
        return sb.append(close()).toString();
    }

    /** A column header whose link sorts by {@code link}; {@code sorted}: the direction when the table is sorted by it, else null. */
    private static void header(StringBuilder sb, String page, String label, GroupSort link, String sorted, boolean num) {
        String aria = sorted == null ? "" : " aria-sort=\"" + sorted + "\"";
        sb.append("<th scope=\"col\"").append(num ? " class=\"num\"" : "").append(aria).append("><a href=\"")
          .append(esc(page + "?sort=" + link.param)).append("\" data-sort=\"").append(link.param).append("\">").append(label)
          .append("</a></th>");
    }

    static String champions(String base, LatestAudit run, List<AuditViews.Group> champions) {
        StringBuilder sb = new StringBuilder(open(base, "Data champions", "audit/champions")).append(runLine(run));
        sb.append("<p id=\"rule\">Departments with at least ").append(Champions.MIN_DATASETS).append(" datasets audited, the highest"
                + " mean MQA score first; ties go to the larger share of datasets rated Excellent, then to more datasets.</p>\n");
        if (champions.isEmpty()) {
            sb.append("<p>No department has ").append(Champions.MIN_DATASETS).append(" datasets yet.</p>\n");
            return sb.append(close()).toString();
        }
        sb.append("<table id=\"champions\"><caption>Leaderboard</caption>\n<tr><th scope=\"col\" class=\"num\">Place</th>"
                + "<th scope=\"col\">Department</th><th scope=\"col\" class=\"num\">Datasets</th><th scope=\"col\" class=\"num\">Mean score</th>"
                + "<th scope=\"col\" class=\"num\">Rated Excellent</th></tr>\n");
        int place = 0;
        for (AuditViews.Group g : champions)
            sb.append("<tr><td class=\"num\">").append(++place).append("</td><th scope=\"row\">").append(esc(g.key()))
              .append("</th><td class=\"num\">").append(g.datasets()).append("</td><td class=\"num\">").append(score(g.meanScore()))
              .append("</td><td class=\"num\">").append(share(g.bands().share(Band.EXCELLENT))).append("</td></tr>\n");
        sb.append("</table>\n");
        return sb.append(close()).toString();
    }

    static String dataset(String base, LatestAudit run, AuditViews.DatasetAudit d) {
        String title = d.title().orElse(d.iri());
        StringBuilder sb = new StringBuilder(open(base, "Quality of " + title, "")).append(runLine(run));
        sb.append("<p>").append(Html.link(d.iri(), "The dataset's page")).append(" · <code>").append(esc(d.iri())).append("</code></p>\n")
          .append("<dl class=\"figures\">\n");
        figure(sb, "department", "Department", esc(d.department()));
        figure(sb, "source", "Source", esc(d.source()));
        figure(sb, "score", "MQA score", score(d.score()) + " of 405 (" + d.band().label() + ")");
        if (d.pendingPoints() > 0) figure(sb, "pending", "Waiting for a link check", FindingsExport.points(d.pendingPoints()) + " points");
        figure(sb, "days-overdue", "Days overdue", d.daysOverdue().map(String::valueOf).orElse("no update promised"));
        sb.append("</dl>\n<h2>Findings and fixes</h2>\n");
        if (d.findings().isEmpty()) {
            sb.append("<p id=\"no-findings\">No errors or warnings.</p>\n");
            return sb.append(close()).toString();
        }
        sb.append(QualitySection.findings(d.findings()));
        return sb.append(close()).toString();
    }

    static String overdue(String base, LatestAudit run, List<AuditViews.Overdue> rows) {
        StringBuilder sb = new StringBuilder(open(base, "Overdue datasets", "audit/overdue")).append(runLine(run));
        if (rows.isEmpty()) {
            sb.append("<p id=\"none\">No dataset is overdue against the frequency it declares.</p>\n");
            return sb.append(close()).toString();
        }
        sb.append("<table id=\"overdue\"><caption>").append(rows.size()).append(rows.size() == 1 ? " dataset" : " datasets")
          .append(" past the update their frequency promised, most overdue first</caption>\n<tr><th scope=\"col\">Dataset</th>"
                  + "<th scope=\"col\">Department</th><th scope=\"col\">Source</th><th scope=\"col\">Frequency</th>"
                  + "<th scope=\"col\">Last update</th><th scope=\"col\" class=\"num\">Days overdue</th></tr>\n");
        for (AuditViews.Overdue o : rows)
            sb.append("<tr><th scope=\"row\">").append(datasetLink(base, o.dataset(), o.title())).append("</th><td>").append(esc(o.department()))
              .append("</td><td>").append(esc(o.source())).append("</td><td>").append(esc(o.frequency().orElse(""))).append("</td><td>")
              .append(esc(o.modified().orElse(""))).append("</td><td class=\"num\">").append(o.days()).append("</td></tr>\n");
        sb.append("</table>\n");
        return sb.append(close()).toString();
    }

    static String links(String base, Optional<List<AuditViews.BrokenLink>> broken, int checked) {
        StringBuilder sb = new StringBuilder(open(base, "Broken links", "audit/links"));
        if (broken.isEmpty()) {
            sb.append("<p id=\"not-checked\" role=\"status\">Links not checked yet: the link checker has stored no results.</p>\n");
            return sb.append(close()).toString();
        }
        List<AuditViews.BrokenLink> rows = broken.get();
        sb.append("<p id=\"checked\">").append(checked).append(checked == 1 ? " URL" : " URLs").append(" checked; ")
          .append(rows.size()).append(" did not answer with 2xx or 3xx at their latest check.</p>\n");
        if (rows.isEmpty()) return sb.append(close()).toString();
        sb.append("<table id=\"broken\"><caption>Broken links</caption>\n<tr><th scope=\"col\">URL</th><th scope=\"col\" class=\"num\">Status</th>"
                + "<th scope=\"col\">Checked</th><th scope=\"col\">Named by</th></tr>\n");
        for (AuditViews.BrokenLink l : rows) {
            sb.append("<tr><th scope=\"row\"><code>").append(esc(l.url())).append("</code></th><td class=\"num\">")
              .append(l.status() == 0 ? "no answer" : String.valueOf(l.status())).append("</td><td><time datetime=\"")
              .append(esc(l.checkedAt().toString())).append("\">").append(esc(when(l.checkedAt()))).append("</time></td><td><ul>");
            for (AuditViews.LinkUse u : l.usedBy())
                sb.append("<li>").append(datasetLink(base, u.dataset(), u.title())).append(" (<code>").append(esc(u.property()))
                  .append("</code>)</li>");
            sb.append("</ul></td></tr>\n");
        }
        sb.append("</table>\n");
        return sb.append(close()).toString();
    }

    /** A link to a dataset's audit page, named by its title. */
    static String datasetLink(String base, String iri, Optional<String> title) {
        return "<a href=\"" + esc(base + "audit/dataset?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8)) + "\">"
                + esc(title.orElse(iri)) + "</a>";
    }

    private static void figure(StringBuilder sb, String id, String label, String valueHtml) {
        sb.append("<dt>").append(label).append("</dt><dd id=\"fig-").append(id).append("\">").append(valueHtml).append("</dd>\n");
    }

    private static String range(Band b) {
        return switch (b) {
            case EXCELLENT -> "351-405";
            case GOOD -> "221-350";
            case SUFFICIENT -> "121-220";
            case BAD -> "0-120";
        };
    }

    /** A mean score: two decimals. */
    static String score(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A share (0-1) as a percentage with one decimal. */
    static String share(double v) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    private static String when(Instant t) {
        return t.toString().replace('T', ' ').replaceFirst("(:\\d\\d)(\\.\\d+)?Z$", "$1 UTC");
    }

    private static String day(Instant t) {
        return t.toString().substring(0, 10);
    }
}
