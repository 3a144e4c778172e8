package org.civiccatalog.core.datajson;

import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.civiccatalog.vocab.Prefixes;

/**
 * Media types as DCAT 3 wants them, IANA registry IRIs ({@code https://www.iana.org/assignments/media-types/text/csv}),
 * and back. The IRI is built from the lower-cased {@code type/subtype} without parameters.
 */
final class MediaTypes {
    private static final String MARK = "/assignments/media-types/";

    private MediaTypes() {}

    /** The IANA IRI of a media type string, when it has a valid {@code type/subtype}. */
    static Optional<Node> iri(String mediaType) {
        return PodRules.mediaType(mediaType)
                .map(t -> NodeFactory.createURI(Prefixes.IANA_MEDIA_TYPES + t.toLowerCase(Locale.ROOT)));
    }

    /** The string the IRI of {@link #iri} gives back, to tell whether the original string must be kept verbatim. */
    static Optional<String> derived(String mediaType) {
        return iri(mediaType).map(MediaTypes::fromNode).flatMap(o -> o);
    }

    /** A media type from a dcat:mediaType (or dct:format) value: an IANA IRI (http or https), or a literal. */
    static Optional<String> fromNode(Node n) {
        if (n.isLiteral()) return Optional.of(n.getLiteralLexicalForm());
        if (!n.isURI()) return Optional.empty();
        String u = n.getURI();
        int i = u.indexOf(MARK);
        return i >= 0 ? Optional.of(u.substring(i + MARK.length())) : Optional.empty();
    }
}
