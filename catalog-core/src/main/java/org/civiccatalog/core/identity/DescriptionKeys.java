package org.civiccatalog.core.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.vocab.ADMS;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;

/**
 * What one active record offers for recognising the same dataset on another portal.
 *
 * @param datasetIri  the dataset the record describes
 * @param sourceId    the source (portal) it was harvested from
 * @param identifiers {@code dct:identifier} values of at least {@value #MIN_IDENTIFIER_LENGTH} characters (shorter
 *                    ones, "1" or "budget", collide by chance), URLs reduced by {@link UrlKey}, and the original IRIs
 *                    of RDF imports
 * @param landingPage the landing page, as a {@link UrlKey}
 * @param downloads   download and access URLs of the distributions, as {@link UrlKey}s
 * @param sourceLinks pages the record names as its {@code dct:source} (the origin, by the publisher's own word)
 * @param text        title and description fingerprint, when the description is long enough
 * @param issued      the day of {@code dct:issued}, for choosing the earliest as origin when nothing else decides
 * @param modified    the day of {@code dct:modified}: re-publishers copy the origin's dates, which tells near-twins apart
 */
record DescriptionKeys(String datasetIri, String sourceId, List<String> identifiers, Optional<String> landingPage,
                       List<String> downloads, List<String> sourceLinks, Optional<TextFingerprint> text,
                       Optional<String> issued, Optional<String> modified) {
    static final int MIN_IDENTIFIER_LENGTH = 8;

    private static final Node TYPE = RDF.type.asNode();

    /** The properties {@link #of} reads: a scan for identity decodes these, not whole records. */
    static final Set<Node> PREDICATES = Set.of(TYPE, ADMS.status.asNode(), FOAF.primaryTopic.asNode(),
            DCAT.inCatalog.asNode(), DCTERMS.identifier.asNode(), OWL.sameAs.asNode(), CIVIC.originalIri.asNode(),
            DCAT.landingPage.asNode(), DCAT.distribution.asNode(), DCAT.downloadURL.asNode(), DCAT.accessURL.asNode(),
            DCTERMS.source.asNode(), DCTERMS.title.asNode(), DCTERMS.description.asNode(), DCTERMS.issued.asNode(),
            DCTERMS.modified.asNode());

    /**
     * The keys of a stored record graph, or empty when it is withdrawn (a withdrawn origin no longer hides its
     * copies) or not a record of a known source.
     *
     * @param sourcesByIri source ids keyed by the source's catalog IRI
     */
    static Optional<DescriptionKeys> of(Graph record, Map<String, String> sourcesByIri) {
        Node rec = first(record, Node.ANY, TYPE, DCAT.CatalogRecord.asNode(), true);
        if (rec == null) return Optional.empty();
        if (record.contains(rec, ADMS.status.asNode(), CIVIC.withdrawn.asNode())) return Optional.empty();
        Node ds = first(record, rec, FOAF.primaryTopic.asNode(), Node.ANY, false);
        Node src = first(record, rec, DCAT.inCatalog.asNode(), Node.ANY, false);
        if (ds == null || !ds.isURI() || src == null || !src.isURI()) return Optional.empty();
        String sourceId = sourcesByIri.get(src.getURI());
        if (sourceId == null) return Optional.empty();

        Set<String> ids = new LinkedHashSet<>();
        forEachObject(record, ds, DCTERMS.identifier.asNode(), o -> identifier(o).ifPresent(ids::add));
        forEachObject(record, ds, OWL.sameAs.asNode(), o -> identifier(o).ifPresent(ids::add));
        forEachObject(record, ds, CIVIC.originalIri.asNode(), o -> identifier(o).ifPresent(ids::add));
        Optional<String> landing = Optional.ofNullable(first(record, ds, DCAT.landingPage.asNode(), Node.ANY, false))
                .flatMap(n -> UrlKey.of(text(n)));
        Set<String> downloads = new LinkedHashSet<>();
        forEachObject(record, ds, DCAT.distribution.asNode(), d -> {
            forEachObject(record, d, DCAT.downloadURL.asNode(), u -> UrlKey.of(text(u)).ifPresent(downloads::add));
            forEachObject(record, d, DCAT.accessURL.asNode(), u -> UrlKey.of(text(u)).ifPresent(downloads::add));
        });
        landing.ifPresent(downloads::remove); // an access URL that is the landing page adds nothing
        Set<String> sourceLinks = new LinkedHashSet<>();
        forEachObject(record, ds, DCTERMS.source.asNode(), o -> UrlKey.of(text(o)).ifPresent(sourceLinks::add));
        String title = literal(record, ds, DCTERMS.title.asNode());
        String description = literal(record, ds, DCTERMS.description.asNode());
        // compact lists: the whole region's keys are held at once
        return Optional.of(new DescriptionKeys(ds.getURI(), sourceId, List.copyOf(ids), landing, List.copyOf(downloads),
                List.copyOf(sourceLinks),
                TextFingerprint.of(title, description), day(literal(record, ds, DCTERMS.issued.asNode())),
                day(literal(record, ds, DCTERMS.modified.asNode()))));
    }

    /** The day a date or date-time falls on, shared between records: the region's dates are few. */
    private static Optional<String> day(String date) {
        return date == null ? Optional.empty() : Optional.of((date.length() > 10 ? date.substring(0, 10) : date).intern());
    }

    private static Optional<String> identifier(Node o) {
        String v = text(o);
        if (v == null) return Optional.empty();
        Optional<String> url = UrlKey.of(v);
        if (url.isPresent()) return url;
        v = v.strip();
        return v.length() >= MIN_IDENTIFIER_LENGTH ? Optional.of(v) : Optional.empty();
    }

    private static String text(Node n) {
        if (n.isURI()) return n.getURI();
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        return null;
    }

    private static String literal(Graph g, Node s, Node p) {
        Node o = first(g, s, p, Node.ANY, false);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    private static Node first(Graph g, Node s, Node p, Node o, boolean subject) {
        ExtendedIterator<Triple> it = g.find(s, p, o);
        try {
            if (!it.hasNext()) return null;
            Triple t = it.next();
            return subject ? t.getSubject() : t.getObject();
        } finally {
            it.close();
        }
    }

    private static void forEachObject(Graph g, Node s, Node p, java.util.function.Consumer<Node> action) {
        g.find(s, p, Node.ANY).forEachRemaining(t -> action.accept(t.getObject()));
    }
}
