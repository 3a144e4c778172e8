package org.civiccatalog.web.page;

import java.util.List;
import java.util.Locale;

import org.civiccatalog.web.http.Representation;

/**
 * The small HTML kit of the pages. Everything harvested is text from elsewhere: it goes through
 * {@link #esc(String)} before it reaches a page, and only http(s) and mailto IRIs become links.
 */
public final class Html {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;"
            + "line-height:1.4}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.25rem .5rem;"
            + "text-align:left;vertical-align:top}.desc{white-space:pre-line}.muted{color:#666}dl{margin:0}"
            + "dt{font-weight:600}dd{margin:0 0 .25rem 1rem}"
            + "a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #1a5fb4;outline-offset:2px}"
            + ".skip{position:absolute;left:-10000px}.skip:focus{position:static}";

    private Html() {}

    /** Escapes text for element content and for double- or single-quoted attribute values. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True for IRIs safe to put in {@code href}: http, https, mailto. Never javascript: or data:. */
    public static boolean linkable(String iri) {
        String l = iri.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://") || l.startsWith("mailto:");
    }

    /** A link when the IRI is {@link #linkable}, else the escaped text. */
    public static String link(String iri, String text) {
        if (iri == null || !linkable(iri)) return esc(text);
        return "<a href=\"" + esc(iri) + "\">" + esc(text) + "</a>";
    }

    /** An alternate RDF format of the page's resource, for {@code <link rel="alternate">}. */
    public record Alternate(Representation format, String href) {}

    /** Alternates {@code {resource}.ttl}, {@code .jsonld}, {@code .rdf}, {@code .nt}, with an optional query. */
    public static List<Alternate> rdfAlternates(String resource, String query) {
        return Representation.RDF.stream()
                .map(r -> new Alternate(r, resource + "." + r.suffix() + (query == null ? "" : "?" + query)))
                .toList();
    }

    /** Doctype, head with title and alternate links, opening body. */
    public static String open(String title, List<Alternate> alternates) {
        return open(title, alternates, "");
    }

    /** The same, with more CSS rules for this page (constant text, never harvested). */
    public static String open(String title, List<Alternate> alternates, String css) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n");
        for (Alternate a : alternates)
            sb.append("<link rel=\"alternate\" type=\"").append(a.format().mediaType()).append("\" href=\"")
              .append(esc(a.href())).append("\">\n");
        return sb.append("<style>").append(STYLE).append(css).append("</style>\n</head>\n<body>\n").toString();
    }

    /**
     * The top of a page's body: a skip link (the keyboard's first stop), links home, to the search and to the
     * workbench, then the opening of the {@code main} landmark, which {@link #endMain()} closes.
     */
    public static String header(String base) {
        return "<header><p><a href=\"#main\" class=\"skip\">Skip to content</a> " + link(base, "Home") + " · "
                + link(base + "search", "Search") + " · " + link(base + "workbench", "SPARQL workbench")
                + "</p></header>\n<main id=\"main\" tabindex=\"-1\">\n";
    }

    public static String endMain() {
        return "</main>\n";
    }

    /** A line of links to the alternates, then closing body and html. */
    public static String close(List<Alternate> alternates) {
        StringBuilder sb = new StringBuilder();
        if (!alternates.isEmpty()) {
            sb.append("<footer><p class=\"muted\">Also as ");
            for (int i = 0; i < alternates.size(); i++) {
                Alternate a = alternates.get(i);
                sb.append(i == 0 ? "" : " · ").append(link(a.href(), label(a.format())));
            }
            sb.append("</p></footer>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    private static String label(Representation r) {
        return switch (r) {
            case TURTLE -> "Turtle";
            case JSONLD -> "JSON-LD";
            case RDFXML -> "RDF/XML";
            case NTRIPLES -> "N-Triples";
            case HTML -> "HTML";
        };
    }
}
