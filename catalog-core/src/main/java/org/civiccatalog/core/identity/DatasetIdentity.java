package org.civiccatalog.core.identity;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.civiccatalog.vocab.CIVIC;

/**
 * One dataset's place among copies: the origin it copies, or the copies of it on other portals (never both: the
 * origin of a group is nobody's copy).
 */
public record DatasetIdentity(Optional<CopyLink> copyOf, List<CopyLink> copies) {
    public DatasetIdentity {
        copies = List.copyOf(copies);
    }

    public static final DatasetIdentity NONE = new DatasetIdentity(Optional.empty(), List.of());

    /** The links as triples, to serve with the dataset's description. */
    public void addTo(Graph g) {
        copyOf.ifPresent(l -> add(g, l));
        copies.forEach(l -> add(g, l));
    }

    private static void add(Graph g, CopyLink l) {
        Node copy = NodeFactory.createURI(l.copy());
        g.add(Triple.create(copy, CIVIC.copyOf.asNode(), NodeFactory.createURI(l.origin())));
        g.add(Triple.create(copy, CIVIC.matchedBy.asNode(), l.matchedBy().term().asNode()));
        g.add(Triple.create(copy, CIVIC.matchedValue.asNode(), NodeFactory.createLiteralString(l.matchedValue())));
        g.add(Triple.create(copy, CIVIC.matchedWith.asNode(), NodeFactory.createURI(l.matchedWith())));
    }
}
