package org.civiccatalog.core.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionalBase;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.CatalogIris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: a TDB2 database in {@code <data dir>/tdb2}, and the earlier versions of records in a
 * second one, {@code <data dir>/history/tdb2} (see {@link RecordHistory}).
 */
public final class TdbCatalogStore implements CatalogStore {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.store");

    private final Dataset dataset;
    private final CatalogIris iris;
    /** The TDB2 database directory (its generations {@code Data-NNNN} inside). */
    private final Path directory;
    private final CatalogGraph catalogGraph;
    private final RecordHistory history;
    private final DerivedGraphs derived;
    /** Earlier versions found by the write transaction in progress (writers are exclusive), else null. */
    private List<RecordHistory.Pending> pendingHistory;
    /** The state and the sources, read again after each committed write only (every page view asks). */
    private final PerDataVersion<StoreState> stateKept = new PerDataVersion<>();
    private final PerDataVersion<List<SourceInfo>> sourcesKept = new PerDataVersion<>();
    /** The quad loader of the replaceRecords write in progress, else null. */
    private volatile TdbQuadLoader activeLoader;
    private volatile long cachedCountVersion = -1;
    private volatile long cachedCount;

    private TdbCatalogStore(Dataset dataset, Path directory, CatalogIris iris, RecordHistory history) {
        this.dataset = dataset;
        this.directory = directory;
        this.iris = iris;
        this.history = history;
        this.catalogGraph = new CatalogGraph(iris);
        this.derived = new DerivedGraphs(dataset, iris, catalogGraph);
    }

    /**
     * Opens (creating if needed) the store in {@code dataDir}. The base IRI is recorded on first use; opening
     * with a different base is refused, since every stored IRI was minted under the first.
     *
     * @param base base IRI, or null to use the recorded one (or {@link #DEFAULT_BASE} for a new store)
     */
    public static TdbCatalogStore open(Path dataDir, String base) {
        Path dir = dataDir.resolve("tdb2");
        try {
            Files.createDirectories(dir);
        } catch (Exception e) {
            throw new CatalogException("Cannot create data directory " + dir + ": " + e.getMessage(), e);
        }
        Dataset ds;
        try {
            ds = TDB2Factory.connectDataset(dir.toString());
        } catch (RuntimeException e) {
            throw new CatalogException("Cannot open the TDB2 database in " + dir
                    + " (is another catalog or Fuseki process using it?): " + e.getMessage(), e);
        }
        String recorded = Txn.calculateRead(ds, () -> CatalogGraph.recordedBase(ds));
        String chosen = base != null ? base : recorded != null ? recorded : DEFAULT_BASE;
        CatalogIris iris = CatalogIris.of(chosen);
        if (recorded != null && !recorded.equals(iris.base()))
            throw new CatalogException("The store in " + dataDir + " was created with base IRI " + recorded
                    + " but " + iris.base() + " was asked for; IRIs cannot be re-based in place: export and re-import,"
                    + " or omit --base");
        TdbCatalogStore store = new TdbCatalogStore(ds, dir, iris, RecordHistory.open(dataDir, iris));
        if (recorded == null) store.write(d -> {});
        // The bundled standards registry: written on first open and when a new version of the catalog changed it.
        if (org.civiccatalog.core.standards.StandardsRegistry.install(store))
            LOG.info("Installed the standards registry in {}", iris.standardsGraph());
        LOG.info("Opened TDB2 store {} with base {}", dir, iris.base());
        return store;
    }

    public static final String DEFAULT_BASE = "http://localhost:8080/";

    @Override
    public CatalogIris iris() {
        return iris;
    }

