package org.civiccatalog.web.page;

import static org.civiccatalog.web.page.Html.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Node;
import org.civiccatalog.web.workbench.ExampleQuery;
import org.civiccatalog.web.workbench.ExampleRunner;
import org.civiccatalog.web.workbench.ResultTable;

/**
 * {@code GET /workbench}: the SPARQL workbench. Without JavaScript it is a plain form that sends a query to
 * {@code /sparql} in a chosen result format, and the library of example queries, each with links that run it (an
 * HTML table here, or CSV and JSON from the endpoint). With JavaScript, {@code workbench.js} puts the YASGUI editor
 * (served from the catalog's own jar) above the library, and each example gets a button that opens and runs it there.
 */
public final class WorkbenchPage {
    static final String CSS = "a:focus,button:focus,select:focus,textarea:focus{outline:3px solid #1a5fb4;outline-offset:2px}"
            + ".skip{position:absolute;left:-10000px}.skip:focus{position:static}"
            + "textarea{width:100%;font-family:ui-monospace,monospace;font-size:.9rem}select,button{font:inherit;padding:.25rem .4rem}"
            + "pre{background:#f6f8fa;padding:.5rem;overflow-x:auto;font-size:.85rem}.examples li{margin:0 0 1.25rem}"
            + ".examples h3{margin:0 0 .25rem;font-size:1.1rem}.scroll{overflow-x:auto}td.num{text-align:right}"
            + "#yasgui:empty{display:none}#yasgui{margin:1rem 0}";
    /** Result formats of {@code /sparql} offered by the plain form ({@code format=} values, docs/sparql.md). */
    private static final String[][] FORMATS = {{"csv", "CSV"}, {"json", "SPARQL JSON"}, {"tsv", "TSV"}, {"xml", "SPARQL XML"},
            {"text", "Text table"}};

    private WorkbenchPage() {}

    /** The link that runs a query at the endpoint and answers in {@code format} (csv, json, ...). */
    public static String endpointLink(String base, String query, String format) {
        return base + "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&format=" + format;
    }

    /** The page that shows an example's results as an HTML table. */
    public static String resultsLink(String base, ExampleQuery e) {
        return base + "workbench/examples/" + e.id();
    }

    public static String render(String base, List<ExampleQuery> examples) {
        StringBuilder sb = new StringBuilder(open(base, "SPARQL workbench"));
        sb.append("<p>Ask questions across every catalog of the region at once, in SPARQL. Queries go to the read-only endpoint ")
          .append("<code>").append(esc(base)).append("sparql</code> (time and row limits: ")
          .append("<a href=\"#sparql-help\">see below</a>").append(").</p>\n");
        sb.append("<div id=\"workbench\" data-endpoint=\"").append(esc(base + "sparql")).append("\"><div id=\"yasgui\"></div></div>\n");
        sb.append("<form id=\"plain-form\" method=\"post\" action=\"").append(esc(base + "sparql")).append("\">\n")
          .append("<h2>Your query</h2>\n<p><label for=\"query\">SPARQL query</label></p>\n")
          .append("<textarea id=\"query\" name=\"query\" rows=\"14\" spellcheck=\"false\">")
          .append(esc(examples.isEmpty() ? "SELECT * WHERE { ?s ?p ?o } LIMIT 10" : examples.get(0).text())).append("</textarea>\n")
          .append("<p><label for=\"format\">Result format</label> <select id=\"format\" name=\"format\">");
        for (String[] f : FORMATS) sb.append("<option value=\"").append(f[0]).append("\">").append(f[1]).append("</option>");
        sb.append("</select> <button type=\"submit\">Run query</button></p>\n</form>\n");

        sb.append("<h2 id=\"examples-heading\">Example queries</h2>\n<ol class=\"examples\" aria-labelledby=\"examples-heading\">\n");
        for (ExampleQuery e : examples) {
            sb.append("<li id=\"example-").append(esc(e.id())).append("\" data-example=\"").append(esc(e.id())).append("\">\n<h3>")
              .append(esc(e.title())).append("</h3>\n<p>").append(esc(e.about())).append("</p>\n<p class=\"run\">Run it: ")
              .append(Html.link(resultsLink(base, e), "results as a table")).append(" · ")
              .append(Html.link(endpointLink(base, e.text(), "csv"), "CSV")).append(" · ")
              .append(Html.link(endpointLink(base, e.text(), "json"), "JSON")).append("</p>\n")
              .append("<details><summary>The query</summary><pre><code class=\"query\">").append(esc(e.text()))
              .append("</code></pre></details>\n</li>\n");
        }
        sb.append("</ol>\n");
        sb.append("<h2 id=\"sparql-help\">Limits</h2>\n<p>Queries only (no updates, no <code>SERVICE</code>), at most 10 seconds and ")
          .append("10,000 rows by default; the default graph is every record at once. ")
          .append("Details and more examples: <code>docs/sparql.md</code> in the catalog's documentation.</p>\n");
        sb.append("<link rel=\"stylesheet\" href=\"").append(esc(base + "assets/yasgui/yasgui.min.css")).append("\">\n")
          .append("<script src=\"").append(esc(base + "assets/yasgui/yasgui.min.js")).append("\" defer></script>\n")
          .append("<script src=\"").append(esc(base + "assets/workbench.js")).append("\" defer></script>\n");
        return sb.append(close()).toString();
    }

