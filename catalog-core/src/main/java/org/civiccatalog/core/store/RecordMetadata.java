package org.civiccatalog.core.store;

import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.vocab.ADMS;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;

/** The {@code dcat:CatalogRecord} the store writes into each record graph, and lookups over it. */
final class RecordMetadata {
    private RecordMetadata() {}

    static Graph describe(CatalogIris iris, SourceInfo source, RecordGraph r, Instant firstSeen, Instant now) {
        Graph g = GraphFactory.createGraphMem();
        Node rec = NodeFactory.createURI(iris.record(r.sourceId(), r.upstreamId()));
        Node ds = NodeFactory.createURI(r.datasetIri());
        Node src = NodeFactory.createURI(iris.source(source.id()));
        g.add(Triple.create(rec, RDF.type.asNode(), DCAT.CatalogRecord.asNode()));
        g.add(Triple.create(rec, FOAF.primaryTopic.asNode(), ds));
        g.add(Triple.create(rec, CIVIC.upstreamId.asNode(), NodeFactory.createLiteralString(r.upstreamId())));
        g.add(Triple.create(rec, DCTERMS.issued.asNode(), dateTime(firstSeen)));
        g.add(Triple.create(rec, DCTERMS.modified.asNode(), dateTime(now)));
        g.add(Triple.create(rec, CIVIC.lastSeen.asNode(), dateTime(now)));
        g.add(Triple.create(rec, ADMS.status.asNode(), CIVIC.active.asNode()));
        g.add(Triple.create(rec, DCAT.inCatalog.asNode(), src));
        g.add(Triple.create(src, DCAT.record.asNode(), rec));
        g.add(Triple.create(src, DCAT.dataset.asNode(), ds));
        r.contentHash().ifPresent(h -> g.add(Triple.create(rec, CIVIC.contentHash.asNode(), NodeFactory.createLiteralString(h))));
        r.harvestedFrom().ifPresent(u -> g.add(Triple.create(rec, DCTERMS.source.asNode(), NodeFactory.createURI(u))));
        r.generatedBy().ifPresent(run -> g.add(Triple.create(rec, org.civiccatalog.vocab.PROV.wasGeneratedBy.asNode(),
                NodeFactory.createURI(run))));
        return g;
    }

    /** Sets an active record's status to withdrawn, with the time; false if absent or already withdrawn. */
    static boolean withdraw(DatasetGraph dsg, CatalogIris iris, SourceInfo source, String upstreamId, Instant when) {
        Node rec = NodeFactory.createURI(iris.record(source.id(), upstreamId));
        if (!dsg.contains(rec, rec, ADMS.status.asNode(), CIVIC.active.asNode())) return false;
        dsg.delete(rec, rec, ADMS.status.asNode(), CIVIC.active.asNode());
        dsg.add(rec, rec, ADMS.status.asNode(), CIVIC.withdrawn.asNode());
        dsg.deleteAny(rec, rec, org.civiccatalog.vocab.PROV.invalidatedAtTime.asNode(), Node.ANY);
        dsg.add(rec, rec, org.civiccatalog.vocab.PROV.invalidatedAtTime.asNode(), dateTime(when));
        return true;
    }

    /**
     * Whether {@code r} describes the dataset otherwise than the stored record graph {@code old} (named
     * {@code record}): by the graph part of {@code civic:contentHash} when both have one, else by comparing {@code old} without the
     * triples this class adds (about the record, and the source's membership triples) to {@code r}'s graph.
     */
    static boolean describesOtherwise(Graph old, Node record, String sourceIri, RecordGraph r) {
        Optional<String> oldHash = old.find(record, CIVIC.contentHash.asNode(), Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm());
        if (oldHash.isPresent() && r.contentHash().isPresent())
            return !RecordState.graphPart(oldHash.get()).equals(RecordState.graphPart(r.contentHash().get()));
        Node src = NodeFactory.createURI(sourceIri);
        Graph description = GraphFactory.createGraphMem();
        old.find().forEachRemaining(t -> {
            boolean meta = t.getSubject().equals(record) || (t.getSubject().equals(src)
                    && (t.getPredicate().equals(DCAT.record.asNode()) || t.getPredicate().equals(DCAT.dataset.asNode())));
            if (!meta) description.add(t);
        });
        return !description.isIsomorphicWith(r.graph());
    }

    static Optional<Instant> firstSeen(DatasetGraph dsg, Node recordGraph) {
        Iterator<Quad> it = dsg.find(recordGraph, recordGraph, DCTERMS.issued.asNode(), Node.ANY);
        if (!it.hasNext()) return Optional.empty();
        Node o = it.next().getObject();
        try {
            return Optional.of(Instant.parse(o.getLiteralLexicalForm()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Names of record graphs, optionally only those of one source. */
    static Iterator<Node> recordGraphs(DatasetGraph dsg, Node source) {
        Iterator<Quad> quads = source == null
                ? dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), DCAT.CatalogRecord.asNode())
                : dsg.find(Node.ANY, Node.ANY, DCAT.inCatalog.asNode(), source);
        return new Iterator<>() {
            public boolean hasNext() {
                return quads.hasNext();
            }

            public Node next() {
                return quads.next().getGraph();
            }
        };
    }

    private static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }
}
