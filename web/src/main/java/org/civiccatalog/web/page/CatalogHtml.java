package org.civiccatalog.web.page;

import static org.civiccatalog.web.page.Html.esc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;

import org.civiccatalog.web.feed.CatalogPage;
import org.civiccatalog.web.feed.PageLinks;

/** One page of the catalog as HTML: a list of its datasets with links, and links to the other pages. */
public final class CatalogHtml {
    private CatalogHtml() {}

    /**
     * Writes the page record by record.
     *
     * @param feedIri  the catalog feed's URL without query (its RDF alternates add a suffix)
     * @param records  the page's records, fetched lazily
     */
    public static void write(Writer out, String title, String feedIri, CatalogPage page, PageLinks links,
                             Iterator<RecordView> records) {
        String query = links.self().substring(links.self().indexOf('?') + 1);
        List<Html.Alternate> alternates = Html.rdfAlternates(feedIri, query);
        try {
            out.write(Html.open(title + " · page " + page.page(), alternates));
            out.write(Html.header(feedIri.substring(0, feedIri.lastIndexOf('/') + 1)));
            out.write("<h1>" + esc(title) + "</h1>\n<p>" + page.totalItems() + " datasets · page " + page.page()
                    + " of " + page.lastPage() + "</p>\n" + nav(page, links, "Pages, top") + "<ol start=\""
                    + (page.request().offset() + 1) + "\">\n");
            while (records.hasNext()) {
                RecordView r = records.next();
                out.write("<li>" + Html.link(r.datasetIri(), r.title())
                        + r.publisher().map(p -> " <span class=\"muted\">· " + esc(p) + "</span>").orElse("") + "</li>\n");
            }
            out.write("</ol>\n" + nav(page, links, "Pages, bottom") + Html.endMain() + Html.close(alternates));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nav(CatalogPage page, PageLinks links, String label) {
        StringBuilder sb = new StringBuilder("<nav aria-label=\"" + label + "\"><p>");
        sb.append(Html.link(links.page(1), "First"));
        if (page.hasPrevious()) sb.append(" · ").append(Html.link(links.page(page.page() - 1), "Previous"));
        if (page.hasNext()) sb.append(" · ").append(Html.link(links.page(page.page() + 1), "Next"));
        sb.append(" · ").append(Html.link(links.page(page.lastPage()), "Last"));
        return sb.append("</p></nav>\n").toString();
    }
}
