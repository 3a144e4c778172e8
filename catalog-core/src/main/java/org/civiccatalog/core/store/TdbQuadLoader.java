package org.civiccatalog.core.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.civiccatalog.core.CatalogException;

/**
 * Adds quads of named graphs to a TDB2 database inside the write transaction open on the calling thread: the same
 * quads {@code DatasetGraph.add} would store, in less time. Quads are held, then written {@link #CHUNK} at a time
 * in two stages:
 * <ol>
 *   <li>on the calling thread, each node is looked up (or allocated) in the node table once per chunk: a record
 *       repeats its graph name in every quad and its dataset IRI in most, and the node table's shared cache costs
 *       more per lookup than a map of our own;</li>
 *   <li>the chunk's tuples go into the six quad indexes (B+trees): four by a helper thread, while the calling
 *       thread writes two and goes on with the next chunk's nodes. In a profiled full harvest the index inserts
 *       were 60 % of the store's time and the node table 30 %. Like Jena's parallel bulk loader, different threads write different
 *       components; unlike it, the helper works inside the caller's write transaction (it is handed the indexes'
 *       transaction state), so the whole write still commits or aborts as one.</li>
 * </ol>
 * While chunks are with the helper, the indexes must not be read or written by the caller: {@link #settle} waits
 * for the helper to be idle. {@link #finish} must end the loading before the transaction commits, and
 * {@link #close} before it ends in any way (it stops the helper). The helper is used only where each index is a
 * transactional {@link BPlusTree} (TDB2's layout) and there is more than one core; otherwise the caller writes
 * the indexes itself. Not thread-safe: one loader per write transaction, used by the thread that opened it.
 */
final class TdbQuadLoader implements AutoCloseable {
    /** Quads per chunk: small enough that the two stages overlap within a 2,000-record batch. */
    static final int CHUNK = 10_000;
    /** Chunks handed over and not yet written, at most (bounds memory when the helper is the slower stage). */
    private static final int QUEUED = 4;
    private static final List<Tuple<NodeId>> END = List.of();
    /**
     * The indexes the calling thread writes itself, after handing a chunk to the helper, so that both threads take
     * about as long per chunk: node lookups cost the caller about as much as two of the six index inserts
     * (profile of a full harvest). TDB2's other four quad indexes go to the helper.
     */
    private static final Set<String> CALLER_INDEXES = Set.of("GPOS", "GOSP");

    private final NodeTable nodes;
    private final TupleIndex[] indexes;
    /** Per index, the B+tree whose transaction state the helper is handed; null: no helper. */
    private final BPlusTree[] trees;
    /** With a helper: the indexes this thread writes itself, and those the helper writes. */
    private final TupleIndex[] callerIndexes, helperIndexes;
    private final int chunk;
    private final List<Quad> pending = new ArrayList<>();
    private final Set<Node> pendingGraphs = new HashSet<>();
    private final Function<Node, NodeId> allocate;

    private final BlockingQueue<List<Tuple<NodeId>>> queue = new ArrayBlockingQueue<>(QUEUED);
    private Thread helper;
    /** Chunks handed to the helper and not yet written (or dropped after a failure); guarded by this. */
    private int outstanding;
    private volatile Throwable failure;

    private TdbQuadLoader(NodeTable nodes, TupleIndex[] indexes, BPlusTree[] trees, int chunk) {
        this.nodes = nodes;
        this.indexes = indexes;
        this.trees = trees;
        this.chunk = chunk;
        this.callerIndexes = Arrays.stream(indexes).filter(i -> CALLER_INDEXES.contains(i.getName()))
                .toArray(TupleIndex[]::new);
        this.helperIndexes = Arrays.stream(indexes).filter(i -> !CALLER_INDEXES.contains(i.getName()))
                .toArray(TupleIndex[]::new);
        this.allocate = nodes::getAllocateNodeId;
    }

    static TdbQuadLoader of(DatasetGraph dsg) {
        return of(dsg, CHUNK, Runtime.getRuntime().availableProcessors() > 1);
    }

