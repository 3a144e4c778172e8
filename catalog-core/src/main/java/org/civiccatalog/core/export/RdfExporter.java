package org.civiccatalog.core.export;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.store.CatalogStore;

/**
 * Writes the whole federated catalog (the catalog graph and every record graph, merged as the union default
 * graph SPARQL users see) in one RDF syntax, streamed record by record.
 */
public final class RdfExporter {
    private final CatalogStore store;

    public RdfExporter(CatalogStore store) {
        this.store = store;
    }

    /** @return the number of records written */
    public long export(RdfSyntax syntax, OutputStream out) {
        long[] n = {0};
        try (TripleStreamWriter w = TripleStreamWriter.create(syntax, out)) {
            w.graph(catalogGraph());
            store.forEachListedRecord(g -> {
                w.graph(g);
                n[0]++;
            });
        }
        return n[0];
    }

    private Graph catalogGraph() {
        String name = store.iris().catalogGraph();
        return store.read(ds -> {
            Graph copy = GraphFactory.createGraphMem();
            ds.asDatasetGraph().getGraph(NodeFactory.createURI(name)).find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
