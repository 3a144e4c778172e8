package org.civiccatalog.core.testing;

import java.time.Instant;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.PROV;

/** Link checks written by hand, as the link checker records them in the link-check graph, for tests. */
public final class LinkChecks {
    private LinkChecks() {}

    /**
     * Adds one check of {@code url} at {@code at} to {@code g}.
     *
     * @param outcome the stated outcome, or null for none (the status then decides)
     * @param status  the HTTP status, or a negative number for none
     */
    public static void add(Graph g, String url, String outcome, int status, Instant at) {
        Node c = NodeFactory.createBlankNode();
        g.add(Triple.create(c, RDF.type.asNode(), CIVIC.LinkCheck.asNode()));
        g.add(Triple.create(c, CIVIC.checkedUrl.asNode(), NodeFactory.createURI(url)));
        g.add(Triple.create(c, PROV.atTime.asNode(), NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdateTime)));
        if (outcome != null) g.add(Triple.create(c, CIVIC.outcome.asNode(), NodeFactory.createLiteralString(outcome)));
        if (status >= 0)
            g.add(Triple.create(c, CIVIC.httpStatus.asNode(), NodeFactory.createLiteralDT(Integer.toString(status), XSDDatatype.XSDinteger)));
    }
}
