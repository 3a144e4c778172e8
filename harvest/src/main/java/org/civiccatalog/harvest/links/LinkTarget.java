package org.civiccatalog.harvest.links;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A URL a dataset's metadata gives, and what it declares about it.
 *
 * @param url          the URL (http or https)
 * @param role         which property gives it
 * @param datasetIri   the dataset
 * @param distribution the distribution (or data dictionary node) it belongs to, if any
 * @param mediaType    the declared dcat:mediaType ("text/csv"), if any
 * @param format       the declared dct:format, as the file-type code the audit knows it by ("CSV"), if any
 */
public record LinkTarget(URI url, LinkRole role, String datasetIri, Optional<String> distribution,
                         Optional<String> mediaType, Optional<String> format) {
    public LinkTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(datasetIri, "datasetIri");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(format, "format");
    }

    /** A target with nothing declared (tests, landing pages). */
    public static LinkTarget of(URI url, LinkRole role, String datasetIri) {
        return new LinkTarget(url, role, datasetIri, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public LinkTarget declaring(String mediaType) {
        return new LinkTarget(url, role, datasetIri, distribution, Optional.of(mediaType), format);
    }

    /** What the served content type is compared with: the media type, else the format; only for files. */
    public Optional<String> declaredType() {
        if (!role.servesDeclaredType()) return Optional.empty();
        return mediaType.or(() -> format);
    }
}
