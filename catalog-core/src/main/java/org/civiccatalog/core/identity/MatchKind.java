package org.civiccatalog.core.identity;

import org.apache.jena.rdf.model.Resource;
import org.civiccatalog.vocab.CIVIC;

/** How a copy was recognised, strongest evidence first. */
public enum MatchKind {
    /** The copy names the origin's page as its {@code dct:source}. */
    SOURCE_LINK(CIVIC.sourceLink, "names as its source"),
    /** The same {@code dct:identifier} or original IRI. */
    SAME_IDENTIFIER(CIVIC.sameIdentifier, "has the same identifier as"),
    /** The same landing page. */
    SAME_LANDING_PAGE(CIVIC.sameLandingPage, "has the same landing page as"),
    /** A distribution with the same download or access URL. */
    SAME_DOWNLOAD_URL(CIVIC.sameDownloadUrl, "has a download URL in common with"),
    /** The same title and a near-identical description. */
    SIMILAR_TEXT(CIVIC.similarText, "has the title and nearly the description of");

    private final Resource term;
    private final String phrase;

    MatchKind(Resource term, String phrase) {
        this.term = term;
        this.phrase = phrase;
    }

    public Resource term() {
        return term;
    }

    /** Plain English for reports: "&lt;copy&gt; {phrase} &lt;other&gt;". */
    public String phrase() {
        return phrase;
    }

    static MatchKind ofTerm(org.apache.jena.graph.Node n) {
        for (MatchKind k : values()) if (k.term.asNode().equals(n)) return k;
        throw new IllegalArgumentException("not a match kind: " + n);
    }
}
