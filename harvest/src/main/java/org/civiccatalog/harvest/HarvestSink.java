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
     * Whether the store holds this record, active and not yet seen in this gather, with this source hash: an adapter
     * that reads a costly second document per record (Socrata's views) may then skip it and hand the record to
     * {@link #record} with the same hash, which costs nothing more.
     */
    default boolean holds(String upstreamId, String sourceHash) {
        return false;
    }

    /**
     * A record whose source hash the store holds, but whose second document was read again (its refresh was due):
     * always mapped, and compared with the store by its graph, so an unchanged second document writes nothing.
     */
    default void reread(String upstreamId, String sourceHash, java.util.function.Supplier<ImportedDataset> mapped,
                        String fromUrl) {
        dataset(mapped.get(), fromUrl);
    }

    /** A problem with one record or page that does not stop the source. */
    void finding(Finding finding);
}
