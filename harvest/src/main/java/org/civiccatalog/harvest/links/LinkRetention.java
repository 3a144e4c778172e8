package org.civiccatalog.harvest.links;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.audit.LinkOutcome;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.PROV;

/**
 * Deletes link checks older than {@link LinkSettings#keepChecksFor()} from {@code {base}graph/links}, except, for each
 * URL, its latest check and its latest check that decides (ok, broken, timeout): what the schedule and the audit
 * read stays as it was, only the history behind it (uptime) gets shorter. A check is about 14 triples; daily checks
 * of 10,000 URLs kept for 90 days are about 12.6 million.
 */
final class LinkRetention {
    private LinkRetention() {}

    /** One stored check: enough to choose. */
    private record Kept(Node node, String url, Instant at, boolean decides) {}

    /** Deletes the checks made before {@code cutoff} that are neither a URL's latest nor its latest deciding one; returns how many. */
    static int prune(CatalogStore store, Instant cutoff) {
        Node g = NodeFactory.createURI(store.iris().linkCheckGraph());
        Graph drop = GraphFactory.createGraphMem();
        int[] dropped = {0};
        store.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            List<Kept> checks = new ArrayList<>();
            dsg.find(g, Node.ANY, RDF.type.asNode(), CIVIC.LinkCheck.asNode()).forEachRemaining(q -> read(dsg, g, q.getSubject())
                    .ifPresent(checks::add));
            Map<String, Kept> latest = new HashMap<>(), latestDeciding = new HashMap<>();
            for (Kept k : checks) {
                latest.merge(k.url(), k, LinkRetention::later);
                if (k.decides()) latestDeciding.merge(k.url(), k, LinkRetention::later);
            }
            Set<Node> keep = new HashSet<>();
            latest.values().forEach(k -> keep.add(k.node()));
            latestDeciding.values().forEach(k -> keep.add(k.node()));
            for (Kept k : checks) {
                if (!k.at().isBefore(cutoff) || keep.contains(k.node())) continue;
                dsg.find(g, k.node(), Node.ANY, Node.ANY).forEachRemaining(q -> drop.add(q.asTriple()));
                dropped[0]++;
            }
            return null;
        });
        if (dropped[0] > 0) store.removeFromLog(store.iris().linkCheckGraph(), drop);
        return dropped[0];
    }

    private static Kept later(Kept a, Kept b) {
        return b.at().isAfter(a.at()) ? b : a;
    }

    /** A check as the link checker writes it; a check without a URL or time is not one of its own and stays. */
    private static Optional<Kept> read(DatasetGraph dsg, Node g, Node check) {
        Optional<Node> url = object(dsg, g, check, CIVIC.checkedUrl.asNode()).filter(Node::isURI);
        Optional<Node> at = object(dsg, g, check, PROV.atTime.asNode()).filter(Node::isLiteral);
        if (url.isEmpty() || at.isEmpty()) return Optional.empty();
        Instant when;
        try {
            when = Instant.parse(at.get().getLiteralLexicalForm());
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
        Optional<LinkOutcome> outcome = object(dsg, g, check, CIVIC.outcome.asNode()).filter(Node::isLiteral)
                .flatMap(o -> LinkOutcome.ofLabel(o.getLiteralLexicalForm()));
        // no outcome stated: its status decides (LinkHealth reads such checks the same way)
        boolean decides = outcome.map(LinkOutcome::decides)
                .orElseGet(() -> object(dsg, g, check, CIVIC.httpStatus.asNode()).isPresent());
        return Optional.of(new Kept(check, url.get().getURI(), when, decides));
    }

    private static Optional<Node> object(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }
}
