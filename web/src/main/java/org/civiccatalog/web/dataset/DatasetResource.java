package org.civiccatalog.web.dataset;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.NotFoundException;
import org.civiccatalog.core.audit.LatestAudit;
import org.civiccatalog.core.identity.CrossPortalIdentity;
import org.civiccatalog.core.identity.DatasetIdentity;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.StoreState;
import org.civiccatalog.web.audit.AuditQueries;
import org.civiccatalog.web.dataset.DatasetLookup.Target;
import org.civiccatalog.web.feed.RdfOut;
import org.civiccatalog.web.http.Conneg;
import org.civiccatalog.web.http.HttpCache;
import org.civiccatalog.web.http.Representation;
import org.civiccatalog.web.page.DatasetHtml;
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
        // The HTML page shows the latest audit's score, which changes without the store's state: its run is in the tag.
        Optional<LatestAudit> audit = rep == Representation.HTML ? audits.latest() : Optional.empty();
        String variant = t.iri().substring(store.iris().base().length()) + ":" + rep.suffix()
                + audit.map(a -> ":audit-" + a.runId()).orElse("");
        if (t.format().isEmpty()) ctx.header("Content-Location", t.iri() + "." + rep.suffix());
        ctx.contentType(rep.contentType());
        if (cache.headersOnly(ctx, state, variant)) return;
        if (rep == Representation.HTML) {
            int earlier = store.history(t.datasetIri()).size();
            DatasetIdentity identity = CrossPortalIdentity.of(store, t.datasetIri());
            Optional<DatasetHtml.Quality> quality = audit.flatMap(a -> audits.score(a, t.datasetIri())).map(d -> new DatasetHtml.Quality(
                    d.score(), d.band().label(), store.iris().base() + "audit/dataset?iri=" + URLEncoder.encode(d.iri(), StandardCharsets.UTF_8)));
            ctx.result(DatasetHtml.render(new RecordView(t.recordGraph(), t.datasetIri()), earlier, identity,
                    store.iris()::sourceOfDataset, quality).getBytes(StandardCharsets.UTF_8));
        } else {
            RdfOut.write(ctx.outputStream(), rep, withIdentity(t));
        }
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
