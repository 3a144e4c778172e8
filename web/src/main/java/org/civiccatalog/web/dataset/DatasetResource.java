package org.civiccatalog.web.dataset;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.NotFoundException;
import org.civiccatalog.core.audit.LatestAudit;
import org.civiccatalog.core.audit.LinkResults;
import org.civiccatalog.core.audit.LinkStatus;
import org.civiccatalog.core.audit.dqv.StoredLinkResults;
import org.civiccatalog.core.identity.CrossPortalIdentity;
import org.civiccatalog.core.identity.DatasetIdentity;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.PerDataVersion;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.StoreState;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;
import org.civiccatalog.vocab.PROV;
import org.civiccatalog.web.audit.AuditQueries;
import org.civiccatalog.web.audit.QualitySection;
import org.civiccatalog.web.dataset.DatasetLookup.Target;
import org.civiccatalog.web.feed.RdfOut;
import org.civiccatalog.web.http.Conneg;
import org.civiccatalog.web.http.HttpCache;
import org.civiccatalog.web.http.Representation;
import org.civiccatalog.web.page.DatasetHtml;
import org.civiccatalog.web.standards.StoredConformance;
import org.civiccatalog.web.page.RecordView;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Dereferences dataset and distribution IRIs. A dataset answers with its HTML page or its record graph in any
 * RDF syntax, by {@code Accept} or by suffix. A distribution answers RDF with the same record graph (which
 * describes it); a browser asking for HTML is sent (303) to the dataset page's section on it.
 */
public final class DatasetResource {
    private final CatalogStore store;
    private final DatasetLookup lookup;
    private final HttpCache cache;
    private final AuditQueries audits;
    private final PerDataVersion<List<DatasetHtml.CrosswalkLink>> crosswalks = new PerDataVersion<>();

    public DatasetResource(CatalogStore store, HttpCache cache) {
        this.store = store;
        this.lookup = new DatasetLookup(store);
        this.cache = cache;
        this.audits = new AuditQueries(store);
    }

    public void dataset(Context ctx) {
        String source = ctx.pathParam("source"), key = ctx.pathParam("key");
        store.read(ds -> {
            Target t = lookup.dataset(source, key).orElseThrow(() -> notFound("dataset", source + "/" + key));
            serve(ctx, t);
            return null;
        });
    }

    public void distribution(Context ctx) {
        String source = ctx.pathParam("source"), key = ctx.pathParam("key"), n = ctx.pathParam("n");
        store.read(ds -> {
            Target t = lookup.distribution(source, key, n)
                    .orElseThrow(() -> notFound("distribution", source + "/" + key + "/distribution/" + n));
            if (t.format().isEmpty() && negotiate(ctx) == Representation.HTML) {
                ctx.header("Vary", "Accept");
                String number = t.iri().substring(t.iri().lastIndexOf('/') + 1);
                ctx.redirect(t.datasetIri() + "#distribution-" + number, HttpStatus.SEE_OTHER);
            } else {
                serve(ctx, t);
            }
            return null;
        });
    }

