package org.civiccatalog.core.rdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;

/**
 * Extracts a dataset's description from a document, in the document's own IRIs: every triple whose subject is
 * <ul>
 * <li>the dataset;</li>
 * <li>a blank node reached from an included node (recursively, whatever its type: the concise bounded
 *     description);</li>
 * <li>an IRI-named distribution of the dataset ({@code dcat:distribution}) that the document describes;</li>
 * <li>an IRI-named node reached from an included node by {@code dct:publisher}, {@code dcat:contactPoint},
 *     {@code dct:temporal} or {@code dct:spatial} that the document describes,</li>
 * </ul>
 * never descending into another dataset or a catalog, and at most {@value #MAX_IRI_HOPS} IRI steps from the
 * dataset (blank nodes do not count as steps). Each node is visited once, so cycles end. Nodes are visited in
 * order of IRI steps (0-1 breadth first), so the result does not depend on triple order.
 */
final class DescriptionExtractor {
    static final int MAX_IRI_HOPS = 2;
    static final Set<Node> LINKED = Set.of(DCTERMS.publisher.asNode(), DCAT.contactPoint.asNode(),
            DCTERMS.temporal.asNode(), DCTERMS.spatial.asNode());

    private final Graph doc;
    private final Set<Node> boundary;

    /** @param boundary nodes never described inside another dataset's record: every dataset and catalog */
    DescriptionExtractor(Graph doc, Set<Node> boundary) {
        this.doc = doc;
        this.boundary = boundary;
    }

    /** A dataset's description and its distributions (the objects of its {@code dcat:distribution}). */
    record Description(Node dataset, Graph graph, Set<Node> distributions) {}

    Description describe(Node dataset) {
        Set<Node> distributions = DcatNodes.resourceObjects(doc, dataset, DCAT.distribution.asNode());
        distributions.remove(dataset);
        Graph out = GraphFactory.createGraphMem();
        Set<Node> visited = new HashSet<>();
        Deque<Step> queue = new ArrayDeque<>();
        queue.add(new Step(dataset, 0));
        while (!queue.isEmpty()) {
            Step step = queue.pollFirst();
            if (!visited.add(step.node)) continue;
            for (Triple t : doc.find(step.node, Node.ANY, Node.ANY).toList()) {
                out.add(t);
                Node o = t.getObject();
                if (visited.contains(o)) continue;
                if (o.isBlank()) {
                    queue.addFirst(new Step(o, step.hops));
                } else if (o.isURI() && follows(step, t, dataset) && !boundary.contains(o)
                        && DcatNodes.isDescribed(doc, o)) {
                    queue.addLast(new Step(o, step.hops + 1));
                }
            }
        }
        return new Description(dataset, out, distributions);
    }

    private static boolean follows(Step from, Triple t, Node dataset) {
        if (from.hops + 1 > MAX_IRI_HOPS) return false;
        Node p = t.getPredicate();
        if (from.node.equals(dataset) && p.equals(DCAT.distribution.asNode())) return true;
        return LINKED.contains(p);
    }

    private record Step(Node node, int hops) {}
}
