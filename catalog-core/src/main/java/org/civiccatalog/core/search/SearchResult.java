package org.civiccatalog.core.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a search, the facet counts of the whole result, and which state of the catalog they reflect.
 *
 * @param query        what was asked
 * @param total        datasets that match, on every page
 * @param hits         this page's datasets, in order
 * @param facets       per facet, its values with counts (facets without values are left out)
 * @param index        the index that answered: the store state it was built from; empty when no index is built yet
 */
public record SearchResult(SearchQuery query, long total, List<Hit> hits, Map<Facet, FacetCounts> facets,
                           Optional<IndexInfo> index) {
    public SearchResult {
        Objects.requireNonNull(query, "query");
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        Objects.requireNonNull(index, "index");
    }

    /** The answer while no index has been built yet. */
    static SearchResult noIndex(SearchQuery q) {
        return new SearchResult(q, 0, List.of(), Map.of(), Optional.empty());
    }

    public int pages() {
        long shown = Math.min(total, SearchQuery.MAX_WINDOW);
        return (int) Math.max(1, (shown + query.pageSize() - 1) / query.pageSize());
    }

    /**
     * One dataset found.
     *
     * @param snippet   a piece of the description around the first word searched for (its start, without words),
     *                  markup removed
     * @param highlight the spans of {@code snippet} that match a word searched for, as [start, end) pairs
     * @param alsoOn    ids of the other portals that re-publish it
     */
    public record Hit(String iri, String title, List<String> publishers, String sourceId, String sourceTitle,
                      String snippet, List<int[]> highlight, List<String> alsoOn, String status,
                      Optional<Instant> modified, Optional<QualityScores.DatasetQuality> quality,
                      List<BoundingBox> extents, float score) {
        public Hit {
            publishers = List.copyOf(publishers);
            highlight = List.copyOf(highlight);
            alsoOn = List.copyOf(alsoOn);
            extents = List.copyOf(extents);
        }
    }

    /**
     * A facet's counts: its values, most frequent first (the chosen values always among them), and how many other
     * values it has.
     */
    public record FacetCounts(Facet facet, List<FacetValue> values, int otherValues) {
        public FacetCounts {
            values = List.copyOf(values);
        }
    }

    /** A value, its label (a portal's title for a source id), how many datasets have it, and whether it is chosen. */
    public record FacetValue(String value, String label, long count, boolean selected) {}

    /** What the answering index was built from and when. */
    public record IndexInfo(long storeVersion, Instant storeModified, int datasets, Instant builtAt, boolean current) {}
}
