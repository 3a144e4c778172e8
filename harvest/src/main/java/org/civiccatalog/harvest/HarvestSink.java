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
}
