package org.civiccatalog.sparql;

import java.nio.file.Path;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;

/** Real TDB2 datasets for the tests; each fill is one write transaction. */
final class CatalogFixtures {
    static final String BASE = "https://catalog.example.org/";
    static final String PREFIXES = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;
    static final String SAMPLE = "catalog-sample.trig";

    private CatalogFixtures() {}

    static Dataset tdb2(Path dir) {
        return TDB2Factory.connectDataset(dir.toString());
    }

    /** Adds the sample catalog (src/test/resources/catalog-sample.trig): 3 record graphs and the catalog graph. */
    static Dataset addSample(Dataset ds) {
        Txn.executeWrite(ds, () -> RDFParser.source(resource(SAMPLE)).parse(ds.asDatasetGraph()));
        return ds;
    }

    /** Adds {@code n} record graphs, each with one dcat:Dataset titled "Dataset {i}" with keyword "generated". */
    static Dataset addGenerated(Dataset ds, int n) {
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            for ( int i = 0 ; i < n ; i++ ) {
                Node g = iri(BASE + "record/gen/" + i);
                Node d = iri(BASE + "dataset/gen/" + i);
                dsg.add(g, d, iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), iri("http://www.w3.org/ns/dcat#Dataset"));
                dsg.add(g, d, iri("http://purl.org/dc/terms/title"), NodeFactory.createLiteralString("Dataset " + i));
                dsg.add(g, d, iri("http://www.w3.org/ns/dcat#keyword"), NodeFactory.createLiteralString("generated"));
            }
        });
        return ds;
    }

    /** Adds {@code n} triples {@code <urn:example:ni> <urn:example:v> i} in one named graph: fuel for slow cross products. */
    static Dataset addNumbers(Dataset ds, int n) {
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Node g = iri(BASE + "record/numbers/all");
            for ( int i = 0 ; i < n ; i++ )
                dsg.add(g, iri("urn:example:n" + i), iri("urn:example:v"), NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger));
        });
        return ds;
    }

    /** A record for a real catalog store: one dcat:Dataset with a title, in the store's IRI scheme. */
    static RecordGraph record(CatalogIris iris, String source, String id, String title) {
        String ds = iris.dataset(source, id);
        Graph g = GraphFactory.createGraphMem();
        g.add(Triple.create(iri(ds), RDF.type.asNode(), DCAT.Dataset.asNode()));
        g.add(Triple.create(iri(ds), DCTERMS.title.asNode(), NodeFactory.createLiteralString(title)));
        return new RecordGraph(source, id, ds, g);
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The URL of a test resource, for RDFParser.source(...). */
    static String resource(String name) {
        var url = CatalogFixtures.class.getClassLoader().getResource(name);
        if ( url == null )
            throw new IllegalStateException("test resource not found: " + name);
        return url.toString();
    }
}
