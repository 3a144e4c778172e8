package org.civiccatalog.core.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.civiccatalog.core.CatalogIris;

/**
 * The catalog's store: one named graph per record, plus a catalog graph with the federated catalog and its
 * sources. Every read and write runs in a transaction. The embedded TDB2 store is the default; the interface
 * leaves room for a remote SPARQL 1.1 store (DESIGN.md "Where it goes past one machine").
 */
public interface CatalogStore extends AutoCloseable {

    CatalogIris iris();

    /** Runs {@code action} in a read transaction. */
    <T> T read(Function<Dataset, T> action);

    /** Runs {@code action} in one write transaction: all of it commits, or none of it. Bumps the state. */
    void write(Consumer<Dataset> action);

    /**
     * Adds triples to a log graph (harvest runs, later audit runs) in a write transaction that does NOT change the
     * feeds' state: logs are not part of /data.json or /catalog, so a harvest that changed no record leaves every
     * feed's ETag as it was.
     */
    void appendToLog(String graphName, Graph triples);

    /**
     * Removes triples from a log graph (a retention limit: the link checks kept), in one write transaction that, like
     * {@link #appendToLog}, does NOT change the feeds' state.
     */
    void removeFromLog(String graphName, Graph triples);

    /**
     * Replaces a reference graph (the standards registry, a dataset's conformance results: not harvested records, not
     * the catalog graph) with {@code content}, unless it already holds an isomorphic graph; in one write transaction
     * that does NOT change the feeds' state. Returns whether it wrote.
     */
    boolean replaceReferenceGraph(String graphName, Graph content);

    /** Creates or updates a source sub-catalog. */
    void putSource(SourceInfo source);

    List<SourceInfo> sources();

    /**
     * Replaces each record's graph (dataset, distributions, its CatalogRecord) in one write transaction.
     * Records of other sources and other records of the same source are untouched.
     */
    ApplyResult replaceRecords(SourceInfo source, List<RecordGraph> records);

    /**
     * Streams records into one write transaction: {@code producer} pushes each record to the sink it is given.
     * If the producer throws, nothing it pushed is kept (the transaction aborts) and the exception propagates.
     */
    ApplyResult replaceRecords(SourceInfo source, RecordProducer producer);

    /** Pushes records to a sink; see {@link #replaceRecords(SourceInfo, RecordProducer)}. */
    @FunctionalInterface
    interface RecordProducer {
        void produce(RecordSink sink);
    }

    /** Where a {@link RecordProducer} puts records, and optionally the source's own description. */
    interface RecordSink extends Consumer<RecordGraph> {
        /**
         * Replaces the source's catalog-level fields (triples about the source IRI with predicate
         * {@code civic:catalogField}) in the catalog graph with those of {@code fields}.
         */
        void sourceFields(Graph fields);
    }

    /** A copy of the catalog graph: the federated catalog, its sources and their catalog-level fields. */
    Graph catalogGraph();

    /** Every record of a source, keyed by upstream identifier. */
    java.util.Map<String, RecordState> recordStates(String sourceId);

    /**
     * As {@link #recordStates(String)} for several sources, read in one pass: per source id given (an empty map for
     * a source without records).
     */
    java.util.Map<String, java.util.Map<String, RecordState>> recordStates(java.util.Collection<String> sourceIds);

    /**
     * Marks records withdrawn (gone upstream) in one write transaction: they stay, with {@code adms:status
     * civic:withdrawn} and {@code prov:invalidatedAtTime}. Returns how many were active and are now withdrawn.
     */
    int withdraw(SourceInfo source, java.util.Collection<String> upstreamIds, java.time.Instant when);

    StoreState state();

    /**
     * The committed state the caller's reads see (in its read transaction, or now): changes with every committed
     * write, to any graph (see {@link DataVersion}). Empty inside a write transaction, whose reads see more.
     */
    java.util.Optional<DataVersion> dataVersion();

    /** Number of datasets (records) in the catalog, active and withdrawn. */
    long countDatasets();

