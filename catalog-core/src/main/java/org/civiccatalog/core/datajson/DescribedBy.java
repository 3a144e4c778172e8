package org.civiccatalog.core.datajson;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCATUS11;
import org.civiccatalog.vocab.DCATUS3;

/**
 * describedBy / describedByType of a dataset or a distribution, the DCAT-US 3 way: dcat-us:describedBy points to a
 * dcat:Distribution of the data dictionary with dcat:accessURL (the URL) and dcat:mediaType (the IANA IRI of
 * describedByType). The exact describedByType string is also kept as pod:describedByType on the described resource.
 */
final class DescribedBy {
    private DescribedBy() {}

    static void toRdf(RdfOut out, Node subject, String url, String type) {
        if (type != null) out.literal(subject, DCATUS11.describedByType, type);
        if (url == null) return;
        Node dict = out.blank(DCAT.Distribution);
        out.add(subject, DCATUS3.describedBy, dict);
        out.iriOrLiteral(dict, DCAT.accessURL, url);
        if (type != null) MediaTypes.iri(type).ifPresent(iri -> out.add(dict, DCAT.mediaType, iri));
    }

    static Optional<String> url(RdfIn in, Node subject) {
        for (Node d : in.objects(subject, DCATUS3.describedBy)) {
            if (d.isURI() && PodRules.isUri(d.getURI())) return Optional.of(d.getURI());
            for (var p : new org.apache.jena.rdf.model.Property[] {DCAT.accessURL, DCAT.downloadURL})
                for (String u : in.strings(d, p))
                    if (PodRules.isUri(u)) return Optional.of(u);
        }
        return Optional.empty();
    }

    static Optional<String> type(RdfIn in, Node subject) {
        Optional<String> own = in.strings(subject, DCATUS11.describedByType).stream().findFirst();
        if (own.isPresent()) return own;
        for (Node d : in.objects(subject, DCATUS3.describedBy))
            for (Node m : in.objects(d, DCAT.mediaType)) {
                Optional<String> t = MediaTypes.fromNode(m);
                if (t.isPresent()) return t;
            }
        return Optional.empty();
    }
}
