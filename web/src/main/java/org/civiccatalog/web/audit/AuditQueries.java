package org.civiccatalog.web.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.audit.Band;
import org.civiccatalog.core.audit.LatestAudit;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.vocab.Prefixes;

/**
 * What the dashboard shows, read from the store's quality graphs with the {@code .rq} queries beside this class
 * (values bound, never spliced). Nothing is scored here: every number is one the audit stored.
 */
public final class AuditQueries {
    private static final Map<String, Query> QUERIES = new ConcurrentHashMap<>();
    private final CatalogStore store;
    /** The latest run, asked by every dataset page: read again after a write only. */
    private final org.civiccatalog.core.store.PerDataVersion<Optional<LatestAudit>> latest = new org.civiccatalog.core.store.PerDataVersion<>();

    public AuditQueries(CatalogStore store) {
        this.store = store;
    }

    public CatalogStore store() {
        return store;
    }

    /** The latest completed run, if any. */
    public Optional<LatestAudit> latest() {
        return latest.get(store, () -> LatestAudit.of(store));
    }

    /** Every completed run, oldest first, with the region's aggregate (the trend). */
    public List<AuditViews.RunTrend> runs() {
        return select("audit-runs", b -> b.substitution("catalog", uri(store.iris().catalog())), row -> new AuditViews.RunTrend(
                row.get("run").getURI(), Instant.parse(text(row.get("end"))), count(row.get("datasets")), number(row.get("score")),
                new AuditViews.Bands(count(row.get("excellent")), count(row.get("good")), count(row.get("sufficient")),
                        count(row.get("bad")))));
    }

    /** The aggregates of a run: region, jurisdictions, sources, departments. */
    public List<AuditViews.Group> groups(LatestAudit run) {
        String catalog = store.iris().catalog(), sources = store.iris().base() + "source/";
        return select("audit-aggregates", b -> b.substitution("g", uri(run.graphIri())), row -> {
            String on = row.get("on").getURI();
            AuditViews.Kind kind;
            String key;
            if (on.equals(catalog)) { kind = AuditViews.Kind.REGION; key = "region"; }
            else if (row.get("name") != null) { kind = AuditViews.Kind.DEPARTMENT; key = text(row.get("name")); }
            else if (row.get("jurisdiction") != null) { kind = AuditViews.Kind.JURISDICTION; key = text(row.get("jurisdiction")); }
            else if (on.startsWith(sources)) { kind = AuditViews.Kind.SOURCE; key = on.substring(sources.length()); }
            else return null;
            return new AuditViews.Group(kind, key, on.substring(on.lastIndexOf('/') + 1), count(row.get("datasets")),
                    number(row.get("score")), new AuditViews.Bands(count(row.get("excellent")), count(row.get("good")),
                    count(row.get("sufficient")), count(row.get("bad"))), count(row.get("overdue")), count(row.get("errors")),
                    count(row.get("warnings")));
        });
    }

    /** One dataset's score in a run, without its findings; empty when the run did not audit it. */
    public Optional<AuditViews.DatasetAudit> score(LatestAudit run, String datasetIri) {
        return store.read(ds -> scoreOf(ds, run, datasetIri));
    }

    /** One dataset in a run, with its findings (fixes worth most first); empty when the run did not audit it. */
    public Optional<AuditViews.DatasetAudit> dataset(LatestAudit run, String datasetIri) {
        return store.read(ds -> {
            Optional<AuditViews.DatasetAudit> found = scoreOf(ds, run, datasetIri);
            if (found.isEmpty()) return Optional.empty();
            List<AuditViews.FindingRow> findings = new ArrayList<>();
            AuditViews.DatasetAudit d = found.get();
            forEach(ds, "audit-dataset-findings", b -> b.substitution("g", uri(run.graphIri())).substitution("dataset", uri(datasetIri)),
                    row -> findings.add(finding(row, datasetIri, d.title().orElse(""), d.department(), d.source())));
            return Optional.of(d.withFindings(findings));
        });
    }

    private Optional<AuditViews.DatasetAudit> scoreOf(Dataset ds, LatestAudit run, String datasetIri) {
        {
            List<AuditViews.DatasetAudit> one = select(ds, "audit-dataset", b -> b.substitution("g", uri(run.graphIri()))
                    .substitution("dataset", uri(datasetIri)), row -> {
                double score = number(row.get("score"));
                return new AuditViews.DatasetAudit(datasetIri, opt(row.get("title")), text(row.get("department")),
                        sourceId(row.get("source")), score, Band.of(score), row.get("pending") == null ? 0 : number(row.get("pending")),
                        row.get("days") == null ? Optional.empty() : Optional.of(count(row.get("days"))), List.of());
            });
            return one.stream().findFirst();
        }
    }

