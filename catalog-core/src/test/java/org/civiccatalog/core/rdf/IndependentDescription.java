package org.civiccatalog.core.rdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.Prefixes;

/**
 * The test's own, independent statement of what a dataset's description is (docs/rdf-import.md): datasets are
 * found with SPARQL, and the description is computed as a fixpoint of minimal IRI-step distances, not with the
 * production code's breadth-first walk.
 */
final class IndependentDescription {
    static final int MAX_IRI_HOPS = 2;
    private static final Set<Node> LINKED = Set.of(DCTERMS.publisher.asNode(), DCAT.contactPoint.asNode(),
            DCTERMS.temporal.asNode(), DCTERMS.spatial.asNode());

    private IndependentDescription() {}

    static Set<Node> datasets(Graph g) {
        return select(g, Prefixes.sparqlPrologue() + """
                SELECT DISTINCT ?d WHERE {
                  { ?d a dcat:Dataset } UNION { ?d a dcat:DatasetSeries }
                  UNION { ?x dcat:dataset ?d FILTER(!isLiteral(?d)) FILTER NOT EXISTS { ?d a dcat:Catalog } }
                }""");
    }

    static Set<Node> catalogs(Graph g) {
        return select(g, Prefixes.sparqlPrologue() + "SELECT DISTINCT ?d WHERE { ?d a dcat:Catalog }");
    }

    /** Datasets the importer should import: described, and with an IRI or a non-blank dct:identifier literal. */
    static Set<Node> importable(Graph g) {
        Set<Node> out = new HashSet<>();
        for (Node d : datasets(g)) {
            if (!g.contains(d, Node.ANY, Node.ANY)) continue;
            if (d.isURI() || g.find(d, DCTERMS.identifier.asNode(), Node.ANY).toList().stream()
                    .anyMatch(t -> t.getObject().isLiteral() && !t.getObject().getLiteralLexicalForm().isBlank()))
                out.add(d);
        }
        return out;
    }

    static Graph describe(Graph g, Node dataset) {
        Set<Node> boundary = new HashSet<>(datasets(g));
        boundary.addAll(catalogs(g));
        boundary.remove(dataset);
        Map<Node, Integer> dist = new HashMap<>();
        dist.put(dataset, 0);
        boolean changed = true;
        List<Triple> all = g.find().toList();
        while (changed) {
            changed = false;
            for (Triple t : all) {
                Integer ds = dist.get(t.getSubject());
                if (ds == null) continue;
                Node o = t.getObject();
                Integer cand = null;
                if (o.isBlank()) {
                    cand = ds;
                } else if (o.isURI() && !boundary.contains(o) && g.contains(o, Node.ANY, Node.ANY)
                        && ((t.getSubject().equals(dataset) && t.getPredicate().equals(DCAT.distribution.asNode()))
                            || LINKED.contains(t.getPredicate()))
                        && ds + 1 <= MAX_IRI_HOPS) {
                    cand = ds + 1;
                }
                if (cand != null && (!dist.containsKey(o) || dist.get(o) > cand)) {
                    dist.put(o, cand);
                    changed = true;
                }
            }
        }
        Graph out = GraphFactory.createGraphMem();
        for (Triple t : all) if (dist.containsKey(t.getSubject())) out.add(t);
        return out;
    }

    static Set<Node> distributions(Graph g, Node dataset) {
        Set<Node> out = new HashSet<>();
        g.find(dataset, DCAT.distribution.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().isLiteral() && !t.getObject().equals(dataset)) out.add(t.getObject());
        });
        return out;
    }

    private static Set<Node> select(Graph g, String query) {
        Set<Node> out = new HashSet<>();
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(g)).query(query).build()) {
            qe.execSelect().forEachRemaining(row -> out.add(row.get("d").asNode()));
        }
        return out;
    }
}