    /** One example's results as a table, with the same results as CSV and JSON from the endpoint. */
    public static String results(String base, ExampleQuery e, ResultTable t) {
        StringBuilder sb = new StringBuilder(open(base, e.title()));
        sb.append("<p>").append(esc(e.about())).append("</p>\n<p id=\"row-count\">").append(t.rows().size())
          .append(t.rows().size() == 1 ? " row" : " rows");
        if (t.truncated()) sb.append(", the first ").append(ExampleRunner.MAX_ROWS).append(" shown: the CSV has more");
        sb.append(" · Download: ").append(Html.link(endpointLink(base, e.text(), "csv"), "CSV")).append(" · ")
          .append(Html.link(endpointLink(base, e.text(), "json"), "JSON")).append(" · ")
          .append(Html.link(base + "workbench#example-" + e.id(), "the query in the workbench")).append("</p>\n");
        sb.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"results-caption\"><table id=\"results\">")
          .append("<caption id=\"results-caption\">Results</caption>\n<tr>");
        for (String v : t.vars()) sb.append("<th scope=\"col\">").append(esc(v)).append("</th>");
        sb.append("</tr>\n");
        for (List<Node> row : t.rows()) {
            sb.append("<tr>");
            for (Node n : row) cell(n, sb);
            sb.append("</tr>\n");
        }
        sb.append("</table></div>\n<h2>The query</h2>\n<pre><code>").append(esc(e.text())).append("</code></pre>\n");
        return sb.append(close()).toString();
    }

    private static void cell(Node n, StringBuilder sb) {
        if (n == null) {
            sb.append("<td></td>");
        } else if (n.isURI()) {
            sb.append("<td>").append(Html.link(n.getURI(), n.getURI())).append("</td>");
        } else if (n.isLiteral()) {
            boolean number = org.apache.jena.sparql.expr.NodeValue.makeNode(n).isNumber();
            sb.append(number ? "<td class=\"num\">" : "<td>").append(esc(n.getLiteralLexicalForm())).append("</td>");
        } else {
            sb.append("<td>").append(esc(n.toString())).append("</td>");
        }
    }

    private static String open(String base, String title) {
        return Html.open(title, List.of(), CSS) + "<header><p><a href=\"#main\" class=\"skip\">Skip to content</a> "
                + Html.link(base, "Home") + " · " + Html.link(base + "workbench", "SPARQL workbench") + " · "
                + Html.link(base + "search", "Search") + "</p></header>\n<main id=\"main\" tabindex=\"-1\">\n<h1>" + esc(title) + "</h1>\n";
    }

    private static String close() {
        return "</main>\n" + Html.close(List.of());
    }
}
