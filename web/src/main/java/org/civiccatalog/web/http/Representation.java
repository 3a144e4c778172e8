package org.civiccatalog.web.http;

import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;

/**
 * The representations the catalog serves: four RDF syntaxes and HTML. Each has its media type (and aliases a
 * client may ask for it by), the suffix that selects it in a URL ({@code /catalog.ttl}) and the Jena format used
 * to write it. Turtle and N-Triples are written by Jena's streaming writers; JSON-LD and RDF/XML need the
 * whole graph of one response (one bounded page, or one record) in memory.
 */
public enum Representation {
    TURTLE("text/turtle", "ttl", "text/turtle;charset=utf-8", RDFFormat.TURTLE_BLOCKS, true,
            List.of("application/x-turtle")),
    JSONLD("application/ld+json", "jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY, false,
            List.of("application/json")),
    RDFXML("application/rdf+xml", "rdf", "application/rdf+xml;charset=utf-8", RDFFormat.RDFXML_PLAIN, false,
            List.of("application/xml", "text/xml")),
    NTRIPLES("application/n-triples", "nt", "application/n-triples;charset=utf-8", RDFFormat.NTRIPLES, true,
            List.of("text/plain")),
    HTML("text/html", "html", "text/html;charset=utf-8", null, false, List.of("application/xhtml+xml"));

    /** The RDF syntaxes, in the order the catalog prefers them (Turtle is the default). */
    public static final List<Representation> RDF = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES);
    /** RDF first, then HTML: what a dereferenceable resource offers. */
    public static final List<Representation> RDF_AND_HTML = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES, HTML);

    private final String mediaType;
    private final String suffix;
    private final String contentType;
    private final RDFFormat format;
    private final boolean streaming;
    private final List<String> aliases;

    Representation(String mediaType, String suffix, String contentType, RDFFormat format, boolean streaming,
                   List<String> aliases) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.contentType = contentType;
        this.format = format;
        this.streaming = streaming;
        this.aliases = aliases;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The URL suffix without the dot: {@code ttl}, {@code jsonld}, {@code rdf}, {@code nt}, {@code html}. */
    public String suffix() {
        return suffix;
    }

    /** The {@code Content-Type} header value. */
    public String contentType() {
        return contentType;
    }

    /** The Jena format, null for HTML. */
    public RDFFormat format() {
        return format;
    }

    public boolean isRdf() {
        return format != null;
    }

    /** True when Jena writes it triple by triple, without holding the graph. */
    public boolean streaming() {
        return streaming;
    }

    /** True when {@code type} (lower case, no parameters) names this representation. */
    public boolean answers(String type) {
        return mediaType.equals(type) || aliases.contains(type);
    }

    /** The RDF syntax selected by a URL suffix such as {@code ttl}. */
    public static Optional<Representation> rdfBySuffix(String suffix) {
        return RDF.stream().filter(r -> r.suffix.equals(suffix)).findFirst();
    }
}