    /**
     * Rewrites the database without the space its write transactions left behind (TDB2 is copy-on-write: a harvest
     * that commits in batches leaves several times the data's size on disk). Readers go on meanwhile; writes wait.
     * Must not be called inside a transaction.
     */
    Compaction compact();

    /**
     * The datasets feeds list, in a stable order (by IRI), for paging: every dataset except copies of another
     * portal's dataset (see {@link org.civiccatalog.core.identity.CrossPortalIdentity}).
     */
    List<String> datasetIris(long offset, int limit);

    /** Number of datasets feeds list: {@link #countDatasets()} less the copies. */
    long countListedDatasets();

    /** The whole graph of the record that describes {@code datasetIri}, if held. */
    Optional<Graph> recordGraphOfDataset(String datasetIri);

    /**
     * The whole record graph named {@code recordIri} (a record's node is its graph's name), if held: after a pass
     * over a few properties of every record ({@link #forEachRecord(java.util.Set, Consumer)}), the records that need
     * more.
     */
    Optional<Graph> recordGraph(String recordIri);

    /**
     * The earlier versions of the dataset's record, oldest (1) first: each replacement that changed the dataset's
     * description kept the previous record graph in a separate history database, never in this dataset.
     */
    List<RecordVersion> history(String datasetIri);

    /**
     * What the history index says about those versions (number, when and by which run each was replaced, its
     * hash), as a detached graph; empty when there are none.
     */
    Graph historyIndex(String datasetIri);

    /** The whole record graph as it was in version {@code n} (1-based) of the dataset's record, if kept. */
    Optional<Graph> historicVersion(String datasetIri, int n);

    /**
     * Streams every record graph in a single read transaction, in the store's order, to {@code sink};
     * the graphs passed are detached copies. Used by feeds that must not hold the catalog in memory.
     */
    void forEachRecord(Consumer<Graph> sink);

    /** The same, limited to one source's records. */
    void forEachRecord(String sourceId, Consumer<Graph> sink);

    /** As {@link #forEachRecord(Consumer)}, leaving out copies of another portal's datasets: what feeds list. */
    void forEachListedRecord(Consumer<Graph> sink);

    /** The same, limited to one source's records. */
    void forEachListedRecord(String sourceId, Consumer<Graph> sink);

    /**
     * As {@link #forEachRecord(Consumer)}, with only the triples whose predicate is one of {@code predicates} (plus
     * {@code rdf:type} and {@code dcat:inCatalog}, which say what a graph is): a pass that needs a few properties of
     * every record decodes those, not the whole catalog.
     */
    void forEachRecord(java.util.Set<org.apache.jena.graph.Node> predicates, Consumer<Graph> sink);

    /**
     * A few facts of every record, in one read transaction, in the store's record order: per record graph a small
     * graph with its {@code dcat:CatalogRecord}'s type, {@code foaf:primaryTopic} and {@code dcat:inCatalog}, the
     * record's own statements of {@code ofRecord} and its dataset's statements of {@code ofDataset}. Read by
     * predicate, so its cost follows the records, not the store (audit runs' graphs are not walked).
     */
    void forEachRecordFacts(java.util.Set<org.apache.jena.graph.Node> ofRecord, java.util.Set<org.apache.jena.graph.Node> ofDataset,
                            Consumer<Graph> sink);

    /**
     * Replaces a graph computed from the records (the identity graph) in one write transaction, provided the store
     * is still at state version {@code basedOn} (the version the records were read at). Content equal to what is
     * held is not written and leaves the feeds' state as it was.
     */
    DerivedUpdate replaceDerivedGraph(String graphName, Graph content, long basedOn);

    /** The state version a derived graph was computed for (the store has not changed since if equal), or -1. */
    long derivedGraphVersion(String graphName);

    /** What {@link #replaceDerivedGraph} did. */
    enum DerivedUpdate {
        /** Written: feeds change. */
        CHANGED,
        /** Equal to what was held: marked current, nothing else written. */
        UNCHANGED,
        /** Not written: records changed since {@code basedOn}; compute again. */
        STALE
    }

    /** The underlying dataset, for the SPARQL endpoint (which runs its own transactions). */
    Dataset dataset();

    @Override
    void close();
}
