package org.civiccatalog.harvest;

import org.civiccatalog.core.ImportedDataset;

/** Where an adapter hands what it gathered, as it goes. */
public interface HarvestSink {
    /** One dataset mapped to DCAT in the catalog's IRIs, and the URL of the document it came from. */
    void dataset(ImportedDataset dataset, String fromUrl);

    /**
     * One record given with a hash of its source form (after limits), mapped only if needed: the run skips the
     * mapping of a record whose source hash matches what the store holds. The supplier may throw the mapping's
     * exceptions; they reach the caller as from a direct mapping.
     */
    default void record(String upstreamId, String sourceHash, java.util.function.Supplier<ImportedDataset> mapped,
                        String fromUrl) {
        dataset(mapped.get(), fromUrl);
    }

    /**
     * The source hash the store holds for this record (the part of its content hash before '|'), if the record is
     * active, not yet seen in this gather, and was stored with one: an adapter that reads a costly second document
     * per record (Socrata's views) decides from it whether that document can matter, and may then hand the record
     * to {@link #record} with exactly this hash, which costs nothing more.
     */
    default java.util.Optional<String> heldSourceHash(String upstreamId) {
        return java.util.Optional.empty();
    }

    /** A problem with one record or page that does not stop the source. */
    void finding(Finding finding);

    /**
     * Offers a page the adapter fetched, before parsing it. When the last run read a page at this URL with the same
     * digest (of its final URL, content type and body) and the store still holds every record it gave as that run
     * stored it, those records count as seen and unchanged, the page's findings are given again, and the adapter gets
     * back its ids and what it kept with the page ({@link #endPage}'s tail), and need not parse it. Empty otherwise:
     * the adapter parses the page between {@link #beginPage} and {@link #endPage}.
     */
    default java.util.Optional<ReplayedPage> replayPage(String url, String digest) {
        return java.util.Optional.empty();
    }

    /** The records and findings handed over until {@link #endPage} are what the page at {@code url} gave. */
    default void beginPage(String url, String digest) {}

    /**
     * Ends the page begun last.
     *
     * @param tail       what the adapter needs to go on without parsing the page next time (its next page's URL)
     * @param replayable false when what the page gave depends on other pages (it repeated an earlier page's record):
     *                   such a page is parsed every time
     */
    default void endPage(String tail, boolean replayable) {}

    /** A page that stood for its parse: the upstream ids of its records and the tail kept with it. */
    record ReplayedPage(String tail, java.util.List<String> upstreamIds) {}
}
