package org.civiccatalog.web.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.store.CatalogStore;

/**
 * Reads harvest reports back from the store's harvest graph ({@code {base}graph/harvest}, where every run is a
 * {@code prov:Activity}), so reports survive restarts. The queries are {@code .rq} resources beside this class;
 * the graph, the run and the source are bound, never spliced.
 */
public final class HarvestReports {
    /** Runs shown per source. */
    public static final int RUNS_PER_SOURCE = 10;
    /** Findings shown per source run. */
    public static final int FINDINGS_SHOWN = 20;
    private static final int MAX_ROWS = 5000;
    private static final Map<String, Query> QUERIES = new ConcurrentHashMap<>();

    /** One source's part of one run. */
    public record SourceRun(String runIri, Instant started, Instant ended, String sourceId, String outcome,
                            long created, long changed, long unchanged, long returned, long withdrawn, long failed,
                            String problem, long findingCount, List<String> findings) {}

    private final CatalogStore store;

    public HarvestReports(CatalogStore store) {
        this.store = store;
    }

    public String graphName() {
        return store.iris().harvestGraph();
    }

    /** The last {@link #RUNS_PER_SOURCE} runs of each source (sorted by id), newest first; or those of one run. */
    public Map<String, List<SourceRun>> bySource(Optional<String> runIri) {
        Node log = NodeFactory.createURI(graphName());
        String sourcePrefix = store.iris().base() + "source/";
        return store.read(ds -> {
            Map<String, List<SourceRun>> out = new TreeMap<>();
            Query q = query("harvest-runs");
            q.setLimit(MAX_ROWS);
            var b = QueryExec.dataset(ds.asDatasetGraph()).query(q).substitution("log", log);
            runIri.ifPresent(r -> b.substitution("run", NodeFactory.createURI(r)));
            List<Binding> rows = new ArrayList<>();
            try (QueryExec qe = b.build()) {
                qe.select().forEachRemaining(rows::add);
            }
            for (Binding row : rows) {
                Node run = runIri.<Node>map(NodeFactory::createURI).orElseGet(() -> row.get("run"));
                Node source = row.get("source");
                String iri = source.isURI() ? source.getURI() : source.toString();
                String id = iri.startsWith(sourcePrefix) ? iri.substring(sourcePrefix.length()) : iri;
                List<SourceRun> runs = out.computeIfAbsent(id, k -> new ArrayList<>());
                if (runs.size() >= RUNS_PER_SOURCE) continue;
                runs.add(new SourceRun(run.getURI(), instant(row.get("started")), instant(row.get("ended")), id,
                        text(row.get("outcome")), count(row.get("created")), count(row.get("changed")),
                        count(row.get("unchanged")), count(row.get("returned")), count(row.get("withdrawn")),
                        count(row.get("failed")), text(row.get("problem")),
                        findingCount(ds, log, run, source), findings(ds, log, run, source)));
            }
            return out;
        });
    }

    private static long findingCount(org.apache.jena.query.Dataset ds, Node log, Node run, Node source) {
        try (QueryExec qe = QueryExec.dataset(ds.asDatasetGraph()).query(query("harvest-finding-count"))
                .substitution("log", log).substitution("run", run).substitution("source", source).build()) {
            var rs = qe.select();
            return rs.hasNext() ? count(rs.next().get("n")) : 0;
        }
    }

    private static List<String> findings(org.apache.jena.query.Dataset ds, Node log, Node run, Node source) {
        Query q = query("harvest-findings");
        q.setLimit(FINDINGS_SHOWN);
        List<String> out = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(ds.asDatasetGraph()).query(q)
                .substitution("log", log).substitution("run", run).substitution("source", source).build()) {
            qe.select().forEachRemaining(r -> out.add(text(r.get("finding"))));
        }
        return out;
    }

    private static Query query(String name) {
        return QUERIES.computeIfAbsent(name, n -> {
            String path = n + ".rq";
            try (InputStream in = HarvestReports.class.getResourceAsStream(path)) {
                if (in == null) throw new CatalogException("No query resource " + path);
                return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new CatalogException("Cannot read query resource " + path, e);
            }
        }).cloneQuery();
    }

    private static String text(Node n) {
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static long count(Node n) {
        if (n == null || !n.isLiteral()) return 0;
        try {
            return Long.parseLong(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Instant instant(Node n) {
        try {
            return n == null ? Instant.EPOCH : Instant.parse(n.getLiteralLexicalForm());
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }
}
