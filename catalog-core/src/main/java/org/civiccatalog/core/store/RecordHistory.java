package org.civiccatalog.core.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.PROV;

/**
 * Earlier versions of records, in a TDB2 database of their own ({@code <data dir>/history/tdb2}), so that they
 * never appear in the main dataset (nor in its union default graph). Version {@code n} of a record is the named
 * graph {@code {record}/version/{n}}, a copy of the record graph as it was; the index graph
 * ({@link CatalogIris#historyIndexGraph()}) says {@code <version> prov:specializationOf <record> ;
 * prov:invalidatedAtTime <when> ; civic:versionNumber n}, and, when known, {@code prov:wasInvalidatedBy <run>} (the
 * harvest run whose record replaced it) and {@code civic:contentHash} (the replaced record's hash).
 */
final class RecordHistory implements AutoCloseable {
    /**
     * An old record graph waiting to be written when the main write transaction commits.
     *
     * @param invalidatedBy the harvest run that wrote the replacing record, if any (imports have none)
     */
    record Pending(Node record, Graph graph, Instant invalidatedAt, Optional<String> invalidatedBy) {}

    private final Dataset dataset;
    private final CatalogIris iris;
    private final Node index;

    private RecordHistory(Dataset dataset, CatalogIris iris) {
        this.dataset = dataset;
        this.iris = iris;
        this.index = NodeFactory.createURI(iris.historyIndexGraph());
    }

    static RecordHistory open(Path dataDir, CatalogIris iris) {
        Path dir = dataDir.resolve("history").resolve("tdb2");
        try {
            Files.createDirectories(dir);
            return new RecordHistory(TDB2Factory.connectDataset(dir.toString()), iris);
        } catch (Exception e) {
            throw new CatalogException("Cannot open the history database in " + dir + ": " + e.getMessage(), e);
        }
    }

    Dataset dataset() {
        return dataset;
    }

    /** Writes the versions in one write transaction of the history database, numbering them per record. */
    void append(List<Pending> versions) {
        if (versions.isEmpty()) return;
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (Pending p : versions) {
                int n = lastNumber(dsg, p.record()) + 1;
                Node v = NodeFactory.createURI(iris.recordVersion(p.record().getURI(), n));
                p.graph().find().forEachRemaining(t -> dsg.add(new Quad(v, t)));
                dsg.add(index, v, PROV.specializationOf.asNode(), p.record());
                dsg.add(index, v, PROV.invalidatedAtTime.asNode(),
                        NodeFactory.createLiteralDT(p.invalidatedAt().toString(), XSDDatatype.XSDdateTime));
                dsg.add(index, v, CIVIC.versionNumber.asNode(),
                        NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger));
                p.invalidatedBy().ifPresent(run ->
                        dsg.add(index, v, PROV.wasInvalidatedBy.asNode(), NodeFactory.createURI(run)));
                p.graph().find(p.record(), CIVIC.contentHash.asNode(), Node.ANY).nextOptional()
                        .ifPresent(t -> dsg.add(index, v, CIVIC.contentHash.asNode(), t.getObject()));
            }
        });
    }

    /** The versions of a record, oldest (1) first. */
    List<RecordVersion> versions(Node record) {
        return Txn.calculateRead(dataset, () -> versions(dataset.asDatasetGraph(), record));
    }

    Optional<Graph> version(Node record, int n) {
        if (n < 1) return Optional.empty();
        Node v = NodeFactory.createURI(iris.recordVersion(record.getURI(), n));
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (!dsg.contains(index, v, PROV.specializationOf.asNode(), record)) return Optional.<Graph>empty();
            Graph out = GraphFactory.createGraphMem();
            dsg.find(v, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
            return Optional.of(out);
        });
    }

    private List<RecordVersion> versions(DatasetGraph dsg, Node record) {
        List<RecordVersion> out = new ArrayList<>();
        dsg.find(index, Node.ANY, PROV.specializationOf.asNode(), record).forEachRemaining(q -> {
            Node v = q.getSubject();
            Optional<Integer> n = literal(dsg, v, CIVIC.versionNumber.asNode()).map(Integer::parseInt);
            Optional<Instant> at = literal(dsg, v, PROV.invalidatedAtTime.asNode()).map(Instant::parse);
            Optional<String> by = object(dsg, v, PROV.wasInvalidatedBy.asNode()).filter(Node::isURI).map(Node::getURI);
            Optional<String> hash = literal(dsg, v, CIVIC.contentHash.asNode());
            if (n.isPresent() && at.isPresent()) out.add(new RecordVersion(n.get(), at.get(), v.getURI(), by, hash));
        });
        out.sort(Comparator.comparingInt(RecordVersion::n));
        return out;
    }

    private int lastNumber(DatasetGraph dsg, Node record) {
        return versions(dsg, record).stream().mapToInt(RecordVersion::n).max().orElse(0);
    }

    private Optional<String> literal(DatasetGraph dsg, Node s, Node p) {
        return object(dsg, s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    private Optional<Node> object(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(index, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    /** The index triples about the record's versions (what {@link #versions} reads), as a detached graph. */
    Graph index(Node record) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Graph out = GraphFactory.createGraphMem();
            dsg.find(index, Node.ANY, PROV.specializationOf.asNode(), record).forEachRemaining(q ->
                    dsg.find(index, q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(t -> out.add(t.asTriple())));
            return out;
        });
    }

    @Override
    public void close() {
        dataset.close();
        try {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
        } catch (RuntimeException e) {
            // already closed
        }
    }
}
