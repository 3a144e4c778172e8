package org.civiccatalog.harvest.links;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.audit.LinkCheck;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.PROV;

/** A link check as triples, in the form {@link org.civiccatalog.core.audit.LinkHealth} and the audit read. */
final class LinkGraph {
    private LinkGraph() {}

    static void add(Graph g, LinkCheck c) {
        Node n = NodeFactory.createBlankNode();
        g.add(Triple.create(n, RDF.type.asNode(), CIVIC.LinkCheck.asNode()));
        g.add(Triple.create(n, CIVIC.checkedUrl.asNode(), NodeFactory.createURI(c.url())));
        g.add(Triple.create(n, PROV.atTime.asNode(), NodeFactory.createLiteralDT(c.checkedAt().toString(), XSDDatatype.XSDdateTime)));
        g.add(Triple.create(n, CIVIC.outcome.asNode(), NodeFactory.createLiteralString(c.outcome().label())));
        c.httpStatus().ifPresent(s -> g.add(Triple.create(n, CIVIC.httpStatus.asNode(), integer(s))));
        g.add(Triple.create(n, CIVIC.message.asNode(), NodeFactory.createLiteralString(c.reason())));
        if (!c.finalUrl().equals(c.url())) g.add(Triple.create(n, CIVIC.finalUrl.asNode(), NodeFactory.createURI(c.finalUrl())));
        g.add(Triple.create(n, CIVIC.redirectCount.asNode(), integer(c.redirects())));
        c.contentType().ifPresent(t -> g.add(Triple.create(n, CIVIC.contentType.asNode(), NodeFactory.createLiteralString(t))));
        c.declaredType().ifPresent(t -> {
            g.add(Triple.create(n, CIVIC.declaredType.asNode(), NodeFactory.createLiteralString(t)));
            g.add(Triple.create(n, CIVIC.contentTypeMismatch.asNode(),
                    NodeFactory.createLiteralDT(Boolean.toString(c.mismatch()), XSDDatatype.XSDboolean)));
        });
        if (!c.method().isEmpty()) g.add(Triple.create(n, CIVIC.httpMethod.asNode(), NodeFactory.createLiteralString(c.method())));
        g.add(Triple.create(n, CIVIC.durationMillis.asNode(), integer(c.durationMillis())));
        for (String d : c.datasets()) g.add(Triple.create(n, CIVIC.usedBy.asNode(), NodeFactory.createURI(d)));
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }
}
