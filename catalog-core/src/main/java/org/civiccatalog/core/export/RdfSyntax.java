package org.civiccatalog.core.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The RDF syntaxes the catalog writes, with their media types and file suffixes. */
public enum RdfSyntax {
    TURTLE("turtle", "text/turtle", "ttl"),
    JSONLD("jsonld", "application/ld+json", "jsonld"),
    RDFXML("rdfxml", "application/rdf+xml", "rdf"),
    NTRIPLES("ntriples", "application/n-triples", "nt");

    private final String name;
    private final String mediaType;
    private final String suffix;

    RdfSyntax(String name, String mediaType, String suffix) {
        this.name = name;
        this.mediaType = mediaType;
        this.suffix = suffix;
    }

    public String cliName() {
        return name;
    }

    public String mediaType() {
        return mediaType;
    }

    public String suffix() {
        return suffix;
    }

    public static Optional<RdfSyntax> byName(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name.equals(k) || f.suffix.equals(k)).findFirst();
    }

    public static Optional<RdfSyntax> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(f -> f.suffix.equalsIgnoreCase(suffix)).findFirst();
    }

    public static Optional<RdfSyntax> byMediaType(String mediaType) {
        String m = mediaType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(m)).findFirst();
    }
}
