package org.civiccatalog.harvest;

/**
 * One adapter per portal API. An adapter pages through the portal, maps each record to DCAT (in the catalog's
 * IRIs) and hands it to the sink; it never writes to the store. Records it cannot use become findings. When the
 * source as a whole fails (unreachable, a page that is not what it should be, a repeated page) it throws
 * {@link HarvestException}: whatever it handed over before counts as a partial gather, and nothing is withdrawn.
 */
public interface Harvester {
    SourceKind kind();

    void gather(HarvestSource source, HarvestContext ctx, HarvestSink sink);
}
