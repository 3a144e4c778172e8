package org.civiccatalog.harvest;

import org.civiccatalog.core.ImportedDataset;

/** Where an adapter hands what it gathered, as it goes. */
public interface HarvestSink {
    /** One dataset mapped to DCAT in the catalog's IRIs, and the URL of the document it came from. */
    void dataset(ImportedDataset dataset, String fromUrl);

    /** A problem with one record or page that does not stop the source. */
    void finding(Finding finding);
}