    @Override
    public <T> T read(Function<Dataset, T> action) {
        if (dataset.isInTransaction()) {
            // A read inside our own write (a record producer asking the store something) sees every record pushed
            // so far: the loader writes what it holds and its helper finishes with the indexes first. Only the
            // writing thread can be in a WRITE transaction.
            TdbQuadLoader loader = activeLoader;
            if (loader != null && dataset.transactionMode() == ReadWrite.WRITE) loader.finish();
            return action.apply(dataset);
        }
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    @Override
    public void write(Consumer<Dataset> action) {
        if (dataset.isInTransaction())
            throw new CatalogException("Nested write transaction: writes must not be started inside a read or write");
        dataset.begin(ReadWrite.WRITE);
        pendingHistory = new ArrayList<>();
        try {
            action.accept(dataset);
            catalogGraph.bumpState(dataset, Instant.now());
            // The history database commits first, just before the main one: if the main commit then fails, the
            // history holds one version too many (a copy of what is still the current record); the current
            // record itself is never lost. If the history commit fails, the main transaction aborts.
            history.append(pendingHistory);
            dataset.commit();
        } catch (RuntimeException | Error e) {
            dataset.abort();
            throw e;
        } finally {
            pendingHistory = null;
            dataset.end();
        }
    }

    @Override
    public void appendToLog(String graphName, Graph triples) {
        if (graphName.equals(iris.catalogGraph()) || graphName.startsWith(iris.base() + "record/"))
            throw new CatalogException("Not a log graph: " + graphName);
        if (dataset.isInTransaction()) throw new CatalogException("Nested write transaction");
        Node g = NodeFactory.createURI(graphName);
        // through the quad loader, as records are: an audit run appends a hundred triples per dataset
        Txn.executeWrite(dataset, () -> {
            try (TdbQuadLoader loader = TdbQuadLoader.of(dataset.asDatasetGraph())) {
                triples.find().forEachRemaining(t -> loader.add(new Quad(g, t)));
                loader.finish();
            }
        });
    }

    @Override
    public void removeFromLog(String graphName, Graph triples) {
        if (graphName.equals(iris.catalogGraph()) || graphName.startsWith(iris.base() + "record/"))
            throw new CatalogException("Not a log graph: " + graphName);
        if (dataset.isInTransaction()) throw new CatalogException("Nested write transaction");
        Node g = NodeFactory.createURI(graphName);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            triples.find().forEachRemaining(t -> dsg.delete(new Quad(g, t)));
        });
    }

    @Override
    public boolean replaceReferenceGraph(String graphName, Graph content) {
        if (graphName.equals(iris.catalogGraph()) || graphName.startsWith(iris.base() + "record/"))
            throw new CatalogException("Not a reference graph: " + graphName);
        if (dataset.isInTransaction()) throw new CatalogException("Nested write transaction");
        Node g = NodeFactory.createURI(graphName);
        boolean same = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getGraph(g).isIsomorphicWith(content));
        if (same) return false;
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            content.find().forEachRemaining(t -> dsg.add(new Quad(g, t)));
        });
        return true;
    }

    @Override
    public void putSource(SourceInfo source) {
        write(ds -> catalogGraph.putSource(ds, source));
    }

    @Override
    public List<SourceInfo> sources() {
        return sourcesKept.get(this, () -> List.copyOf(read(catalogGraph::sources)));
    }

    @Override
    public ApplyResult replaceRecords(SourceInfo source, List<RecordGraph> records) {
        return replaceRecords(source, sink -> records.forEach(sink));
    }

    @Override
    public ApplyResult replaceRecords(SourceInfo source, RecordProducer producer) {
        long[] counts = {0, 0};
        write(ds -> {
            catalogGraph.putSource(ds, source);
            Instant now = Instant.now();
            DatasetGraph dsg = ds.asDatasetGraph();
            try (TdbQuadLoader loader = TdbQuadLoader.of(dsg)) {
                activeLoader = loader;
                producer.produce(new RecordSink() {
                    @Override
                    public void accept(RecordGraph r) {
                        counts[1] += replaceOne(dsg, loader, source, r, now);
                        counts[0]++;
                    }

                    @Override
                    public void sourceFields(Graph fields) {
                        loader.settle();
                        catalogGraph.replaceSourceFields(ds, source, fields);
                    }
                });
                loader.finish();
            } finally {
                activeLoader = null;
            }
        });
        return new ApplyResult((int) counts[0], counts[1], state().version());
    }

    /**
     * Replaces one record graph inside an open write transaction; its quads go through {@code loader}, which the
     * caller finishes before the transaction commits. Returns the number of triples written.
     */
    long replaceOne(DatasetGraph dsg, TdbQuadLoader loader, SourceInfo source, RecordGraph r, Instant now) {
        if (!r.sourceId().equals(source.id()))
            throw new CatalogException("Record " + r.upstreamId() + " belongs to source " + r.sourceId()
                    + ", not " + source.id());
        Node g = NodeFactory.createURI(iris.record(r.sourceId(), r.upstreamId()));
        if (loader.holds(g)) loader.flush();   // the same record twice in one write: the second replaces the first
        Optional<Instant> firstSeen = Optional.empty();
        // A graph name the node table does not know has no quads: a new record, nothing to keep or delete, and no
        // need to wait for the loader's index writes before looking.
        boolean exists = loader.knows(g);
        if (exists) {
            loader.settle();
            exists = dsg.contains(g, Node.ANY, Node.ANY, Node.ANY);
        }
        if (exists) {
            firstSeen = RecordMetadata.firstSeen(dsg, g);
            Graph old = copy(dsg, g);
            if (RecordMetadata.describesOtherwise(old, g, iris.source(source.id()), r)) {
                if (pendingHistory == null) throw new CatalogException("Records are replaced only inside write()");
                pendingHistory.add(new RecordHistory.Pending(g, old, now, r.generatedBy()));
            }
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        }
        Graph meta = RecordMetadata.describe(iris, source, r, firstSeen.orElse(now), now);
        long n = 0;
        for (Iterator<Triple> it = r.graph().find(); it.hasNext(); n++) loader.add(new Quad(g, it.next()));
        for (Iterator<Triple> it = meta.find(); it.hasNext(); n++) loader.add(new Quad(g, it.next()));
        return n;
    }

    @Override
    public java.util.Map<String, RecordState> recordStates(String sourceId) {
        Node source = NodeFactory.createURI(iris.source(sourceId));
        return read(ds -> TdbRecordStates.of(ds.asDatasetGraph(), source));
    }

    @Override
    public java.util.Map<String, java.util.Map<String, RecordState>> recordStates(java.util.Collection<String> sourceIds) {
        java.util.Map<Node, String> bySource = new java.util.HashMap<>();
        for (String id : sourceIds) bySource.put(NodeFactory.createURI(iris.source(id)), id);
        java.util.Map<String, java.util.Map<String, RecordState>> out = new java.util.HashMap<>();
        read(ds -> TdbRecordStates.of(ds.asDatasetGraph(), bySource.keySet()))
                .forEach((node, states) -> out.put(bySource.get(node), states));
        for (String id : sourceIds) out.computeIfAbsent(id, x -> new java.util.HashMap<>());
        return out;
    }

    @Override
    public int withdraw(SourceInfo source, java.util.Collection<String> upstreamIds, Instant when) {
        int[] n = {0};
        if (upstreamIds.isEmpty()) return 0;
        write(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            for (String id : upstreamIds) if (RecordMetadata.withdraw(dsg, iris, source, id, when)) n[0]++;
        });
        return n[0];
    }

    @Override
    public StoreState state() {
        return stateKept.get(this, () -> read(catalogGraph::state));
    }

    @Override
    public Optional<DataVersion> dataVersion() {
        // inside a write, reads see what is not committed yet
        if (dataset.isInTransaction() && dataset.transactionMode() == ReadWrite.WRITE) return Optional.empty();
        // the version of the snapshot a read transaction sees (the caller's, or a short one): TDB2 counts committed writes
        return read(ds -> {
            DatasetGraphTDB db = TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph());
            Transaction t = ((TransactionalBase) db.getTxnSystem()).getThreadTransaction();
            return Optional.of(new DataVersion(db, t.getDataVersion()));
        });
    }

    @Override
    public long countDatasets() {
        return read(ds -> {
            StoreState s = catalogGraph.state(ds);
            if (s.version() == cachedCountVersion) return cachedCount;
            long n;
            try (QueryExecution qe = QueryExecution.dataset(ds).query(Queries.load("count-datasets")).build()) {
                n = qe.execSelect().next().getLiteral("n").getLong();
            }
            cachedCount = n;
            cachedCountVersion = s.version();
            return n;
        });
    }

    @Override
    public List<String> datasetIris(long offset, int limit) {
        if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit must be >= 0");
        return read(ds -> {
            List<String> all = orderedIris(ds);
            if (offset >= all.size()) return List.<String>of();
            return List.copyOf(all.subList((int) offset, (int) Math.min(all.size(), offset + limit)));
        });
    }

    /**
     * Every dataset IRI in order, computed once per store state and kept (softly: the JVM may drop it under
     * memory pressure) so that paging through the catalog does not sort it again for every page.
     */
    private List<String> orderedIris(Dataset ds) {
        long version = catalogGraph.state(ds).version();
        OrderedIris cached = orderedIris.get();
        if (cached != null && cached.version() == version) return cached.iris();
        List<String> out = new ArrayList<>();
        try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(ds.asDatasetGraph()).query(Queries.load("dataset-page"))
                .substitution("identity", NodeFactory.createURI(iris.identityGraph())).build()) {
            qe.select().forEachRemaining(row -> out.add(row.get("dataset").getURI()));
        }
        List<String> iris = java.util.Collections.unmodifiableList(out);
        orderedIris = new java.lang.ref.SoftReference<>(new OrderedIris(version, iris));
        return iris;
    }

    private record OrderedIris(long version, List<String> iris) {}

    private volatile java.lang.ref.SoftReference<OrderedIris> orderedIris = new java.lang.ref.SoftReference<>(null);

    @Override
    public Optional<Graph> recordGraphOfDataset(String datasetIri) {
        Optional<String> rec = iris.recordOfDataset(datasetIri);
        if (rec.isEmpty()) return Optional.empty();
        Node g = NodeFactory.createURI(rec.get());
        return read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            if (!dsg.contains(g, Node.ANY, Node.ANY, Node.ANY)) return Optional.<Graph>empty();
            return Optional.of(copy(dsg, g));
        });
    }

    @Override
    public Optional<Graph> recordGraph(String recordIri) {
        Node g = NodeFactory.createURI(recordIri);
        return read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            if (!dsg.contains(g, Node.ANY, Node.ANY, Node.ANY)) return Optional.<Graph>empty();
            return Optional.of(copy(dsg, g));
        });
    }

    @Override
    public long countListedDatasets() {
        return read(ds -> (long) orderedIris(ds).size());
    }

    @Override
    public void forEachRecord(Consumer<Graph> sink) {
        scanRecords(null, false, sink);
    }

    @Override
    public void forEachRecord(String sourceId, Consumer<Graph> sink) {
        scanRecords(NodeFactory.createURI(iris.source(sourceId)), false, sink);
    }

    @Override
    public void forEachListedRecord(Consumer<Graph> sink) {
        scanRecords(null, true, sink);
    }

    @Override
    public void forEachListedRecord(String sourceId, Consumer<Graph> sink) {
        scanRecords(NodeFactory.createURI(iris.source(sourceId)), true, sink);
    }

    @Override
    public DerivedUpdate replaceDerivedGraph(String graphName, Graph content, long basedOn) {
        return derived.replace(graphName, content, basedOn);
    }

    @Override
    public long derivedGraphVersion(String graphName) {
        return read(ds -> DerivedGraphs.currentFor(ds.asDatasetGraph(), graphName));
    }

    /**
     * One pass over the quad index in graph order, cutting it into record graphs: much cheaper than a lookup per
     * record when feeds stream the whole catalog. Graphs without a dcat:CatalogRecord (the catalog graph) are skipped.
     */
    @Override
    public void forEachRecord(java.util.Set<Node> predicates, Consumer<Graph> sink) {
        java.util.Set<Node> wanted = new java.util.HashSet<>(predicates);
        wanted.addAll(RecordScan.PREDICATES);
        scanRecords(null, false, sink, wanted);
    }

    @Override
    public void forEachRecordFacts(java.util.Set<Node> ofRecord, java.util.Set<Node> ofDataset, Consumer<Graph> sink) {
        read(ds -> {
            TdbRecordFacts.scan(ds.asDatasetGraph(), iris.base() + "record/", ofRecord, ofDataset, sink);
            return null;
        });
    }

    private void scanRecords(Node source, boolean listedOnly, Consumer<Graph> sink) {
        scanRecords(source, listedOnly, sink, null);
    }

    private void scanRecords(Node source, boolean listedOnly, Consumer<Graph> sink, java.util.Set<Node> predicates) {
        read(ds -> {
            java.util.Set<Node> skip = listedOnly ? DerivedGraphs.copyRecords(ds.asDatasetGraph(), iris) : java.util.Set.of();
            RecordScan scan = new RecordScan(source, skip, sink, iris.base() + "record/");
            TdbRecordScan.scan(ds.asDatasetGraph(), scan, predicates);
            scan.flush();
            return null;
        });
    }

    private static Graph copy(DatasetGraph dsg, Node g) {
        Graph out = GraphFactory.createGraphMem();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        return out;
    }

    @Override
    public Graph catalogGraph() {
        Node name = NodeFactory.createURI(iris.catalogGraph());
        return read(ds -> copy(ds.asDatasetGraph(), name));
    }

    @Override
    public Dataset dataset() {
        return dataset;
    }

    /** The history database (earlier versions of records), for a SPARQL endpoint of its own. */
    public Dataset historyDataset() {
        return history.dataset();
    }

    @Override
    public List<RecordVersion> history(String datasetIri) {
        return iris.recordOfDataset(datasetIri).map(r -> history.versions(NodeFactory.createURI(r)))
                .orElse(List.of());
    }

    @Override
    public Graph historyIndex(String datasetIri) {
        return iris.recordOfDataset(datasetIri).map(r -> history.index(NodeFactory.createURI(r)))
                .orElseGet(GraphFactory::createGraphMem);
    }

    @Override
    public Optional<Graph> historicVersion(String datasetIri, int n) {
        return iris.recordOfDataset(datasetIri).flatMap(r -> history.version(NodeFactory.createURI(r), n));
    }

    @Override
    public Compaction compact() {
        if (dataset.isInTransaction()) throw new CatalogException("The store cannot be compacted inside a transaction");
        long before = sizeOnDisk();
        long t0 = System.nanoTime();
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        Compaction done = new Compaction(before, sizeOnDisk(), java.time.Duration.ofNanos(System.nanoTime() - t0));
        LOG.info("TDB2 {}: {}", directory, done.describe());
        return done;
    }

    private long sizeOnDisk() {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (java.io.IOException e) {
                    return 0;   // a file of the old generation deleted while we walk
                }
            }).sum();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        history.close();
        dataset.close();
        try {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
        } catch (RuntimeException e) {
            LOG.debug("expel failed: {}", e.toString());
        }
    }
}