    /** @param parallel whether a helper thread may write the indexes */
    static TdbQuadLoader of(DatasetGraph dsg, int chunk, boolean parallel) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        TupleIndex[] indexes = Arrays.stream(quads.getTupleTable().getIndexes())
                .filter(java.util.Objects::nonNull).toArray(TupleIndex[]::new);
        BPlusTree[] trees = new BPlusTree[indexes.length];
        boolean helper = parallel;
        for (int i = 0; i < indexes.length && helper; i++) {
            if (indexes[i].baseTupleIndex() instanceof TupleIndexRecord r && r.getRangeIndex() instanceof BPlusTree t)
                trees[i] = t;
            else helper = false;
        }
        return new TdbQuadLoader(quads.getNodeTable(), indexes, helper ? trees : null, chunk);
    }

    /** Holds a quad of a named graph (never the default or union graph) to be written. */
    void add(Quad q) {
        if (q.isTriple() || q.isDefaultGraph() || q.isUnionGraph()) throw new IllegalArgumentException("not a named graph: " + q);
        pending.add(q);
        pendingGraphs.add(q.getGraph());
        if (pending.size() >= chunk) flush();
    }

    /** Whether quads of this graph are held, not yet written (so not seen by finds and deletes): then flush. */
    boolean holds(Node graph) {
        return pendingGraphs.contains(graph);
    }

    /**
     * Whether the node table knows this node. A graph whose name it does not know has no quad in the database,
     * which spares a new record's graph a look into the indexes (and a wait for the helper).
     */
    boolean knows(Node node) {
        return !NodeId.isDoesNotExist(nodes.getNodeIdForNode(node));
    }

    /** Hands the quads held on to be written: their nodes now, their index entries by the helper. */
    void flush() {
        if (pending.isEmpty()) return;
        throwIfFailed();
        // Per chunk: a record's repeats are within it, and a short-lived map is cheap to collect.
        Map<Node, NodeId> ids = new HashMap<>();
        List<Tuple<NodeId>> tuples = new ArrayList<>(pending.size());
        for (Quad q : pending)
            tuples.add(TupleFactory.create4(ids.computeIfAbsent(q.getGraph(), allocate),
                    ids.computeIfAbsent(q.getSubject(), allocate), ids.computeIfAbsent(q.getPredicate(), allocate),
                    ids.computeIfAbsent(q.getObject(), allocate)));
        pending.clear();
        pendingGraphs.clear();
        if (trees == null) {
            insert(indexes, tuples);
            return;
        }
        if (helper == null) startHelper();
        synchronized (this) {
            outstanding++;
        }
        try {
            queue.put(tuples);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("Interrupted while writing to the store", e);
        }
        insert(callerIndexes, tuples);
    }

    /** Waits until the helper has written every chunk handed over, so that the indexes may be read or changed. */
    void settle() {
        if (helper == null) return;
        synchronized (this) {
            while (outstanding > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CatalogException("Interrupted while writing to the store", e);
                }
            }
        }
        throwIfFailed();
    }

    /** Writes everything held and waits for it: call before the transaction commits. */
    void finish() {
        flush();
        settle();
    }

    /** Stops the helper (dropping what it has not written: the transaction must then abort) and waits for it. */
    @Override
    public void close() {
        if (helper == null) return;
        queue.clear();
        boolean interrupted = false;
        boolean ended = false;
        while (helper.isAlive()) {
            try {
                if (!ended) ended = queue.offer(END, 10, java.util.concurrent.TimeUnit.MILLISECONDS);
                else helper.join();
            } catch (InterruptedException e) {
                interrupted = true;   // it may be inside an index: let it leave before the transaction ends
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private void startHelper() {
        // Each B+tree keeps its transaction state in thread-locals: the helper is given this thread's (the same
        // objects, so the commit on this thread sees what the helper changed). It lives for this transaction only.
        List<Runnable> attach = new ArrayList<>(trees.length);
        for (BPlusTree t : trees) {
            var state = t.getComponentState();
            attach.add(() -> t.setComponentState(state));
        }
        helper = new Thread(() -> {
            attach.forEach(Runnable::run);
            drain();
        }, Thread.currentThread().getName() + "-index");
        helper.setDaemon(true);
        helper.start();
    }

    private void drain() {
        while (true) {
            List<Tuple<NodeId>> tuples;
            try {
                tuples = queue.take();
            } catch (InterruptedException e) {
                failure = e;
                continue;   // only END ends the helper, so that close() knows when it has left the indexes
            }
            if (tuples == END) return;
            try {
                if (failure == null) insert(helperIndexes, tuples);
            } catch (Throwable e) {
                failure = e;
            } finally {
                synchronized (this) {
                    outstanding--;
                    notifyAll();
                }
            }
        }
    }

    private static void insert(TupleIndex[] indexes, List<Tuple<NodeId>> tuples) {
        for (TupleIndex index : indexes)
            for (Tuple<NodeId> t : tuples) index.add(t);
    }

    private void throwIfFailed() {
        Throwable f = failure;
        if (f == null) return;
        if (f instanceof RuntimeException e) throw e;
        if (f instanceof Error e) throw e;
        throw new CatalogException("Writing to the store failed: " + f, f);
    }
}
