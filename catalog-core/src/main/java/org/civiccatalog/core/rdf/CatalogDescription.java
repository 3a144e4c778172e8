package org.civiccatalog.core.rdf;

import java.util.Objects;
import java.util.Optional;

/**
 * What a document says about a {@code dcat:Catalog} it contains, for the source's own description.
 *
 * @param iri       the catalog's IRI, empty for a blank node
 * @param title     its {@code dct:title} (English or untagged preferred)
 * @param publisher its publisher's {@code foaf:name}, else the publisher's IRI
 * @param homepage  its {@code foaf:homepage}
 * @param datasets  how many {@code dcat:dataset} links it has
 */
public record CatalogDescription(Optional<String> iri, Optional<String> title, Optional<String> publisher,
                                 Optional<String> homepage, int datasets) {
    public CatalogDescription {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(homepage, "homepage");
    }
}
