package org.civiccatalog.web;

import java.util.Objects;
import java.util.function.Consumer;

import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.audit.AuditQualityScores;
import org.civiccatalog.core.search.CatalogSearch;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.web.audit.AuditQueries;
import org.civiccatalog.web.audit.AuditResource;
import org.civiccatalog.web.dataset.DatasetResource;
import org.civiccatalog.web.dataset.HistoryResource;
import org.civiccatalog.web.feed.CatalogFeed;
import org.civiccatalog.web.feed.JsonLdContext;
import org.civiccatalog.web.feed.datajson.DataJsonFeed;
import org.civiccatalog.web.harvest.HarvestAdmin;
import org.civiccatalog.web.harvest.HarvestReportResource;
import org.civiccatalog.web.harvest.Harvesting;
import org.civiccatalog.web.home.HomeResource;
import org.civiccatalog.web.http.HttpCache;
import org.civiccatalog.web.http.Representation;
import org.civiccatalog.web.http.Turns;
import org.civiccatalog.web.search.SearchResource;
import org.civiccatalog.web.standards.StandardsRoutes;
import org.civiccatalog.web.standards.StandardsViews;
import org.civiccatalog.web.workbench.Assets;
import org.civiccatalog.web.workbench.WorkbenchResource;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;

/**
 * The web application: pages, feeds and (through the servlet hook) {@code /sparql} and {@code /history/sparql} on
 * one port.
 *
 * <pre>
 *   GET /                          home page
 *   GET /catalog                   the catalog, one page, by content negotiation (HTML, Turtle, JSON-LD, RDF/XML, N-Triples)
 *   GET /catalog.{ttl,jsonld,rdf,nt}
 *   GET /data.json                 the whole catalog as DCAT-US 1.1 (POD v1.1), streamed
 *   GET /dataset/{source}/{key}[.{ttl,jsonld,rdf,nt,html}]
 *   GET /dataset/{source}/{key}/distribution/{n}[.{ttl,jsonld,rdf,nt}]
 *   GET /dataset/{source}/{key}/history[.{ttl,jsonld,rdf,nt,html}]  earlier versions of the record (HTML page or
 *                                  RDF of the history index), .json: as a JSON list
 *   GET /dataset/{source}/{key}/history/{n}[.{ttl,jsonld,rdf,nt,html}]  version n's record graph, or its page
 *   GET /context/dcat.jsonld       the JSON-LD context the feeds embed
 *   GET /search, /search.json      search with facets and an area (docs/search.md): HTML page, JSON
 *   GET /workbench                 the SPARQL workbench (YASGUI on /sparql; example queries, a plain form without scripts)
 *   GET /workbench/examples/{id}   an example query's results as an HTML table
 *   GET /assets/{file}             the workbench's script and the bundled YASGUI editor (never from a CDN)
 *   GET /harvest, /harvest.json    harvest reports (the last runs per source)
 *   GET /audit[/sources|/departments|/champions|/overdue|/links]  the audit dashboard (docs/audit.md, "Dashboard");
 *                                  /sources and /departments take ?sort=score|score-asc|name|datasets
 *   GET /audit/dataset?iri=IRI     one dataset's score, findings and fixes
 *   GET /audit/findings.{csv,json}, /audit/departments/{id}/findings.{csv,json}  findings of the latest audit run
 *   GET /open311/{jurisdiction}/v2/{discovery,services,requests}.{json,xml}, .../requests/{id}.{json,xml}
 *                                  Open311 GeoReport v2 over a mapped 311 dataset (docs/standards.md "Serving")
 *   GET /lives/{jurisdiction}/{businesses,inspections,violations,feed_info,legend}.csv, lives.zip  a LIVES feed
 *   POST /admin/harvest[?source=ID] start a harvest (Authorization: Bearer token); other methods on /admin/*: 405
 * </pre>
 * All paths are under the context path (by default the path of the base IRI).
 */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.web");

    private WebApp() {}

    /**
     * A configured application, not started: {@code create(...).start()} listens on {@code cfg.port()}.
     *
     * @param extraServletSetup runs on Javalin's servlet context before start: where the SPARQL endpoint's
     *                          {@code FusekiFilter} is installed; {@code h -> {}} for none
     * @throws CatalogException when {@code cfg} names a base IRI other than the store's
     */
    public static Javalin create(WebConfig cfg, CatalogStore store, Consumer<ServletContextHandler> extraServletSetup) {
        return create(cfg, store, extraServletSetup, Harvesting.none());
    }

    /** As above, with the harvest scheduler and admin token behind {@code /admin/harvest}; the search index in memory. */
    public static Javalin create(WebConfig cfg, CatalogStore store, Consumer<ServletContextHandler> extraServletSetup,
                                 Harvesting harvesting) {
        return create(cfg, store, extraServletSetup, harvesting, CatalogSearch.inMemory(store, new AuditQualityScores(store)));
    }

    /**
     * As above, with the search to serve at {@code /search}: the application owns it from here, starts keeping it
     * in step with the store when the server has started and closes it when the server stops.
     */
    public static Javalin create(WebConfig cfg, CatalogStore store, Consumer<ServletContextHandler> extraServletSetup,
                                 Harvesting harvesting, CatalogSearch search) {
        return create(cfg, store, extraServletSetup, harvesting, search, StandardsViews.none());
    }

    /** As above, serving the standards views ({@code /open311/...}, {@code /lives/...}; docs/standards.md "Serving"). */
    public static Javalin create(WebConfig cfg, CatalogStore store, Consumer<ServletContextHandler> extraServletSetup,
                                 Harvesting harvesting, CatalogSearch search, StandardsViews standards) {
        Objects.requireNonNull(standards, "standards");
        Objects.requireNonNull(harvesting, "harvesting");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(extraServletSetup, "extraServletSetup");
        String base = store.iris().base();
        cfg.baseIri().map(b -> CatalogIris.of(b).base()).filter(b -> !b.equals(base)).ifPresent(b -> {
            throw new CatalogException("Configured base IRI " + b + " differs from the store's " + base);
        });
        String contextPath = cfg.effectiveContextPath(base);
        LOG.info("Catalog at {} (context path {}, port {})", base, contextPath, cfg.port());
        return Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.host = cfg.host();
            c.jetty.port = cfg.port();
            c.router.contextPath = contextPath;
            c.http.compressionStrategy = cfg.gzip() ? CompressionStrategy.GZIP : CompressionStrategy.NONE;
            c.jetty.modifyServletContextHandler(extraServletSetup::accept);
            routes(c, cfg, store, harvesting, search);
            StandardsRoutes.register(c, standards, base, java.time.Clock.systemUTC(), cfg.dataDir().resolve("standards").resolve("index"),
                    StandardsRoutes.RECHECK);
        });
    }

    /** Routes and error mapping, without server settings: tests and other hosts reuse it. */
    public static void routes(JavalinConfig c, WebConfig cfg, CatalogStore store) {
        routes(c, cfg, store, Harvesting.none());
    }

    /** Routes with harvest reports and the admin API; the search index in memory. */
    public static void routes(JavalinConfig c, WebConfig cfg, CatalogStore store, Harvesting harvesting) {
        routes(c, cfg, store, harvesting, CatalogSearch.inMemory(store, new AuditQualityScores(store)));
    }

    /** How often the search checks whether the store changed (a state lookup: cheap). */
    static final java.time.Duration SEARCH_POLL = java.time.Duration.ofSeconds(1);

    /** Routes with harvest reports, the admin API and the search, which is started and closed with the server. */
    public static void routes(JavalinConfig c, WebConfig cfg, CatalogStore store, Harvesting harvesting, CatalogSearch search) {
        c.events.serverStarted(() -> search.start(SEARCH_POLL));
        c.events.serverStopping(search::close);
        SearchResource searchPages = new SearchResource(search, store.iris().base());
        HttpCache cache = new HttpCache(cfg.gzip(), cfg.maxAge());
        HomeResource home = new HomeResource(store, cache);
        CatalogFeed catalog = new CatalogFeed(store, cache, cfg);
        DatasetResource datasets = new DatasetResource(store, cache);
        Turns turns = new Turns(Turns.DEFAULT); // searches and dataset pages take turns (docs/search.md)
        DataJsonFeed dataJson = new DataJsonFeed(store, cache, cfg);
        ErrorMapping.register(c.routes);
        getAndHead(c, "/", home::home);
        getAndHead(c, "/" + JsonLdContext.PATH, home::context);
        getAndHead(c, "/data.json", dataJson::handle);
        getAndHead(c, "/catalog", catalog::negotiated);
        for (Representation r : Representation.RDF) getAndHead(c, "/catalog." + r.suffix(), catalog.fixed(r));
        getAndHead(c, "/dataset/{source}/{key}", turns.inTurn(datasets::dataset));
        getAndHead(c, "/dataset/{source}/{key}/distribution/{n}", turns.inTurn(datasets::distribution));
        HistoryResource history = new HistoryResource(store, cache);
        getAndHead(c, "/dataset/{source}/{key}/history", history::list);
        getAndHead(c, "/dataset/{source}/{key}/history.json", history::json);
        for (Representation r : Representation.RDF_AND_HTML)
            getAndHead(c, "/dataset/{source}/{key}/history." + r.suffix(), history.list(r));
        getAndHead(c, "/dataset/{source}/{key}/history/{n}", history::version);
        getAndHead(c, "/search", turns.inTurn(searchPages::html));
        getAndHead(c, "/search.json", turns.inTurn(searchPages::json));
        WorkbenchResource workbench = new WorkbenchResource(store);
        getAndHead(c, "/workbench", workbench::page);
        getAndHead(c, "/workbench/examples/{id}", workbench::example);
        Assets assets = new Assets();
        getAndHead(c, "/assets/<file>", assets::serve);
        HarvestReportResource reports = new HarvestReportResource(store, harvesting);
        getAndHead(c, "/harvest", reports::html);
        getAndHead(c, "/harvest.json", reports::json);
        AuditResource audit = new AuditResource(new AuditQueries(store), store.iris().base());
        getAndHead(c, "/audit", audit::overview);
        getAndHead(c, "/audit/sources", audit::sources);
        getAndHead(c, "/audit/departments", audit::departments);
        getAndHead(c, "/audit/champions", audit::champions);
        getAndHead(c, "/audit/dataset", audit::dataset);
        getAndHead(c, "/audit/overdue", audit::overdue);
        getAndHead(c, "/audit/links", audit::links);
        getAndHead(c, "/audit/findings.csv", audit::regionCsv);
        getAndHead(c, "/audit/findings.json", audit::regionJson);
        getAndHead(c, "/audit/departments/{id}/findings.csv", audit::departmentCsv);
        getAndHead(c, "/audit/departments/{id}/findings.json", audit::departmentJson);
        HarvestAdmin admin = new HarvestAdmin(harvesting, store.iris().base());
        c.routes.post("/admin/harvest", admin::trigger);
        for (String path : new String[] {"/admin", "/admin/*"}) {
            c.routes.get(path, admin::notAllowed);
            c.routes.head(path, admin::notAllowed);
            c.routes.put(path, admin::notAllowed);
            c.routes.patch(path, admin::notAllowed);
            c.routes.delete(path, admin::notAllowed);
        }
    }

    /** HEAD runs the same handler, which stops after the headers (see {@link HttpCache#headersOnly}). */
    private static void getAndHead(JavalinConfig c, String path, Handler handler) {
        c.routes.get(path, handler);
        c.routes.head(path, handler);
    }
}
