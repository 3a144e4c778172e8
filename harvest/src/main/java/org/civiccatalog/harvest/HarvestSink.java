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

    /** A problem with one record or page that does not stop the source. */
    void finding(Finding finding);
}