    /** Every stored finding of a run, or of one department's datasets, in export order, to {@code sink}. */
    public void findings(LatestAudit run, Optional<String> department, Consumer<AuditViews.FindingRow> sink) {
        store.read(ds -> {
            forEach(ds, department.isPresent() ? "audit-department-findings" : "audit-findings", b -> {
                b.substitution("g", uri(run.graphIri()));
                department.ifPresent(name -> b.substitution("wanted", NodeFactory.createLiteralString(name)));
            }, row -> sink.accept(finding(row, row.get("dataset").getURI(), text(row.get("title")), text(row.get("department")),
                    sourceId(row.get("source")))));
            return null;
        });
    }

    /** The datasets overdue in a run, most overdue first. */
    public List<AuditViews.Overdue> overdue(LatestAudit run) {
        return select("audit-overdue", b -> b.substitution("g", uri(run.graphIri())), row -> new AuditViews.Overdue(
                row.get("dataset").getURI(), opt(row.get("title")), text(row.get("department")), sourceId(row.get("source")),
                count(row.get("days")), opt(row.get("frequency")).map(AuditQueries::frequency), opt(row.get("modified"))));
    }

    /** Every URL the link checker has results for. */
    public List<String> checkedUrls() {
        return select("links-checked", b -> b.substitution("links", uri(store.iris().linkCheckGraph())),
                row -> row.get("url").isURI() ? row.get("url").getURI() : null);
    }

    /** The datasets naming a URL, and as what. */
    public List<AuditViews.LinkUse> usedBy(String url) {
        return select("links-used-by", b -> b.substitution("url", uri(url)), row -> new AuditViews.LinkUse(
                row.get("dataset").getURI(), opt(row.get("title")), Prefixes.curie(ResourceFactory.createResource(row.get("property").getURI()))));
    }

    private AuditViews.FindingRow finding(Binding row, String dataset, String title, String department, String source) {
        Node property = row.get("property");
        String message = text(row.get("message")) + opt(row.get("focus")).map(n -> " [" + n + "]").orElse("");
        return new AuditViews.FindingRow(dataset, title, department, source, text(row.get("rule")),
                row.get("severity").isURI() ? row.get("severity").getLocalName() : text(row.get("severity")),
                property.isURI() ? Prefixes.curie(ResourceFactory.createResource(property.getURI())) : text(property), message,
                opt(row.get("fix")).orElse(text(row.get("message"))), row.get("points") == null ? 0 : number(row.get("points")));
    }

    /** A frequency IRI of the EU table as its last segment (MONTHLY); an ISO 8601 literal as it is. */
    private static String frequency(String f) {
        int slash = f.lastIndexOf('/');
        return f.startsWith("http") && slash > 0 ? f.substring(slash + 1) : f;
    }

    private String sourceId(Node n) {
        if (n == null) return "";
        String prefix = store.iris().base() + "source/";
        String s = n.isURI() ? n.getURI() : text(n);
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    interface Rows<T> {
        T map(Binding row);
    }

    private <T> List<T> select(String name, Consumer<QueryExecBuilder> bind, Rows<T> rows) {
        return store.read(ds -> select(ds, name, bind, rows));
    }

    private static <T> List<T> select(Dataset ds, String name, Consumer<QueryExecBuilder> bind, Rows<T> rows) {
        List<T> out = new ArrayList<>();
        forEach(ds, name, bind, row -> {
            T t = rows.map(row);
            if (t != null) out.add(t);
        });
        return out;
    }

    private static void forEach(Dataset ds, String name, Consumer<QueryExecBuilder> bind, Consumer<Binding> rows) {
        QueryExecBuilder b = QueryExec.dataset(ds.asDatasetGraph()).query(query(name));
        bind.accept(b);
        try (QueryExec qe = b.build()) {
            qe.select().forEachRemaining(rows);
        }
    }

    private static Query query(String name) {
        return QUERIES.computeIfAbsent(name, n -> {
            String path = n + ".rq";
            try (InputStream in = AuditQueries.class.getResourceAsStream(path)) {
                if (in == null) throw new CatalogException("No query resource " + path);
                return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new CatalogException("Cannot read query resource " + path, e);
            }
        }).cloneQuery();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static String text(Node n) {
        if (n == null) return "";
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    private static Optional<String> opt(Node n) {
        return n == null ? Optional.empty() : Optional.of(text(n)).filter(s -> !s.isEmpty());
    }

    private static long count(Node n) {
        return n == null ? 0 : new java.math.BigDecimal(n.getLiteralLexicalForm()).longValue();
    }

    private static double number(Node n) {
        return Double.parseDouble(n.getLiteralLexicalForm());
    }
}
