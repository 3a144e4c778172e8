package org.civiccatalog.web.page;

import static org.civiccatalog.web.page.Html.esc;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.civiccatalog.core.search.Facet;
import org.civiccatalog.core.search.SearchQuery;
import org.civiccatalog.core.search.SearchResult;
import org.civiccatalog.core.search.SearchSort;
import org.civiccatalog.web.search.SearchParams;

/**
 * {@code GET /search}: a form, the facets as links with counts, the results, and pages. Plain HTML that works
 * without JavaScript and with a keyboard alone: every control has a label, the facets and pages are links, and the
 * words of a result that match are marked. Everything harvested (titles, descriptions, facet values) is escaped.
 */
public final class SearchPage {
    static final String CSS = ".search-layout{display:flex;flex-wrap:wrap;gap:1rem 2rem}.facets{flex:0 1 16rem}"
            + ".found{flex:1 1 28rem;min-width:0}.facets h3{font-size:1rem;margin:1rem 0 .25rem}"
            + ".facets ul,.results{padding-left:1.25rem}.facets li{margin:.15rem 0}.results li{margin:0 0 1rem}"
            + ".results h3{font-size:1.1rem;margin:0}.meta{margin:.1rem 0;color:#595959}.snippet{margin:.1rem 0}"
            + "mark{background:#fff3a3;color:#000}form.search{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end}"
            + "form.search div{display:flex;flex-direction:column}input,select,button{font:inherit;padding:.25rem .4rem}"
            + "a:focus,input:focus,select:focus,button:focus{outline:3px solid #1a5fb4;outline-offset:2px}"
            + ".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}"
            + ".skip{position:absolute;left:-10000px}.skip:focus{position:static}"
            + ".withdrawn{color:#8a1c1c;font-weight:600}";

    private SearchPage() {}

    public static String render(String base, SearchResult r) {
        SearchQuery q = r.query();
        String title = q.text().isEmpty() ? "Search datasets" : "Search: " + q.text();
        StringBuilder sb = new StringBuilder(Html.open(title, List.of(), CSS));
        sb.append("<header><p><a href=\"#results\" class=\"skip\">Skip to results</a> ")
          .append(Html.link(base, "Home")).append(" · ")
          .append(Html.link(base + "search.json" + qs(q), "These results as JSON")).append("</p></header>\n<main>\n")
          .append("<h1>Search datasets</h1>\n");
        form(base, q, sb);
        status(r, sb);
        sb.append("<div class=\"search-layout\">\n");
        facets(base, r, sb);
        results(base, r, sb);
        sb.append("</div>\n</main>\n");
        return sb.append(Html.close(List.of())).toString();
    }

    /** The search form; chosen facet values ride along as hidden fields, so new words keep the filters. */
    static void form(String base, SearchQuery q, StringBuilder sb) {
        sb.append("<form class=\"search\" role=\"search\" method=\"get\" action=\"").append(esc(base + "search")).append("\">\n")
          .append("<div><label for=\"q\">Words</label><input type=\"search\" id=\"q\" name=\"q\" value=\"").append(esc(q.text()))
          .append("\" size=\"40\"></div>\n")
          .append("<div><label for=\"bbox\">Area: west,south,east,north</label><input type=\"text\" id=\"bbox\" name=\"bbox\""
                  + " inputmode=\"decimal\" placeholder=\"-121.6,38.4,-121.3,38.7\" aria-describedby=\"bbox-help\" value=\"")
          .append(esc(q.bbox().map(b -> b.toPod()).orElse(""))).append("\"></div>\n")
          .append("<div><label for=\"sort\">Sort by</label><select id=\"sort\" name=\"sort\">");
        for (SearchSort s : SearchSort.values())
            sb.append("<option value=\"").append(s.param()).append('"').append(s == q.sort() ? " selected" : "").append('>')
              .append(esc(s.label())).append("</option>");
        sb.append("</select></div>\n");
        for (Facet f : Facet.values())
            for (String v : q.filters().getOrDefault(f, Set.of()).stream().sorted().toList())
                sb.append("<input type=\"hidden\" name=\"").append(f.param()).append("\" value=\"").append(esc(v)).append("\">\n");
        sb.append("<div><button type=\"submit\">Search</button></div>\n")
          .append("<p id=\"bbox-help\" class=\"muted\">Area finds datasets whose extent overlaps the box, in decimal degrees.</p>\n")
          .append("</form>\n");
    }

    private static void status(SearchResult r, StringBuilder sb) {
        sb.append("<p id=\"summary\" role=\"status\">");
        if (r.index().isEmpty()) {
            sb.append("The search index is being built. Try again in a few seconds.</p>\n");
            return;
        }
        long n = r.total();
        sb.append("<strong>").append(n).append("</strong> ").append(n == 1 ? "dataset" : "datasets").append(" found");
        if (n > r.query().pageSize()) sb.append(", page ").append(r.query().page()).append(" of ").append(r.pages());
        sb.append(".</p>\n");
        if (!r.index().get().current())
            sb.append("<p class=\"muted\">The catalog changed since ").append(esc(r.index().get().storeModified().toString()))
              .append("; the search is being brought up to date.</p>\n");
    }

