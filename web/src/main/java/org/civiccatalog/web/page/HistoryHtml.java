package org.civiccatalog.web.page;

import static org.civiccatalog.web.page.Html.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.civiccatalog.core.store.RecordVersion;

/**
 * The pages of a dataset's history: {@code {dataset}/history} lists the earlier versions (when and by which
 * harvest run each was replaced, its hash), and {@code {dataset}/history/{n}} shows version n as the dataset page
 * showed it then. Everything that came from a portal, or from the store, is escaped as on the dataset page.
 */
public final class HistoryHtml {
    private HistoryHtml() {}

    /**
     * @param current  the dataset's current record (its title heads the page)
     * @param versions oldest first, as the store gives them
     * @param base     the catalog's base IRI, for links to harvest reports
     */
    public static String list(RecordView current, List<RecordVersion> versions, String base) {
        String ds = current.datasetIri();
        List<Html.Alternate> alternates = Html.rdfAlternates(ds + "/history", null);
        StringBuilder sb = new StringBuilder(Html.open("Earlier versions of " + current.title(), alternates)).append(Html.header(base));
        sb.append("<p class=\"muted\">History · ").append(Html.link(ds, "current version")).append(" · <code>")
          .append(esc(ds)).append("</code></p>\n")
          .append("<h1>Earlier versions of ").append(esc(current.title())).append("</h1>\n");
        if (versions.isEmpty()) {
            sb.append("<p>None: the description has not changed since the catalog first had it.</p>\n");
            return sb.append(Html.endMain()).append(Html.close(alternates)).toString();
        }
        sb.append("<table id=\"versions\">\n<tr><th>Version</th><th>Replaced at</th><th>Replaced by</th>")
          .append("<th>Content hash</th></tr>\n");
        for (RecordVersion v : versions)
            sb.append("<tr><td>").append(Html.link(ds + "/history/" + v.n(), "Version " + v.n()))
              .append("</td><td><time>").append(esc(v.invalidatedAt().toString())).append("</time></td><td>")
              .append(run(v.invalidatedBy(), base)).append("</td><td>").append(hash(v.contentHash()))
              .append("</td></tr>\n");
        sb.append("</table>\n<p class=\"muted\">Version 1 is the oldest. The current version is the dataset page.</p>\n");
        return sb.append(Html.endMain()).append(Html.close(alternates)).toString();
    }

    /**
     * @param old   the record graph as version {@code v} kept it
     * @param count how many earlier versions the dataset has
     */
    public static String version(RecordView old, RecordVersion v, int count, String base) {
        String ds = old.datasetIri();
        String self = ds + "/history/" + v.n();
        List<Html.Alternate> alternates = Html.rdfAlternates(self, null);
        StringBuilder sb = new StringBuilder(Html.open(old.title() + " (version " + v.n() + ")", alternates)).append(Html.header(base));
        sb.append("<p class=\"muted\">Earlier version ").append(v.n()).append(" of ").append(count).append(" · ")
          .append(Html.link(ds + "/history", "all versions")).append(" · ").append(Html.link(ds, "current version"))
          .append(" · <code>").append(esc(ds)).append("</code></p>\n")
          .append("<p id=\"replaced\">Replaced at <time>").append(esc(v.invalidatedAt().toString())).append("</time> by ")
          .append(run(v.invalidatedBy(), base)).append(".</p>\n");
        DatasetHtml.describe(old, sb);
        return sb.append(Html.endMain()).append(Html.close(alternates)).toString();
    }

    /** The run, linked to its report; an import has no run. */
    private static String run(Optional<String> run, String base) {
        return run.map(r -> Html.link(base + "harvest.json?run=" + URLEncoder.encode(r, StandardCharsets.UTF_8), r))
                .orElse("an import");
    }

    private static String hash(Optional<String> hash) {
        return hash.map(h -> "<code title=\"" + esc(h) + "\">" + esc(h.length() > 12 ? h.substring(0, 12) + "…" : h)
                + "</code>").orElse("<span class=\"muted\">none</span>");
    }
}
