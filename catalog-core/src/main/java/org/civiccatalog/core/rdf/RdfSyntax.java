package org.civiccatalog.core.rdf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;

/**
 * Chooses the RDF syntax of a document: an explicit {@link Lang} wins, then the content type, then the file
 * name's extension, then a look at the first bytes. Only the syntaxes a DCAT import accepts are returned.
 */
public final class RdfSyntax {
    /** The syntaxes the importer reads. */
    public static final List<Lang> SUPPORTED = List.of(Lang.TURTLE, Lang.RDFXML, Lang.JSONLD, Lang.JSONLD11,
            Lang.NTRIPLES, Lang.TRIG, Lang.NQUADS);

    private RdfSyntax() {}

    /**
     * @param explicit    the caller's choice, or null
     * @param name        file name or URL, or null
     * @param contentType HTTP Content-Type (parameters allowed), or null
     * @param head        the first bytes of the document (BOM already removed), for sniffing; may be empty
     */
    public static Optional<Lang> choose(Lang explicit, String name, String contentType, byte[] head) {
        if (explicit != null) return Optional.of(explicit);
        return fromContentType(contentType).or(() -> fromName(name)).or(() -> sniff(head));
    }

    public static boolean isSupported(Lang lang) {
        return SUPPORTED.stream().anyMatch(l -> l.equals(lang));
    }

    static Optional<Lang> fromContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) return Optional.empty();
        String ct = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (ct.equals(WebContent.contentTypeXML) || ct.equals(WebContent.contentTypeXMLAlt))
            return Optional.of(Lang.RDFXML);
        // Misconfigured servers send any RDF as these; Jena would read text/plain as N-Triples. Decide by name/content.
        if (ct.equals(WebContent.contentTypeTextPlain) || ct.equals(WebContent.contentTypeOctets)) return Optional.empty();
        return Optional.ofNullable(RDFLanguages.contentTypeToLang(ct)).filter(RdfSyntax::isSupported);
    }

    static Optional<Lang> fromName(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        String n = name.replaceFirst("[?#].*$", "").toLowerCase(Locale.ROOT);
        if (n.endsWith(".xml") || n.endsWith(".owl")) return Optional.of(Lang.RDFXML);
        return Optional.ofNullable(RDFLanguages.filenameToLang(n)).filter(RdfSyntax::isSupported);
    }

    /** A last resort for documents served as text/plain or application/octet-stream. */
    static Optional<Lang> sniff(byte[] head) {
        if (head == null || head.length == 0) return Optional.empty();
        String s = new String(head, 0, Math.min(head.length, 2048), StandardCharsets.ISO_8859_1).stripLeading();
        if (s.startsWith("{") || s.startsWith("[")) return Optional.of(Lang.JSONLD);
        if (s.startsWith("<?xml") || s.startsWith("<rdf:RDF") || s.startsWith("<!DOCTYPE"))
            return Optional.of(Lang.RDFXML);
        if (s.startsWith("@prefix") || s.startsWith("@base") || s.regionMatches(true, 0, "PREFIX", 0, 6)
                || s.regionMatches(true, 0, "BASE", 0, 4))
            return Optional.of(Lang.TURTLE);
        if (s.startsWith("_:") || s.matches("(?s)^<[A-Za-z][A-Za-z0-9+.-]*:[^>\\s]*>.*"))
            return Optional.of(Lang.TURTLE);   // N-Triples style; Turtle reads it too
        return Optional.empty();
    }
}
