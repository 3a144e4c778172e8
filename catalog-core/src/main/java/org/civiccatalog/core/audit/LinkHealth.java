package org.civiccatalog.core.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.PROV;

/**
 * The link checker's results, read from the store ({@code {base}graph/links}, every check kept): the latest check of
 * each URL, uptime over the kept checks, and the broken links. For the dashboard and the checker's schedule; it only
 * reads. Each call reads in the caller's read transaction when there is one, else in its own.
 *
 * <pre>
 *   LinkHealth links = LinkHealth.of(store);
 *   links.broken();                      // latest deciding check broken or timed out, by URL
 *   links.uptime("https://x/a.csv");     // 29 of 30 checks answered
 * </pre>
 */
public final class LinkHealth {
    private final CatalogStore store;
    private final Node graph;

    private LinkHealth(CatalogStore store) {
        this.store = store;
        this.graph = NodeFactory.createURI(store.iris().linkCheckGraph());
    }

    public static LinkHealth of(CatalogStore store) {
        return new LinkHealth(store);
    }

    /** Uptime of one URL over its kept checks that decide (ok, broken, timeout). */
    public record Uptime(int checks, int ok) {
        /** Share of checks that answered, 0-1; 0 when never decided. */
        public double share() {
            return checks == 0 ? 0 : ok / (double) checks;
        }
    }

    /** Whether any check is stored. */
    public boolean any() {
        return store.read(ds -> ds.asDatasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    /** Every check of a URL, oldest first. */
    public List<LinkCheck> history(String url) {
        Node u = NodeFactory.createURI(url);
        return store.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            List<LinkCheck> out = new ArrayList<>();
            dsg.find(graph, Node.ANY, CIVIC.checkedUrl.asNode(), u)
                    .forEachRemaining(q -> read(dsg, q.getSubject()).ifPresent(out::add));
            out.sort(Comparator.comparing(LinkCheck::checkedAt));
            return out;
        });
    }

    /** The latest check of a URL, whatever its outcome. */
    public Optional<LinkCheck> latest(String url) {
        List<LinkCheck> h = history(url);
        return h.isEmpty() ? Optional.empty() : Optional.of(h.get(h.size() - 1));
    }

    /** The latest check of a URL that decides whether it works: what the audit counts. */
    public Optional<LinkCheck> latestDeciding(String url) {
        List<LinkCheck> h = history(url);
        for (int i = h.size() - 1; i >= 0; i--) if (h.get(i).outcome().decides()) return Optional.of(h.get(i));
        return Optional.empty();
    }

    public Uptime uptime(String url) {
        int checks = 0, ok = 0;
        for (LinkCheck c : history(url)) {
            if (!c.outcome().decides()) continue;
            checks++;
            if (c.outcome() == LinkOutcome.OK) ok++;
        }
        return new Uptime(checks, ok);
    }

    /** The latest check of every URL checked, whatever its outcome, by URL. */
    public Map<String, LinkCheck> latest() {
        return latestWhere(false);
    }

    /** The latest deciding check of every URL that has one, by URL: what the audit counts, for all URLs at once. */
    public Map<String, LinkCheck> latestDeciding() {
        return latestWhere(true);
    }

    /** URLs whose latest deciding check is broken or timed out, by URL: the broken-link list. */
    public List<LinkCheck> broken() {
        return latestWhere(true).values().stream().filter(c -> c.outcome() != LinkOutcome.OK).toList();
    }

    /** How many URLs are in each outcome, by their latest check. */
    public Map<LinkOutcome, Long> counts() {
        Map<LinkOutcome, Long> m = new EnumMap<>(LinkOutcome.class);
        for (LinkOutcome o : LinkOutcome.values()) m.put(o, 0L);
        latest().values().forEach(c -> m.merge(c.outcome(), 1L, Long::sum));
        return m;
    }

    private Map<String, LinkCheck> latestWhere(boolean deciding) {
        return store.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Map<String, LinkCheck> latest = new TreeMap<>();
            dsg.find(graph, Node.ANY, RDF.type.asNode(), CIVIC.LinkCheck.asNode()).forEachRemaining(q ->
                    read(dsg, q.getSubject()).filter(c -> !deciding || c.outcome().decides()).ifPresent(c ->
                            latest.merge(c.url(), c, (a, b) -> b.checkedAt().isAfter(a.checkedAt()) ? b : a)));
            return latest;
        });
    }

    /** One check node; empty when it lacks its URL or time (not written by the checker). */
    private Optional<LinkCheck> read(DatasetGraph dsg, Node check) {
        Optional<Node> url = first(dsg, check, CIVIC.checkedUrl);
        Optional<Instant> at = literal(dsg, check, PROV.atTime).map(Instant::parse);
        if (url.isEmpty() || !url.get().isURI() || at.isEmpty()) return Optional.empty();
        Optional<Integer> status = literal(dsg, check, CIVIC.httpStatus).map(Integer::parseInt);
        Optional<LinkOutcome> stated = literal(dsg, check, CIVIC.outcome).flatMap(LinkOutcome::ofLabel);
        if (stated.isEmpty() && status.isEmpty()) return Optional.empty();
        // a check that states no outcome (written by hand or by an older checker): its status alone decides
        LinkOutcome outcome = stated.orElseGet(() ->
                new LinkStatus(status.get(), at.get()).answers() ? LinkOutcome.OK : LinkOutcome.BROKEN);
        List<String> datasets = new ArrayList<>();
        dsg.find(graph, check, CIVIC.usedBy.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) datasets.add(q.getObject().getURI());
        });
        datasets.sort(null);
        return Optional.of(new LinkCheck(url.get().getURI(), at.get(), outcome, status,
                literal(dsg, check, CIVIC.message).orElse(""),
                first(dsg, check, CIVIC.finalUrl).filter(Node::isURI).map(Node::getURI).orElse(url.get().getURI()),
                literal(dsg, check, CIVIC.redirectCount).map(Integer::parseInt).orElse(0),
                literal(dsg, check, CIVIC.contentType), literal(dsg, check, CIVIC.declaredType),
                literal(dsg, check, CIVIC.contentTypeMismatch).map(Boolean::parseBoolean).orElse(false),
                literal(dsg, check, CIVIC.httpMethod).orElse(""),
                literal(dsg, check, CIVIC.durationMillis).map(Long::parseLong).orElse(0L), datasets));
    }

    private Optional<Node> first(DatasetGraph dsg, Node s, org.apache.jena.rdf.model.Property p) {
        var it = dsg.find(graph, s, p.asNode(), Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private Optional<String> literal(DatasetGraph dsg, Node s, org.apache.jena.rdf.model.Property p) {
        var it = dsg.find(graph, s, p.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) return Optional.of(o.getLiteralLexicalForm());
        }
        return Optional.empty();
    }
}
