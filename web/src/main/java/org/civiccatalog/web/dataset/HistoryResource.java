package org.civiccatalog.web.dataset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.NotFoundException;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.RecordVersion;
import org.civiccatalog.web.feed.RdfOut;
import org.civiccatalog.web.http.Conneg;
import org.civiccatalog.web.http.HttpCache;
import org.civiccatalog.web.http.Representation;
import org.civiccatalog.web.page.HistoryHtml;
import org.civiccatalog.web.page.RecordView;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Earlier versions of a dataset's record, kept by the store in its history database.
 * <ul>
 * <li>{@code GET {dataset}/history}: by {@code Accept}, an HTML page for browsers, else the history index's triples
 *     about the versions in an RDF syntax (Turtle by default); {@code .html}, {@code .ttl}, {@code .jsonld},
 *     {@code .rdf}, {@code .nt} fix the representation; {@code .json} is the JSON list (oldest first).</li>
 * <li>{@code GET {dataset}/history/{n}}: version {@code n}'s whole record graph in RDF, or as an HTML page, by
 *     {@code Accept} or suffix.</li>
 * </ul>
 */
public final class HistoryResource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VERSION = Pattern.compile("([1-9][0-9]{0,8})(?:\\.([a-z]+))?");

    private final CatalogStore store;
    private final HttpCache cache;

    public HistoryResource(CatalogStore store, HttpCache cache) {
        this.store = store;
        this.cache = cache;
    }

    /** The dataset IRI a path names, or 404. */
    private String datasetIri(Context ctx) {
        String source = ctx.pathParam("source"), key = ctx.pathParam("key");
        String iri = store.iris().base() + "dataset/" + source + "/" + key;
        if (!CatalogIris.isValidSourceId(source)) throw notFound(iri);
        return iri;
    }

    /** The dataset's versions; 404 when the catalog has no such dataset (nor history of it). */
    private List<RecordVersion> versions(String ds) {
        List<RecordVersion> versions = store.history(ds);
        if (versions.isEmpty() && store.recordGraphOfDataset(ds).isEmpty())
            throw new NotFoundException("No dataset " + ds + " in the catalog");
        return versions;
    }

    /** {@code {dataset}/history}, negotiated. */
    public void list(Context ctx) {
        list(ctx, Optional.empty());
    }

    /** {@code {dataset}/history.{suffix}}: the list in the representation the suffix names. */
    public Handler list(Representation rep) {
        return ctx -> list(ctx, Optional.of(rep));
    }

    private void list(Context ctx, Optional<Representation> format) {
        String ds = datasetIri(ctx);
        List<RecordVersion> versions = versions(ds);
        Representation rep = format.orElseGet(() -> negotiate(ctx));
        String href = ds + "/history";
        if (format.isEmpty()) ctx.header("Content-Location", href + "." + rep.suffix());
        ctx.contentType(rep.contentType());
        if (cache.headersOnly(ctx, store.state(), variant(href, rep.suffix()))) return;
        if (rep == Representation.HTML) {
            Graph current = store.recordGraphOfDataset(ds).orElseGet(GraphFactory::createGraphMem);
            ctx.result(HistoryHtml.list(new RecordView(current, ds), versions, store.iris().base())
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            RdfOut.write(ctx.outputStream(), rep, store.historyIndex(ds));
        }
    }

    /** {@code {dataset}/history.json}: the versions as JSON, oldest first, with links. */
    public void json(Context ctx) throws JsonProcessingException {
        String ds = datasetIri(ctx);
        List<RecordVersion> versions = versions(ds);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dataset", ds);
        List<Object> out = new ArrayList<>();
        for (RecordVersion v : versions) {
            Map<String, Object> m = new LinkedHashMap<>();
            String href = ds + "/history/" + v.n();
            m.put("n", v.n());
            m.put("invalidatedAt", v.invalidatedAt().toString());
            m.put("invalidatedBy", v.invalidatedBy().orElse(null));
            m.put("contentHash", v.contentHash().orElse(null));
            m.put("iri", v.versionIri());
            Map<String, String> links = new LinkedHashMap<>();
            links.put("self", href);
            for (Representation r : Representation.RDF_AND_HTML) links.put(r.suffix(), href + "." + r.suffix());
            m.put("links", links);
            out.add(m);
        }
        body.put("versions", out);
        ctx.contentType("application/json");
        if (cache.headersOnly(ctx, store.state(), variant(ds + "/history", "json"))) return;
        ctx.result(JSON.writeValueAsBytes(body));
    }

    public void version(Context ctx) {
        String ds = datasetIri(ctx);
        String n = ctx.pathParam("n");
        Matcher m = VERSION.matcher(n);
        if (!m.matches()) throw notFound(ds + "/history/" + n);
        Optional<Representation> format = m.group(2) == null ? Optional.empty() : bySuffix(m.group(2));
        if (m.group(2) != null && format.isEmpty()) throw notFound(ds + "/history/" + n);
        String href = ds + "/history/" + m.group(1);
        int number = Integer.parseInt(m.group(1));
        Graph g = store.historicVersion(ds, number).orElseThrow(() -> notFound(href));
        Representation rep = format.orElseGet(() -> negotiate(ctx));
        if (format.isEmpty()) ctx.header("Content-Location", href + "." + rep.suffix());
        ctx.contentType(rep.contentType());
        if (cache.headersOnly(ctx, store.state(), variant(href, rep.suffix()))) return;
        if (rep == Representation.HTML) {
            List<RecordVersion> versions = store.history(ds);
            RecordVersion v = versions.stream().filter(x -> x.n() == number).findFirst().orElseThrow(() -> notFound(href));
            ctx.result(HistoryHtml.version(new RecordView(g, ds), v, versions.size(), store.iris().base())
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            RdfOut.write(ctx.outputStream(), rep, g);
        }
    }

    private String variant(String iri, String suffix) {
        return iri.substring(store.iris().base().length()) + ":" + suffix;
    }

    private static Optional<Representation> bySuffix(String suffix) {
        return Representation.RDF_AND_HTML.stream().filter(r -> r.suffix().equals(suffix)).findFirst();
    }

    private static Representation negotiate(Context ctx) {
        return Conneg.choose(ctx.header("Accept"), Representation.RDF_AND_HTML, Representation.TURTLE);
    }

    private static NotFoundException notFound(String iri) {
        return new NotFoundException("No earlier version " + iri + " in the catalog");
    }
}
