package org.civiccatalog.sparql;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * The catalog's public SPARQL endpoint: the SPARQL 1.1 Protocol query operation, and nothing else, over the
 * catalog's dataset.
 * <ul>
 * <li>Read-only: the only operation is query; SPARQL Update and Graph Store writes get a 4xx.</li>
 * <li>The default graph is the union of all named graphs; {@code GRAPH ?g} still sees each record graph.</li>
 * <li>{@code SERVICE} is refused (400) and also disabled in the execution context (no outgoing HTTP).</li>
 * <li>A query timeout (initial and overall) and a result limit (rows for SELECT, triples for
 *     CONSTRUCT/DESCRIBE); a result cut at the limit carries {@value #HEADER_RESULT_TRUNCATED}{@code : true}.</li>
 * </ul>
 * More datasets can be served the same way, each at a path of its own ({@link Builder#addDataset}): the catalog
 * serves its history database at {@value #HISTORY_ENDPOINT_PATH} beside {@value #DEFAULT_ENDPOINT_PATH}. Each path
 * queries only its own dataset.
 * Mount it in another Jetty/Javalin servlet context with {@link #installInto(ServletContextHandler)}, or take the
 * wired {@link #registries()}; {@link #start(int)} runs it standalone (tests, tools).
 * <pre>{@code
 * CatalogSparql sparql = CatalogSparql.newBuilder().dataset(tdb2Dataset).build();
 * Javalin.create(cfg -> cfg.jetty.modifyServletContextHandler(sparql::installInto));
 * }</pre>
 * Instances are immutable and may be installed or started more than once.
 */
public final class CatalogSparql {

    /** Default for {@link Builder#queryTimeout(Duration)}: 10 s. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);
    /** Default for {@link Builder#resultLimit(int)}: 10,000 rows (SELECT) or triples (CONSTRUCT, DESCRIBE). */
    public static final int DEFAULT_RESULT_LIMIT = 10_000;
    /** Default for {@link Builder#endpointPath(String)}. */
    public static final String DEFAULT_ENDPOINT_PATH = "/sparql";
    /** Where the catalog serves its history database (earlier versions of records), with {@link Builder#addDataset}. */
    public static final String HISTORY_ENDPOINT_PATH = "/history/sparql";

    /** Response header on SELECT, CONSTRUCT and DESCRIBE responses: the configured result limit. */
    public static final String HEADER_RESULT_LIMIT = "SPARQL-Result-Limit";
    /** Response header on SELECT, CONSTRUCT and DESCRIBE responses: "true" when the result was cut at the limit. */
    public static final String HEADER_RESULT_TRUNCATED = "SPARQL-Result-Truncated";

    // One or more path segments of URL-safe characters, none of them "." or ".."; "$" (Fuseki's admin area) is not
    // among the characters.
    private static final Pattern PATH = Pattern.compile("(/(?!\\.\\.?(/|$))[A-Za-z0-9._~-]+)+");

    private final DatasetGraph dataset;
    private final Duration queryTimeout;
    private final int resultLimit;
    private final String endpointPath;
    /** Every served path and its dataset: {@link #endpointPath} first, then the added ones in order. */
    private final Map<String, DatasetGraph> endpoints;

    private CatalogSparql(Builder b) {
        this.dataset = b.dataset;
        this.queryTimeout = b.queryTimeout;
        this.resultLimit = b.resultLimit;
        this.endpointPath = b.endpointPath;
        Map<String, DatasetGraph> all = new LinkedHashMap<>();
        all.put(endpointPath, dataset);
        all.putAll(b.added);
        this.endpoints = Collections.unmodifiableMap(all);
    }

    public static Builder newBuilder() {
        return new Builder();
    }

    public DatasetGraph dataset()   { return dataset; }
    public Duration queryTimeout()  { return queryTimeout; }
    public int resultLimit()        { return resultLimit; }
    public String endpointPath()    { return endpointPath; }
    /** Every served path with its dataset, {@link #endpointPath()} first; all have the same protections. */
    public Map<String, DatasetGraph> endpoints() { return endpoints; }

    /**
     * A new, fully wired {@link FusekiServer} serving only these endpoints. It is built but not started: call
     * {@code start()} on it, or take its registries (see {@link #registries()}).
     *
     * @param port the HTTP port for a later {@code start()}; 0 picks a free port
     */
    public FusekiServer buildServer(int port) {
        if ( port < 0 || port > 65535 )
            throw new IllegalArgumentException("port must be in 0..65535, got " + port);
        FusekiServer.Builder server = FusekiServer.create()
                .port(port)
                .enablePing(false)
                .enableStats(false)
                .enableMetrics(false);
        endpoints.forEach((path, dsg) -> server.add(path, newDataService(dsg)));
        return server.build();
    }

    /** Builds and starts a standalone server on {@code port} (0: any free port). The caller stops it. */
    public FusekiServer start(int port) {
        return buildServer(port).start();
    }

    /** The registries {@link FusekiFilter} reads from its servlet context, wired for this endpoint. */
    public Registries registries() {
        FusekiServer built = buildServer(0);
        return new Registries(DataAccessPointRegistry.get(built.getServletContext()),
                              OperationRegistry.get(built.getServletContext()));
    }

    /**
     * Mounts the endpoint in someone else's servlet context (Javalin's {@code cfg.jetty.modifyServletContextHandler}):
     * sets the Fuseki registries as servlet-context attributes and adds {@link FusekiFilter} on {@code /*}. The filter
     * answers requests for the paths of {@link #endpoints()} and passes every other request down the chain.
     * Install once per servlet context: the registries are the context's, so a second instance would replace the
     * first one's endpoints; serve more datasets with {@link Builder#addDataset} instead.
     * Fuseki's extra servlets ({@code /$/ping}, stats, metrics, CORS) are not installed.
     */
    public void installInto(ServletContextHandler handler) {
        requireNonNull(handler, "handler");
        Registries r = registries();
        DataAccessPointRegistry.set(handler.getServletContext(), r.dataAccessPoints());
        OperationRegistry.set(handler.getServletContext(), r.operations());
        handler.addFilter(new FilterHolder(new FusekiFilter()), "/*", null);
    }

    /** What {@link FusekiFilter} needs in the servlet context: see {@link #installInto(ServletContextHandler)}. */
    public record Registries(DataAccessPointRegistry dataAccessPoints, OperationRegistry operations) {
        public Registries {
            requireNonNull(dataAccessPoints, "dataAccessPoints");
            requireNonNull(operations, "operations");
        }
    }

    // A new DataService per server and path: Fuseki keeps counters and lifecycle state in it. Every path gets the
    // same endpoint: query only, the same processor (limits, SERVICE check) and the same context.
    private DataService newDataService(DatasetGraph dsg) {
        Endpoint query = Endpoint.create()
                .operation(Operation.Query)
                .endpointName("")      // the service itself: {endpointPath}?query=...
                .context(endpointContext())
                .processor(new CatalogQueryProcessor(resultLimit))
                .build();
        return DataService.newBuilder(servedDataset(dsg)).addEndpoint(query).build();
    }

    /**
     * Context merged into every query execution at the endpoint (Fuseki: server, then dataset, then endpoint
     * context). Kept on the endpoint, not on the dataset, so the application's own use of the dataset is unchanged.
     */
    /*package*/ Context endpointContext() {
        Context cxt = new Context();
        long ms = queryTimeout.toMillis();
        cxt.set(ARQ.queryTimeout, ms + "," + ms);             // "initial,overall" in ms, as Fuseki parses it
        cxt.set(ARQ.httpServiceAllowed, false);              // no SERVICE calls out of the JVM
        cxt.set(TDB2.symUnionDefaultGraph, true);            // TDB2 reads it from the execution context
        return cxt;
    }

    /** TDB2 does the union default graph itself; any other dataset is viewed through a union-default wrapper. */
    /*package*/ DatasetGraph servedDataset() {
        return servedDataset(dataset);
    }

    private static DatasetGraph servedDataset(DatasetGraph dsg) {
        return queriedAsTdb2(dsg) ? dsg : new UnionDefaultGraphView(dsg);
    }

    /**
     * Whether ARQ will run queries on this dataset with TDB2's engine (which reads the union flag from the context):
     * TDB2 itself, or TDB2 under plain wrappers (e.g. jena-text's DatasetGraphText), which ARQ unwraps for query.
     */
    private static boolean queriedAsTdb2(DatasetGraph dsg) {
        while ( dsg instanceof DatasetGraphWrapper w && !(dsg instanceof DatasetGraphWrapperView) )
            dsg = w.getWrapped();
        return TDBInternal.isBackedByTDB(dsg);
    }

    @Override
    public String toString() {
        return "CatalogSparql[" + String.join(" ", endpoints.keySet()) + ", timeout=" + queryTimeout + ", limit=" + resultLimit + "]";
    }

    /** Settings are checked when set; {@link #build()} copies them, so a builder can be reused. */
    public static final class Builder {
        private DatasetGraph dataset;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private int resultLimit = DEFAULT_RESULT_LIMIT;
        private String endpointPath = DEFAULT_ENDPOINT_PATH;
        private final Map<String, DatasetGraph> added = new LinkedHashMap<>();

        private Builder() {}

        /** The catalog dataset; normally TDB2 with one named graph per record. Required. */
        public Builder dataset(DatasetGraph dsg) {
            this.dataset = requireNonNull(dsg, "dataset");
            return this;
        }

        /** The catalog dataset; normally TDB2 with one named graph per record. Required. */
        public Builder dataset(Dataset ds) {
            requireNonNull(ds, "dataset");
            return dataset(ds.asDatasetGraph());
        }

        /**
         * Both the time to the first result and the time for the whole query. At least 1 ms. A client can ask for
         * less with the protocol parameter {@code timeout=} (seconds), never for more.
         */
        public Builder queryTimeout(Duration timeout) {
            requireNonNull(timeout, "queryTimeout");
            if ( timeout.toMillis() < 1 )
                throw new IllegalArgumentException("queryTimeout must be at least 1 ms, got " + timeout);
            this.queryTimeout = timeout;
            return this;
        }

        /** Maximum rows of a SELECT result and maximum triples of a CONSTRUCT or DESCRIBE result. At least 1. */
        public Builder resultLimit(int limit) {
            if ( limit < 1 || limit == Integer.MAX_VALUE )
                throw new IllegalArgumentException(
                        "resultLimit must be in 1.." + (Integer.MAX_VALUE - 1) + ", got " + limit);
            this.resultLimit = limit;
            return this;
        }

        /** The URL path of the endpoint, e.g. "/sparql" (the default). One or more segments of [A-Za-z0-9._~-]. */
        public Builder endpointPath(String path) {
            this.endpointPath = checkPath(path, "endpointPath");
            return this;
        }

        private static String checkPath(String path, String what) {
            requireNonNull(path, what);
            if ( !PATH.matcher(path).matches() )
                throw new IllegalArgumentException(what + " must look like \"/sparql\" (segments of "
                        + "[A-Za-z0-9._~-], not \".\" or \"..\", no trailing '/'), got \"" + path + "\"");
            return path;
        }

        /**
         * Serves another dataset at {@code path} (same rules as {@link #endpointPath}), with exactly the endpoint's
         * protections and settings; e.g. the history database at {@value CatalogSparql#HISTORY_ENDPOINT_PATH}.
         * Queries at {@code path} see only this dataset, and queries at the other paths never see it.
         */
        public Builder addDataset(String path, DatasetGraph dsg) {
            checkPath(path, "addDataset path");
            requireNonNull(dsg, "dataset");
            if ( added.containsKey(path) )
                throw new IllegalArgumentException("A dataset is already added at \"" + path + "\"");
            added.put(path, dsg);
            return this;
        }

        /** As {@link #addDataset(String, DatasetGraph)}. */
        public Builder addDataset(String path, Dataset ds) {
            requireNonNull(ds, "dataset");
            return addDataset(path, ds.asDatasetGraph());
        }

        public CatalogSparql build() {
            if ( dataset == null )
                throw new IllegalStateException("No dataset configured: call dataset(...)");
            if ( added.containsKey(endpointPath) )
                throw new IllegalStateException("addDataset and endpointPath both name \"" + endpointPath + "\"");
            return new CatalogSparql(this);
        }
    }
}
