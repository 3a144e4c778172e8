package org.civiccatalog.harvest.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.civiccatalog.core.audit.DatasetView;
import org.civiccatalog.core.audit.mqa.FileTypes;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.vocab.ADMS;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCATUS3;
import org.civiccatalog.vocab.DCTERMS;

/**
 * The URLs to check: accessURL, downloadURL, landingPage and describedBy of the datasets feeds list (copies of another
 * portal's dataset are left out: their origin is checked), active ones only (a withdrawn record is nobody's to fix).
 * One URL used by several datasets is checked once; every use is kept.
 */
public final class LinkTargets {
    private LinkTargets() {}

    /** Every URL of the store's listed, active datasets, in the store's order, with its uses. */
    public static Map<String, List<LinkTarget>> collect(CatalogStore store) {
        Map<String, List<LinkTarget>> out = new LinkedHashMap<>();
        store.forEachListedRecord(record -> {
            if (withdrawn(record)) return;
            DatasetView.of(record).ifPresent(v -> of(v, store.iris().base()).forEach(t -> out.computeIfAbsent(t.url().toString(),
                    k -> new ArrayList<>()).add(t)));
        });
        return out;
    }

    /**
     * The URLs one dataset's metadata gives. A URL under the catalog's own {@code base} is a node the import minted an
     * IRI for (an RDF source whose landing page is its dataset IRI): the IRI it had upstream ({@code owl:sameAs},
     * {@code civic:originalIri}) is checked, and without one it is the catalog's own page, not checked.
     */
    public static List<LinkTarget> of(DatasetView v, String base) {
        List<LinkTarget> out = new ArrayList<>();
        java.util.function.Function<Node, Optional<URI>> url = n -> url(upstream(v, n, base));
        for (Node page : v.objects(DCAT.landingPage))
            url.apply(page).ifPresent(u -> out.add(LinkTarget.of(u, LinkRole.LANDING_PAGE, v.iri())));
        describedBy(v, v.node(), out, url);
        for (Node d : v.distributions()) {
            Optional<String> dist = Optional.of(d.isURI() ? d.getURI() : v.label(d));
            Optional<String> mediaType = v.objects(d, DCAT.mediaType).stream().map(FileTypes::mediaType)
                    .flatMap(Optional::stream).findFirst();
            Optional<String> format = v.objects(d, DCTERMS.format).stream().map(FileTypes::ofFormat)
                    .flatMap(Optional::stream).map(FileTypes.FileType::code).findFirst();
            for (Node a : v.objects(d, DCAT.accessURL))
                url.apply(a).ifPresent(u -> out.add(new LinkTarget(u, LinkRole.ACCESS_URL, v.iri(), dist, mediaType, format)));
            for (Node a : v.objects(d, DCAT.downloadURL))
                url.apply(a).ifPresent(u -> out.add(new LinkTarget(u, LinkRole.DOWNLOAD_URL, v.iri(), dist, mediaType, format)));
            describedBy(v, d, out, url);
        }
        return out;
    }

    private static Node upstream(DatasetView v, Node n, String base) {
        if (!n.isURI() || !n.getURI().startsWith(base)) return n;
        List<Node> upstream = new ArrayList<>(v.objects(n, CIVIC.originalIri));   // data.json: the @id
        upstream.addAll(v.objects(n, org.apache.jena.vocabulary.OWL.sameAs));    // DCAT RDF: the document's IRI
        return upstream.stream().filter(o -> o.isURI() || o.isLiteral()).findFirst()
                .orElse(org.apache.jena.graph.NodeFactory.createLiteralString(""));
    }

    /** A data dictionary: dcat-us:describedBy names a distribution node with the URL (or is the URL itself). */
    private static void describedBy(DatasetView v, Node subject, List<LinkTarget> out,
                                    java.util.function.Function<Node, Optional<URI>> url) {
        for (Node dict : v.objects(subject, DCATUS3.describedBy)) {
            if (dict.isURI() && v.objects(dict, DCAT.accessURL).isEmpty() && v.objects(dict, DCAT.downloadURL).isEmpty()) {
                url.apply(dict).ifPresent(u -> out.add(LinkTarget.of(u, LinkRole.DESCRIBED_BY, v.iri())));
                continue;
            }
            Optional<String> mediaType = v.objects(dict, DCAT.mediaType).stream().map(FileTypes::mediaType)
                    .flatMap(Optional::stream).findFirst();
            for (var p : List.of(DCAT.accessURL, DCAT.downloadURL))
                for (Node a : v.objects(dict, p))
                    url.apply(a).ifPresent(u -> out.add(new LinkTarget(u, LinkRole.DESCRIBED_BY, v.iri(),
                            Optional.empty(), mediaType, Optional.empty())));
        }
    }

    /** An absolute URL with a host (an IRI, or a literal that parses as one); other schemes are kept, and refused. */
    static Optional<URI> url(Node n) {
        String s = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm().strip() : null;
        if (s == null || s.isEmpty()) return Optional.empty();
        try {
            URI u = new URI(s);
            if (!u.isAbsolute()) return Optional.empty();
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() == null) return Optional.empty();
            if (scheme.equals("mailto")) return Optional.empty();
            return Optional.of(u);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean withdrawn(Graph record) {
        return record.contains(Node.ANY, ADMS.status.asNode(), CIVIC.withdrawn.asNode());
    }
}
