package org.civiccatalog.core.imports;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.civiccatalog.core.datajson.CatalogFields;
import org.civiccatalog.core.datajson.DataJsonWriter;
import org.civiccatalog.core.datajson.DcatToPod;
import org.civiccatalog.core.datajson.PodCatalogFields;
import org.civiccatalog.core.datajson.PodDefaults;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.vocab.ADMS;
import org.civiccatalog.vocab.CIVIC;

/**
 * Writes the catalog, or one source of it, as a POD v1.1 data.json, record by record: the store streams record
 * graphs, {@link DcatToPod} maps each dataset, {@link DataJsonWriter} writes it. Only one record is in memory at a
 * time (and a bounded queue of them: reading the store and mapping overlap on two threads). Withdrawn records (gone upstream, kept in the store) are left out: a data.json lists what is available.
 * A single source's export carries that source's own catalog-level fields, so a data.json that came in goes out
 * with its header.
 */
public final class DataJsonExporter {
    /** Used when the operator configured nothing; says plainly that it is a placeholder. */
    public static final PodDefaults PLACEHOLDER_DEFAULTS =
            PodDefaults.of("Catalog operator (not configured)", "opendata@example.invalid");

    private final CatalogStore store;
    private final DcatToPod toPod;

    public DataJsonExporter(CatalogStore store) {
        this(store, PLACEHOLDER_DEFAULTS);
    }

    public DataJsonExporter(CatalogStore store, PodDefaults defaults) {
        this.store = store;
        this.toPod = new DcatToPod(defaults);
    }

    /** The whole federated catalog, its header naming {@code feedUrl}. */
    public int exportAll(String feedUrl, OutputStream out) {
        try (DataJsonWriter w = DataJsonWriter.open(out, CatalogFields.podV11(feedUrl))) {
            HandOff.run(store::forEachListedRecord, g -> write(w, g));
            return w.count();
        }
    }

    /** @param sourceId one source, or null for the whole catalog (header: {base}data.json) */
    public int export(String sourceId, OutputStream out) {
        if (sourceId == null) return exportAll(store.iris().base() + "data.json", out);
        CatalogFields header = PodCatalogFields.fromGraph(store.catalogGraph(), store.iris().source(sourceId))
                .withRequiredDefaults();
        try (DataJsonWriter w = DataJsonWriter.open(out, header)) {
            HandOff.run(sink -> store.forEachListedRecord(sourceId, sink), g -> write(w, g));
            return w.count();
        }
    }

    private void write(DataJsonWriter w, Graph record) {
        if (record.contains(Node.ANY, ADMS.status.asNode(), CIVIC.withdrawn.asNode())) return;
        RecordGraph.datasetOf(record).ifPresent(iri -> w.write(toPod.toPod(record, iri)));
    }

}
