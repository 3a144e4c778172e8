package org.civiccatalog.core.audit.dqv;

import java.time.Instant;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.civiccatalog.core.audit.LinkResults;
import org.civiccatalog.core.audit.LinkStatus;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.PROV;

/**
 * Link-check results as the link checker stores them in {@code {base}graph/links}, one node per check:
 * <pre>
 *   [] a civic:LinkCheck ; civic:checkedUrl &lt;url&gt; ; civic:httpStatus 200 ; prov:atTime "..."^^xsd:dateTime .
 * </pre>
 * The latest check of a URL counts. Each lookup runs in the caller's read transaction when there is one (the audit
 * reads while it scans the records), else in its own.
 */
public final class StoredLinkResults implements LinkResults {
    private final CatalogStore store;
    private final Node graph;

    public StoredLinkResults(CatalogStore store) {
        this.store = store;
        this.graph = NodeFactory.createURI(store.iris().linkCheckGraph());
    }

    /** Stored results, or none at all when the link checker has not written any (no lookup per URL then). */
    public static LinkResults of(CatalogStore store) {
        Node g = NodeFactory.createURI(store.iris().linkCheckGraph());
        boolean any = store.read(ds -> ds.asDatasetGraph().find(g, Node.ANY, Node.ANY, Node.ANY).hasNext());
        return any ? new StoredLinkResults(store) : LinkResults.none();
    }

    @Override
    public Optional<LinkStatus> status(String url) {
        Node u = NodeFactory.createURI(url);
        return store.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            LinkStatus latest = null;
            for (var it = dsg.find(graph, Node.ANY, CIVIC.checkedUrl.asNode(), u); it.hasNext(); ) {
                Node check = it.next().getSubject();
                Optional<Integer> status = first(dsg, check, CIVIC.httpStatus.asNode()).map(n -> Integer.parseInt(n.getLiteralLexicalForm()));
                Optional<Instant> at = first(dsg, check, PROV.atTime.asNode()).map(n -> Instant.parse(n.getLiteralLexicalForm()));
                if (status.isEmpty() || at.isEmpty()) continue;
                if (latest == null || at.get().isAfter(latest.checkedAt())) latest = new LinkStatus(status.get(), at.get());
            }
            return Optional.ofNullable(latest);
        });
    }

    private Optional<Node> first(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(graph, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) return Optional.of(o);
        }
        return Optional.empty();
    }
}
