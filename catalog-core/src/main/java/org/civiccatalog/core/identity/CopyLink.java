package org.civiccatalog.core.identity;

import java.util.Objects;

/**
 * One dataset recognised as a re-publication of another portal's dataset.
 *
 * @param copy         the copy's dataset IRI (left out of feeds)
 * @param origin       the origin's dataset IRI (listed in feeds)
 * @param matchedBy    how it was recognised
 * @param matchedValue what the two descriptions share: a URL, an identifier, or the title
 * @param matchedWith  the description it was matched with: the origin, or another copy of the same dataset
 */
public record CopyLink(String copy, String origin, MatchKind matchedBy, String matchedValue, String matchedWith) {
    public CopyLink {
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(matchedBy, "matchedBy");
        Objects.requireNonNull(matchedValue, "matchedValue");
        Objects.requireNonNull(matchedWith, "matchedWith");
    }
}