    private void serve(Context ctx, Target t) {
        Representation rep = t.format().orElseGet(() -> negotiate(ctx));
        StoreState state = store.state();
        // The HTML page shows the latest audit's score and the latest link checks, which change without the store's
        // state: the audit run and a digest of the link statuses are in the tag.
        Optional<LatestAudit> audit = rep == Representation.HTML ? audits.latest() : Optional.empty();
        // So does its conformance to standards, recorded after harvests (docs/standards.md).
        StoredConformance conformance = rep == Representation.HTML ? StoredConformance.of(store, t.datasetIri(), crosswalks.get(store, () -> StoredConformance.crosswalks(store)))
                : StoredConformance.none(store);
        LinkResults links = rep == Representation.HTML ? StoredLinkResults.of(store) : LinkResults.none();
        Map<String, Optional<LinkStatus>> statuses = new TreeMap<>();
        if (links instanceof StoredLinkResults)
            for (String url : urls(new RecordView(t.recordGraph(), t.datasetIri()))) statuses.put(url, links.status(url));
        String variant = t.iri().substring(store.iris().base().length()) + ":" + rep.suffix()
                + audit.map(a -> ":audit-" + a.runId()).orElse("")
                + (statuses.isEmpty() ? "" : ":links-" + Integer.toHexString(statuses.toString().hashCode()))
                + (conformance.tag().isEmpty() ? "" : ":std-" + conformance.tag());
        if (t.format().isEmpty()) ctx.header("Content-Location", t.iri() + "." + rep.suffix());
        ctx.contentType(rep.contentType());
        if (cache.headersOnly(ctx, state, variant)) return;
        if (rep == Representation.HTML) {
            String base = store.iris().base();
            RecordView view = new RecordView(t.recordGraph(), t.datasetIri());
            Optional<String> quality = audit.flatMap(a -> audits.dataset(a, t.datasetIri())).map(d -> QualitySection.html(base, d));
            DatasetHtml.Context page = new DatasetHtml.Context(base, CrossPortalIdentity.of(store, t.datasetIri()),
                    store.iris()::sourceOfDataset, quality, url -> statuses.getOrDefault(url, Optional.empty()),
                    links instanceof StoredLinkResults, provenance(view), conformance);
            ctx.result(DatasetHtml.render(view, page).getBytes(StandardCharsets.UTF_8));
        } else {
            // written to memory first (a record is small): the answer goes out after the request's turn
            // (web.http.Turns), so a client slow to read does not hold one
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            RdfOut.write(body, rep, withIdentity(t));
            ctx.result(body.toByteArray());
        }
    }

    /** Every download and access URL of the dataset's distributions. */
    private static List<String> urls(RecordView r) {
        List<String> out = new ArrayList<>();
        for (Node d : r.distributions())
            for (Node p : List.of(DCAT.downloadURL.asNode(), DCAT.accessURL.asNode()))
                for (Node u : r.objects(d, p)) if (u.isURI()) out.add(u.getURI());
        return out;
    }

    /** The record's source, origin URL and harvest run (its start read from the harvest log), and earlier versions. */
    private DatasetHtml.Provenance provenance(RecordView r) {
        String base = store.iris().base();
        Optional<String> sourceId = store.iris().sourceOfDataset(r.datasetIri());
        Optional<SourceInfo> source = sourceId.flatMap(id -> store.sources().stream().filter(s -> s.id().equals(id)).findFirst());
        Node rec = r.graph().find(Node.ANY, FOAF.primaryTopic.asNode(), r.dataset()).nextOptional().map(Triple::getSubject).orElse(null);
        Optional<String> from = rec == null ? Optional.empty() : r.objects(rec, DCTERMS.source.asNode()).stream().filter(Node::isURI).map(Node::getURI).findFirst();
        Optional<String> run = rec == null ? Optional.empty() : r.objects(rec, PROV.wasGeneratedBy.asNode()).stream().filter(Node::isURI).map(Node::getURI).findFirst();
        Optional<Instant> started = run.flatMap(iri -> store.read(ds -> {
            var it = ds.asDatasetGraph().find(NodeFactory.createURI(store.iris().harvestGraph()), NodeFactory.createURI(iri),
                    PROV.startedAtTime.asNode(), Node.ANY);
            return it.hasNext() ? Optional.of(Instant.parse(it.next().getObject().getLiteralLexicalForm())) : Optional.<Instant>empty();
        }));
        String report = base + "harvest.json" + run.map(iri -> "?run=" + URLEncoder.encode(iri, StandardCharsets.UTF_8)).orElse("");
        return new DatasetHtml.Provenance(source, from, run, started, report, store.history(r.datasetIri()).size());
    }

    /** The record graph, plus the dataset's cross-portal links (civic:copyOf) when it has any. */
    private Graph withIdentity(Target t) {
        DatasetIdentity identity = CrossPortalIdentity.of(store, t.datasetIri());
        if (identity.copyOf().isEmpty() && identity.copies().isEmpty()) return t.recordGraph();
        Graph g = GraphFactory.createGraphMem();
        t.recordGraph().find().forEachRemaining(g::add);
        identity.addTo(g);
        return g;
    }

    private static Representation negotiate(Context ctx) {
        return Conneg.choose(ctx.header("Accept"), Representation.RDF_AND_HTML, Representation.TURTLE);
    }

    private NotFoundException notFound(String what, String path) {
        return new NotFoundException("No " + what + " " + store.iris().base() + "dataset/" + path + " in the catalog");
    }
}
