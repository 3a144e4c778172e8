package org.civiccatalog.core.audit.dqv;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.civiccatalog.core.audit.LinkHealth;
import org.civiccatalog.core.audit.LinkResults;
import org.civiccatalog.core.audit.LinkStatus;
import org.civiccatalog.core.store.CatalogStore;

/**
 * Link-check results as the link checker stores them in {@code {base}graph/links}, one node per check:
 * <pre>
 *   [] a civic:LinkCheck ; civic:checkedUrl &lt;url&gt; ; civic:httpStatus 200 ; prov:atTime "..."^^xsd:dateTime ;
 *      civic:outcome "ok" .
 * </pre>
 * The latest check of a URL that decides whether it works counts ({@link org.civiccatalog.core.audit.LinkOutcome#decides()}):
 * a pending (202 "Processing") or refused (robots.txt, private address) check does not make a link broken, nor
 * working. A check without an outcome is decided by its status. Each lookup runs in the caller's read transaction
 * when there is one (the audit reads while it scans the records), else in its own.
 */
public final class StoredLinkResults implements LinkResults {
    private final LinkHealth health;

    public StoredLinkResults(CatalogStore store) {
        this.health = LinkHealth.of(store);
    }

    /** Stored results, or none at all when the link checker has not written any (no lookup per URL then). */
    public static LinkResults of(CatalogStore store) {
        Node g = NodeFactory.createURI(store.iris().linkCheckGraph());
        boolean any = store.read(ds -> ds.asDatasetGraph().find(g, Node.ANY, Node.ANY, Node.ANY).hasNext());
        return any ? new StoredLinkResults(store) : LinkResults.none();
    }

    /**
     * Every URL's stored result, read once in one pass over the checks: for the audit, which asks about every link
     * of the region (a lookup per URL is a read of that URL's history each). None when nothing is stored.
     */
    public static LinkResults preloaded(CatalogStore store) {
        Map<String, LinkStatus> statuses = new HashMap<>();
        LinkHealth.of(store).latestDeciding().forEach((url, check) -> check.status().ifPresent(s -> statuses.put(url, s)));
        return statuses.isEmpty() ? LinkResults.none() : LinkResults.of(statuses);
    }

    @Override
    public Optional<LinkStatus> status(String url) {
        return health.latestDeciding(url).flatMap(c -> c.status());
    }
}
