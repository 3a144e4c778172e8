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
            DatasetView.of(record).ifPresent(v -> of(v).forEach(t -> out.computeIfAbsent(t.url().toString(),
                    k -> new ArrayList<>()).add(t)));
        });
        return out;
    }

    /** The URLs one dataset's metadata gives. */
    public static List<LinkTarget> of(DatasetView v) {
        List<LinkTarget> out = new ArrayList<>();
        for (Node page : v.objects(DCAT.landingPage))
            url(page).ifPresent(u -> out.add(LinkTarget.of(u, LinkRole.LANDING_PAGE, v.iri())));
        describedBy(v, v.node(), out);
        for (Node d : v.distributions()) {
            Optional<String> dist = Optional.of(d.isURI() ? d.getURI() : v.label(d));
            Optional<String> mediaType = v.objects(d, DCAT.mediaType).stream().map(FileTypes::mediaType)
                    .flatMap(Optional::stream).findFirst();
            Optional<String> format = v.objects(d, DCTERMS.format).stream().map(FileTypes::ofFormat)
                    .flatMap(Optional::stream).map(FileTypes.FileType::code).findFirst();
            for (Node a : v.objects(d, DCAT.accessURL))
                url(a).ifPresent(u -> out.add(new LinkTarget(u, LinkRole.ACCESS_URL, v.iri(), dist, mediaType, format)));
            for (Node a : v.objects(d, DCAT.downloadURL))
                url(a).ifPresent(u -> out.add(new LinkTarget(u, LinkRole.DOWNLOAD_URL, v.iri(), dist, mediaType, format)));
            describedBy(v, d, out);
        }
        return out;
    }

    /** A data dictionary: dcat-us:describedBy names a distribution node with the URL (or is the URL itself). */
    private static void describedBy(DatasetView v, Node subject, List<LinkTarget> out) {
        for (Node dict : v.objects(subject, DCATUS3.describedBy)) {
            if (dict.isURI() && v.objects(dict, DCAT.accessURL).isEmpty() && v.objects(dict, DCAT.downloadURL).isEmpty()) {
                url(dict).ifPresent(u -> out.add(LinkTarget.of(u, LinkRole.DESCRIBED_BY, v.iri())));
                continue;
            }
            Optional<String> mediaType = v.objects(dict, DCAT.mediaType).stream().map(FileTypes::mediaType)
                    .flatMap(Optional::stream).findFirst();
            for (var p : List.of(DCAT.accessURL, DCAT.downloadURL))
                for (Node a : v.objects(dict, p))
                    url(a).ifPresent(u -> out.add(new LinkTarget(u, LinkRole.DESCRIBED_BY, v.iri(),
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
