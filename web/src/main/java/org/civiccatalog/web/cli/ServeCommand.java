package org.civiccatalog.web.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.civiccatalog.core.audit.Audit;
import org.civiccatalog.core.audit.AuditQualityScores;
import org.civiccatalog.core.search.CatalogSearch;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.SourcesFile;
import org.civiccatalog.harvest.adapters.Adapters;
import org.civiccatalog.harvest.demo.DemoPortalServer;
import org.civiccatalog.harvest.demo.DemoRegion;
import org.civiccatalog.harvest.demo.DemoStandards;
import org.civiccatalog.harvest.standards.CsvCache;
import org.civiccatalog.harvest.standards.StandardsEntries;
import org.civiccatalog.harvest.standards.StandardsEntry;
import org.civiccatalog.web.standards.CrosswalkCatalog;
import org.civiccatalog.web.standards.StandardsAfterHarvest;
import org.civiccatalog.web.standards.StandardsViews;
import org.civiccatalog.harvest.http.HarvestHttpClient;
import org.civiccatalog.harvest.http.RevalidatingHttp;
import org.civiccatalog.harvest.links.LinkCheckScheduler;
import org.civiccatalog.harvest.links.LinkChecker;
import org.civiccatalog.harvest.links.LinkSettings;
import org.civiccatalog.harvest.run.CompactionPolicy;
import org.civiccatalog.harvest.run.HarvestRun;
import org.civiccatalog.harvest.run.HarvestScheduler;
import org.civiccatalog.sparql.CatalogSparql;
import org.civiccatalog.web.WebApp;
import org.civiccatalog.web.WebConfig;
import org.civiccatalog.web.harvest.AdminToken;
import org.civiccatalog.web.harvest.Harvesting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code catalog serve}: pages, feeds and /sparql on one port, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the catalog: pages, /data.json, /catalog feeds and /sparql on one port.")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.web");
    private static volatile boolean serving;

    @Mixin DataOptions data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "${env:CATALOG_PORT:-8080}",
            description = "Port for pages, feeds and /sparql (default: ${DEFAULT-VALUE}, env CATALOG_PORT; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "${env:CATALOG_HOST:-0.0.0.0}",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--demo", description = "Start the simulated demo region (a city, a county and a state: six portals"
            + " on loopback) and harvest it with the real harvesters; the portals stay up for scheduled and admin harvests.")
    boolean demo;

    @Option(names = "--demo-datasets", paramLabel = "N", defaultValue = "" + DemoRegion.DEFAULT_DATASETS,
            description = "Datasets of the demo region (default: ${DEFAULT-VALUE}).")
    int demoDatasets;

    @Option(names = "--sparql-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Query timeout of /sparql in seconds (default: ${DEFAULT-VALUE}).")
    int sparqlTimeoutSeconds;

    @Option(names = "--sparql-limit", paramLabel = "ROWS", defaultValue = "10000",
            description = "Most rows (or triples) one /sparql query returns (default: ${DEFAULT-VALUE}).")
    int sparqlLimit;

    @Mixin OperatorOptions operator;

    @Option(names = "--no-feed-cache", description = "Render /data.json on every request instead of keeping the"
            + " rendering of each store state in DIR/cache (for benchmarks and debugging).")
    boolean noFeedCache;

    @Option(names = "--sources", paramLabel = "FILE", defaultValue = "${env:CATALOG_SOURCES}",
            description = "Sources file whose sources with a schedule are harvested while serving, and which"
                    + " POST /admin/harvest harvests (env CATALOG_SOURCES; default none: no harvests).")
    Path sources;

    @Option(names = "--admin-token-file", paramLabel = "FILE",
            description = "File holding the bearer token of POST /admin/harvest (else env CATALOG_ADMIN_TOKEN;"
                    + " neither: the admin API is disabled). At least 16 characters.")
    Path adminTokenFile;

    @Option(names = "--no-link-checks", description = "Do not check the datasets' links in the background (by default the"
            + " links that are due are checked every hour: docs/audit.md, \"Link health\").")
    boolean noLinkChecks;

    static boolean isServing() {
        return serving;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) throw new ErrorReporter.UsageException("--port must be 0-65535, got " + port);
        if (sparqlTimeoutSeconds < 1) throw new ErrorReporter.UsageException("--sparql-timeout must be >= 1");
        if (sparqlLimit < 1) throw new ErrorReporter.UsageException("--sparql-limit must be >= 1");
        if (demoDatasets < DemoRegion.MIN_DATASETS)
            throw new ErrorReporter.UsageException("--demo-datasets must be >= " + DemoRegion.MIN_DATASETS + ", got " + demoDatasets);
        // A new store served on another port than 8080 gets IRIs that dereference here, unless --base says otherwise.
        String base = data.base;
        if (base == null && !java.nio.file.Files.exists(data.data.resolve("tdb2")))
            base = "http://localhost:" + (port == 0 ? 8080 : port) + "/";
        List<HarvestSource> configured = sources == null ? List.of() : SourcesFile.read(sources);
        Optional<AdminToken> token = adminToken();
        TdbCatalogStore store = TdbCatalogStore.open(data.data, base);
        try {
            WebConfig cfg = WebConfig.defaults().withHost(host).withPort(port).withDataDir(data.data)
                    .withBaseIri(store.iris().base()).withOperator(operator.name, operator.email);
            if (!noFeedCache) cfg = cfg.withFeedCacheDir(data.data.resolve("cache"));
            // The standards tables are as of today, so that Open311's default window (the last 90 days) has requests.
            Optional<DemoRegion> region = demo ? Optional.of(DemoRegion.of(DemoRegion.DEFAULT_SEED, demoDatasets)
                    .withStandards(DemoStandards.defaults().asOf(java.time.LocalDate.now(java.time.ZoneId.of("America/Los_Angeles")))))
                    : Optional.empty();
            // the demo's portals run on loopback: private addresses are allowed so that its links are checked too
            // (their requests are sent to the portals: see serve below)
            LinkSettings.Builder linkSettings = LinksCommand.settings(store.iris().base(), operator.email).toBuilder();
            // the demo's own simulated server: politeness stays on, but a newcomer need not wait 1 s per link
            if (demo) linkSettings.allowPrivate(true).perHostInterval(DEMO_LINK_INTERVAL);
            Optional<LinkSettings> links = noLinkChecks ? Optional.empty() : Optional.of(linkSettings.build());
            List<StandardsEntry> standardsEntries = sources == null ? List.of()
                    : StandardsEntries.read(sources, StandardsViews.crosswalks(store));
            Session session = serve(store, cfg, Duration.ofSeconds(sparqlTimeoutSeconds), sparqlLimit, token, configured,
                    standardsEntries, region, data.data, links);
            serving = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                session.close();
                store.close();
            }, "catalog-shutdown"));
            int at = session.running().app().port();
            LOG.info("civic-catalog serving {} datasets at http://localhost:{}/ (SPARQL at /sparql)", store.countDatasets(), at);
            session.portals().ifPresent(p -> LOG.info("Demo region: {} datasets on six simulated portals at {} (list at {});"
                    + " harvesting them now, report at http://localhost:{}/harvest", p.region().datasets(), p.root(), p.root(), at));
            return Main.OK;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** How often {@code serve --demo} harvests the demo region again (each run is cheap: the portals answer 304). */
    static final Duration DEMO_SCHEDULE = Duration.ofHours(1);

    /** What {@code serve} runs until it is stopped: the web server, the harvests, and the demo region's portals. */
    record Session(Running running, Optional<HarvestScheduler> scheduler, Optional<DemoPortalServer> portals,
                   Optional<LinkCheckScheduler> links) implements AutoCloseable {
        /** Stops link checks and harvests first (they write to the store), then the server, then the portals. Not the store. */
        @Override
        public void close() {
            links.ifPresent(l -> l.stop(Duration.ofSeconds(10)));
            scheduler.ifPresent(s -> s.stop(Duration.ofSeconds(20)));
            running.app().stop();
            portals.ifPresent(DemoPortalServer::close);
        }
    }

    /**
     * Serves an open store (tests call this too) whose data directory is {@code dataDir}. With a demo region, its
     * portals are started on loopback ({@link DemoPortals}) and put before the configured sources, and every source
     * is harvested at once through the scheduler that {@code POST /admin/harvest} uses, so {@code /harvest} shows the
     * run as it goes; then every {@link #DEMO_SCHEDULE}. Without, sources with a schedule are first harvested
     * {@link #FIRST_SCHEDULED_RUN} after start.
     */
    static Session serve(TdbCatalogStore store, WebConfig cfg, Duration timeout, int limit, Optional<AdminToken> token,
                         List<HarvestSource> configured, Optional<DemoRegion> demo, Path dataDir) {
        return serve(store, cfg, timeout, limit, token, configured, demo, dataDir, Optional.empty());
    }

    /** The least time between two link checks on one host of the demo region (they all go to its loopback server). */
    static final Duration DEMO_LINK_INTERVAL = Duration.ofMillis(50);

    /** How often {@code serve} looks for links due for a check, and how long after start it looks first. */
    static final Duration LINK_CHECKS_EVERY = Duration.ofHours(1), FIRST_LINK_CHECK = Duration.ofMinutes(2);

    /** As above, with link checks in the background when {@code links} is given (every {@link #LINK_CHECKS_EVERY}). */
    static Session serve(TdbCatalogStore store, WebConfig cfg, Duration timeout, int limit, Optional<AdminToken> token,
                         List<HarvestSource> configured, Optional<DemoRegion> demo, Path dataDir,
                         Optional<LinkSettings> links) {
        return serve(store, cfg, timeout, limit, token, configured, List.of(), demo, dataDir, links);
    }

    /** As above, with the standards views of the sources file (its {@code "standards"} entries). */
    static Session serve(TdbCatalogStore store, WebConfig cfg, Duration timeout, int limit, Optional<AdminToken> token,
                         List<HarvestSource> configured, List<StandardsEntry> configuredStandards,
                         Optional<DemoRegion> demo, Path dataDir, Optional<LinkSettings> links) {
        Optional<DemoPortalServer> portals = demo.map(r -> DemoPortals.start(r, dataDir));
        Path httpCache = dataDir.resolve("http-cache");
        try {
            List<HarvestSource> all = new ArrayList<>();
            portals.ifPresent(p -> all.addAll(p.sources(Optional.of(DEMO_SCHEDULE))));
            for (HarvestSource s : configured) {
                if (all.stream().anyMatch(d -> d.id().equals(s.id())))
                    throw new ErrorReporter.UsageException("--sources: source id " + s.id() + " is the demo region's");
                all.add(s);
            }
            // The standards views of the sources file and the demo's (Open311 for its city, LIVES for its county):
            // the same entries (docs/harvest.md, "Standards views").
            List<StandardsEntry> entries = new ArrayList<>();
            portals.ifPresent(p -> entries.addAll(p.standardsEntries()));
            for (StandardsEntry e : configuredStandards) {
                if (entries.stream().anyMatch(d -> d.jurisdiction().equals(e.jurisdiction())))
                    throw new ErrorReporter.UsageException("--sources: standards jurisdiction " + e.jurisdiction() + " is the demo region's");
                entries.add(e);
            }
            StandardsViews standards = StandardsViews.of(entries, store, csvCache(dataDir));
            new CrosswalkCatalog(store.iris()).publish(store, standards);
            Optional<HarvestScheduler> scheduler = all.isEmpty() ? Optional.empty() : Optional.of(new HarvestScheduler(
                    new HarvestRun(store, RevalidatingHttp.create(HarvestHttpClient.builder(), httpCache), Adapters::forKind)
                            .pageMemos(httpCache.resolve("pages")), all)
                    .afterEachRun(report -> {
                        try {
                            CompactionPolicy.afterRun(store, report);
                        } finally {
                            // Standards first, so that the audit also covers the derived datasets it writes.
                            StandardsAfterHarvest.run(store, standards);
                            Audit.run(store);
                        }
                    }));
            Running running = start(store, cfg, timeout, limit, new Harvesting(scheduler, token),
                    CatalogSearch.onDisk(store, new AuditQualityScores(store), dataDir.resolve("search")), standards);
            scheduler.ifPresent(s -> {
                if (portals.isPresent()) {
                    s.trigger(Optional.empty());
                    s.start(DEMO_SCHEDULE);
                } else {
                    s.start(FIRST_SCHEDULED_RUN);
                }
            });
            // the demo's records link to its portals' public hosts, which do not resolve: their requests go to the portals
            Optional<LinkCheckScheduler> checks = links.map(l -> portals.map(p -> l.toBuilder().routes(p.linkRoutes()).build()).orElse(l))
                    .map(l -> new LinkCheckScheduler(new LinkChecker(l), store).afterEachRun(r -> Audit.run(store))
                            .start(FIRST_LINK_CHECK, LINK_CHECKS_EVERY));
            return new Session(running, scheduler, portals, checks);
        } catch (RuntimeException e) {
            portals.ifPresent(DemoPortalServer::close);
            throw e;
        }
    }

    /** Where the standards views' CSVs are kept (DATA/standards), fetched with the harvest client's settings. */
    static CsvCache csvCache(Path dataDir) {
        return new CsvCache(dataDir.resolve("standards"), HarvestHttpClient.builder().build().settings(), CSV_MAX_BYTES,
                CSV_MAX_AGE, java.time.Clock.systemUTC());
    }

    /** Largest CSV distribution fetched for a standards view, and the age at which a copy is fetched again anyway. */
    static final long CSV_MAX_BYTES = 4L << 30;
    static final Duration CSV_MAX_AGE = Duration.ofDays(1);

    /** When the first scheduled harvest of each source starts after {@code serve} (then every period). */
    static final Duration FIRST_SCHEDULED_RUN = Duration.ofSeconds(10);

    private Optional<AdminToken> adminToken() {
        String text;
        String where;
        if (adminTokenFile != null) {
            try {
                text = Files.readString(adminTokenFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ErrorReporter.UsageException("--admin-token-file " + adminTokenFile + ": cannot read: " + e.getMessage());
            }
            where = "--admin-token-file " + adminTokenFile;
        } else {
            text = System.getenv("CATALOG_ADMIN_TOKEN");
            where = "CATALOG_ADMIN_TOKEN";
            if (text == null || text.isBlank()) return Optional.empty();
        }
        try {
            return Optional.of(AdminToken.of(text));
        } catch (IllegalArgumentException e) {
            throw new ErrorReporter.UsageException(where + ": " + e.getMessage());
        }
    }

    /** A started server over an open store. */
    record Running(Javalin app) {}

    /** Starts pages, feeds and /sparql on one port over an open store (tests call this too). */
    static Running start(TdbCatalogStore store, WebConfig cfg, Duration timeout, int limit) {
        return start(store, cfg, timeout, limit, Harvesting.none());
    }

    /** As above, with harvests: the scheduler (not started here) and the admin token; the search index in memory. */
    static Running start(TdbCatalogStore store, WebConfig cfg, Duration timeout, int limit, Harvesting harvesting) {
        return start(store, cfg, timeout, limit, harvesting, CatalogSearch.inMemory(store, new AuditQualityScores(store)));
    }

    /** As above, with the search the application serves (it keeps its index in step, and closes it on stop). */
    static Running start(TdbCatalogStore store, WebConfig cfg, Duration timeout, int limit, Harvesting harvesting,
                         CatalogSearch search) {
        return start(store, cfg, timeout, limit, harvesting, search, StandardsViews.none());
    }

    /** As above, serving standards views (Open311, LIVES). */
    static Running start(TdbCatalogStore store, WebConfig cfg, Duration timeout, int limit, Harvesting harvesting,
                         CatalogSearch search, StandardsViews standards) {
        CatalogSparql sparql = CatalogSparql.newBuilder().dataset(store.dataset())
                .addDataset(CatalogSparql.HISTORY_ENDPOINT_PATH, store.historyDataset())
                .queryTimeout(timeout).resultLimit(limit).build();
        Javalin app = WebApp.create(cfg, store, sparql::installInto, harvesting, search, standards);
        app.start(cfg.host(), cfg.port());
        return new Running(app);
    }
}
