package org.civiccatalog.web.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.NotFoundException;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.RecordVersion;
import org.civiccatalog.web.feed.RdfOut;
import org.civiccatalog.web.http.Conneg;
import org.civiccatalog.web.http.HttpCache;
import org.civiccatalog.web.http.Representation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;

/**
 * Earlier versions of a dataset's record, kept by the store in its history database:
 * {@code GET {dataset}/history} lists them as JSON (oldest first); {@code GET {dataset}/history/{n}} answers
 * version {@code n}'s whole record graph in an RDF syntax, by {@code Accept} or suffix, Turtle by default.
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

    public void list(Context ctx) throws JsonProcessingException {
        String ds = datasetIri(ctx);
        List<RecordVersion> versions = store.history(ds);
        if (versions.isEmpty() && store.recordGraphOfDataset(ds).isEmpty())
            throw new NotFoundException("No dataset " + ds + " in the catalog");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dataset", ds);
        List<Object> out = new ArrayList<>();
        for (RecordVersion v : versions) {
            Map<String, Object> m = new LinkedHashMap<>();
            String href = ds + "/history/" + v.n();
            m.put("n", v.n());
            m.put("invalidatedAt", v.invalidatedAt().toString());
            m.put("iri", v.versionIri());
            Map<String, String> links = new LinkedHashMap<>();
            links.put("self", href);
            for (Representation r : Representation.RDF) links.put(r.suffix(), href + "." + r.suffix());
            m.put("links", links);
            out.add(m);
        }
        body.put("versions", out);
        ctx.contentType("application/json");
        if (cache.headersOnly(ctx, store.state(), ds.substring(store.iris().base().length()) + "/history:json")) return;
        ctx.result(JSON.writeValueAsBytes(body));
    }

    public void version(Context ctx) {
        String ds = datasetIri(ctx);
        String n = ctx.pathParam("n");
        Matcher m = VERSION.matcher(n);
        if (!m.matches()) throw notFound(ds + "/history/" + n);
        Optional<Representation> format = m.group(2) == null ? Optional.empty() : Representation.rdfBySuffix(m.group(2));
        if (m.group(2) != null && format.isEmpty()) throw notFound(ds + "/history/" + n);
        String href = ds + "/history/" + m.group(1);
        Graph g = store.historicVersion(ds, Integer.parseInt(m.group(1))).orElseThrow(() -> notFound(href));
        Representation rep = format.orElseGet(() ->
                Conneg.choose(ctx.header("Accept"), Representation.RDF, Representation.TURTLE));
        if (format.isEmpty()) ctx.header("Content-Location", href + "." + rep.suffix());
        ctx.contentType(rep.contentType());
        if (cache.headersOnly(ctx, store.state(), href.substring(store.iris().base().length()) + ":" + rep.suffix())) return;
        RdfOut.write(ctx.outputStream(), rep, g);
    }

    private static NotFoundException notFound(String iri) {
        return new NotFoundException("No earlier version " + iri + " in the catalog");
    }
}
