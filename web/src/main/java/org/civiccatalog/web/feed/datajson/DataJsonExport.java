package org.civiccatalog.web.feed.datajson;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.civiccatalog.core.datajson.CatalogFields;
import org.civiccatalog.core.datajson.DataJsonWriter;
import org.civiccatalog.core.datajson.DcatToPod;
import org.civiccatalog.core.datajson.PodDefaults;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.vocab.ADMS;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.web.page.RecordView;

/**
 * The whole federated catalog as one POD v1.1 data.json, written record by record: the store streams record
 * graphs, {@link DcatToPod} maps each dataset, {@link DataJsonWriter} writes it. Only one record is in memory at
 * a time. Withdrawn records (gone upstream, kept in the store) are left out: a data.json lists what is available.
 */
public final class DataJsonExport {
    private final CatalogStore store;
    private final DcatToPod toPod;
    private final String feedUrl;

    public DataJsonExport(CatalogStore store, PodDefaults defaults, String feedUrl) {
        this.store = store;
        this.toPod = new DcatToPod(defaults);
        this.feedUrl = feedUrl;
    }

    /** @return the number of datasets written */
    public int write(OutputStream out) {
        try (DataJsonWriter w = DataJsonWriter.open(out, CatalogFields.podV11(feedUrl))) {
            store.forEachRecord(g -> {
                if (withdrawn(g)) return;
                RecordView.datasetOf(g).ifPresent(iri -> w.write(toPod.toPod(g, iri)));
            });
            return w.count();
        }
    }

    private static boolean withdrawn(Graph g) {
        return g.contains(Node.ANY, ADMS.status.asNode(), CIVIC.withdrawn.asNode());
    }
}
