package org.civiccatalog.core.rdf;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The paging links of one page of a Hydra-paged DCAT feed.
 *
 * @param next       the next page, empty on the last page
 * @param first      the first page
 * @param last       the last page
 * @param totalItems the number of items in the whole collection, when stated
 * @param deprecated whether the links came from the deprecated {@code hydra:PagedCollection} terms
 *                   ({@code hydra:nextPage} ...) rather than {@code hydra:PartialCollectionView}
 */
public record PageLinks(Optional<String> next, Optional<String> first, Optional<String> last,
                        OptionalLong totalItems, boolean deprecated) {
    public PageLinks {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(totalItems, "totalItems");
    }

    /** A page without paging information: a single-page feed. */
    public static PageLinks none() {
        return new PageLinks(Optional.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty(), false);
    }
}
