package org.civiccatalog.web.page;

import static org.civiccatalog.web.page.Html.esc;

import java.util.List;

import org.civiccatalog.core.store.SourceInfo;

/** The home page: what the catalog is, how many datasets and sources it holds, and where its feeds are. */
public final class HomePage {
    private HomePage() {}

    /**
     * @param base the public base IRI; every link starts with it
     */
    public static String render(String base, String title, String description, long datasets, List<SourceInfo> sources) {
        List<Html.Alternate> alternates = Html.rdfAlternates(base + "catalog", null);
        StringBuilder sb = new StringBuilder(Html.open(title, alternates)).append(Html.header(base));
        sb.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"desc\">").append(esc(description)).append("</p>\n")
          .append("<p><strong>").append(datasets).append("</strong> datasets from <strong>").append(sources.size())
          .append("</strong> sources.</p>\n")
          .append("<form role=\"search\" method=\"get\" action=\"").append(esc(base + "search")).append("\">")
          .append("<label for=\"home-q\">Search the datasets</label> <input type=\"search\" id=\"home-q\" name=\"q\" size=\"40\">")
          .append(" <button type=\"submit\">Search</button></form>\n")
          .append("<h2>Feeds and query</h2>\n<ul>\n")
          .append(item(base + "search", "Search", "by words, department, theme, format, licence, area; also as search.json"))
          .append(item(base + "catalog", "Browse the catalog", "HTML, or DCAT RDF by content negotiation, paged with Hydra"))
          .append(item(base + "data.json", "data.json", "the whole catalog as DCAT-US 1.1 (Project Open Data v1.1)"))
          .append(item(base + "catalog.jsonld", "catalog.jsonld", "DCAT as JSON-LD; also .ttl, .rdf, .nt"))
          .append(item(base + "workbench", "SPARQL workbench", "a query editor with example questions across the region"))
          .append(item(base + "sparql", "SPARQL endpoint", "read-only, over every catalog at once"))
          .append(item(base + "harvest", "Harvest reports", "the last harvest runs of each source; also as harvest.json"))
          .append("</ul>\n<h2>Sources</h2>\n<ul>\n");
        for (SourceInfo s : sources) {
            sb.append("<li>").append(esc(s.title())).append(" <span class=\"muted\">(").append(esc(s.kind()));
            s.owner().ifPresent(o -> sb.append(", ").append(esc(o)));
            sb.append(")</span>");
            s.url().ifPresent(u -> sb.append(" · ").append(Html.link(u, u)));
            sb.append("</li>\n");
        }
        return sb.append("</ul>\n").append(Html.endMain()).append(Html.close(alternates)).toString();
    }

    private static String item(String href, String text, String what) {
        return "<li>" + Html.link(href, text) + " — " + esc(what) + "</li>\n";
    }
}