    private static void facets(String base, SearchResult r, StringBuilder sb) {
        SearchQuery q = r.query();
        sb.append("<nav class=\"facets\" aria-labelledby=\"refine\">\n<h2 id=\"refine\">Refine</h2>\n");
        if (r.facets().isEmpty()) sb.append("<p class=\"muted\">Nothing to refine by.</p>\n");
        for (Facet f : Facet.values()) {
            SearchResult.FacetCounts c = r.facets().get(f);
            if (c == null) continue;
            String id = "facet-" + f.param();
            sb.append("<section>\n<h3 id=\"").append(id).append("\">").append(esc(f.label())).append("</h3>\n<ul aria-labelledby=\"")
              .append(id).append("\">\n");
            for (SearchResult.FacetValue v : c.values()) {
                String href = base + "search" + qs(SearchParams.toggle(q, f, v.value()));
                sb.append("<li><a href=\"").append(esc(href)).append('"').append(v.selected() ? " aria-current=\"true\"" : "")
                  .append(" data-facet=\"").append(f.param()).append("\">")
                  .append(v.selected() ? "<span aria-hidden=\"true\">✓ </span><span class=\"visually-hidden\">Remove filter: </span>" : "")
                  .append(esc(v.label())).append("</a> <span class=\"muted\">(").append(v.count()).append(")</span></li>\n");
            }
            if (c.otherValues() > 0)
                sb.append("<li class=\"muted\">and ").append(c.otherValues()).append(" more</li>\n");
            sb.append("</ul>\n</section>\n");
        }
        sb.append("</nav>\n");
    }

    private static void results(String base, SearchResult r, StringBuilder sb) {
        SearchQuery q = r.query();
        sb.append("<section class=\"found\" aria-labelledby=\"results\">\n<h2 id=\"results\" tabindex=\"-1\">Results</h2>\n");
        if (r.hits().isEmpty()) {
            sb.append("<p>").append(r.total() == 0 ? "No dataset matches." : "No results on this page.").append("</p>\n");
        } else {
            sb.append("<ol class=\"results\" start=\"").append((long) (q.page() - 1) * q.pageSize() + 1).append("\">\n");
            for (SearchResult.Hit h : r.hits()) hit(h, sb);
            sb.append("</ol>\n");
        }
        pages(base, r, sb);
        sb.append("</section>\n");
    }

    private static void hit(SearchResult.Hit h, StringBuilder sb) {
        sb.append("<li>\n<h3>").append(Html.link(h.iri(), h.title())).append("</h3>\n<p class=\"meta\">");
        if (!h.publishers().isEmpty()) sb.append(esc(String.join(", ", h.publishers()))).append(" · ");
        sb.append("on ").append(esc(h.sourceTitle()));
        if (!h.alsoOn().isEmpty())
            sb.append(" · <span class=\"also-on\">also on ").append(h.alsoOn().size()).append(h.alsoOn().size() == 1 ? " other portal" : " other portals")
              .append(" (").append(esc(String.join(", ", h.alsoOn()))).append(")</span>");
        h.modified().ifPresent(m -> sb.append(" · modified <time datetime=\"").append(esc(m.toString())).append("\">")
                .append(esc(m.atOffset(ZoneOffset.UTC).toLocalDate().toString())).append("</time>"));
        h.quality().ifPresent(qq -> sb.append(" · quality ").append(esc(qq.band())).append(" (")
                .append(String.format(Locale.ROOT, "%.0f", qq.score())).append(" points)"));
        if (h.status().equals("withdrawn")) sb.append(" · <span class=\"withdrawn\">withdrawn from its portal</span>");
        sb.append("</p>\n");
        if (!h.snippet().isEmpty()) sb.append("<p class=\"snippet\">").append(marked(h.snippet(), h.highlight())).append("</p>\n");
        sb.append("</li>\n");
    }

    /** The snippet escaped, its matching words in {@code <mark>}. */
    static String marked(String text, List<int[]> spans) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int[] s : spans) {
            if (s[0] < at || s[1] > text.length()) continue;
            sb.append(esc(text.substring(at, s[0]))).append("<mark>").append(esc(text.substring(s[0], s[1]))).append("</mark>");
            at = s[1];
        }
        return sb.append(esc(text.substring(at))).toString();
    }

    private static void pages(String base, SearchResult r, StringBuilder sb) {
        SearchQuery q = r.query();
        if (r.pages() <= 1 && q.page() == 1) return;
        sb.append("<nav aria-label=\"Pages\" class=\"pages\"><p>");
        if (q.page() > 1)
            sb.append("<a rel=\"prev\" href=\"").append(esc(base + "search" + qs(SearchParams.page(q, Math.min(q.page() - 1, r.pages())))))
              .append("\">Previous page</a> · ");
        sb.append("Page ").append(q.page()).append(" of ").append(r.pages());
        if (q.page() < r.pages())
            sb.append(" · <a rel=\"next\" href=\"").append(esc(base + "search" + qs(SearchParams.page(q, q.page() + 1))))
              .append("\">Next page</a>");
        sb.append("</p></nav>\n");
    }

    private static String qs(SearchQuery q) {
        String s = SearchParams.queryString(q);
        return s.isEmpty() ? "" : "?" + s;
    }
}
