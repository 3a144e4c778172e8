package org.civiccatalog.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;

/**
 * The catalog graph: the one federated {@code dcat:Catalog}, its sources as sub-catalogs, and the store state.
 * All methods run inside the caller's transaction.
 */
final class CatalogGraph {
    private final CatalogIris iris;

    CatalogGraph(CatalogIris iris) {
        this.iris = iris;
    }

    private Model model(Dataset ds) {
        return ds.getNamedModel(iris.catalogGraph());
    }

    static String recordedBase(Dataset ds) {
        var it = ds.asDatasetGraph().find(Node.ANY, Node.ANY, CIVIC.baseIri.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    void bumpState(Dataset ds, Instant now) {
        Model m = model(ds);
        Resource cat = m.createResource(iris.catalog());
        long version = Optional.ofNullable(cat.getProperty(CIVIC.stateVersion)).map(Statement::getLong).orElse(0L) + 1;
        if (!cat.hasProperty(RDF.type, DCAT.Catalog)) {
            cat.addProperty(RDF.type, DCAT.Catalog)
               .addProperty(DCTERMS.title, "Federated regional open data catalog", "en")
               .addProperty(DCTERMS.description,
                       "Every dataset harvested from the region's open data portals, as one DCAT catalog.", "en")
               .addLiteral(DCTERMS.issued, m.createTypedLiteral(now.toString(), XSDDatatype.XSDdateTime))
               .addProperty(CIVIC.baseIri, iris.base());
        }
        cat.removeAll(CIVIC.stateVersion).removeAll(DCTERMS.modified);
        cat.addLiteral(CIVIC.stateVersion, version);
        cat.addLiteral(DCTERMS.modified, m.createTypedLiteral(now.toString(), XSDDatatype.XSDdateTime));
    }

    StoreState state(Dataset ds) {
        Model m = model(ds);
        Resource cat = m.createResource(iris.catalog());
        long v = Optional.ofNullable(cat.getProperty(CIVIC.stateVersion)).map(Statement::getLong).orElse(0L);
        Instant t = Optional.ofNullable(cat.getProperty(DCTERMS.modified))
                .map(s -> Instant.parse(s.getLiteral().getLexicalForm())).orElse(Instant.EPOCH);
        return new StoreState(v, t);
    }

    void putSource(Dataset ds, SourceInfo s) {
        Model m = model(ds);
        Resource src = m.createResource(iris.source(s.id()));
        for (var p : List.of(DCTERMS.title, CIVIC.sourceKind, FOAF.homepage, DCTERMS.identifier, DCTERMS.publisher, CIVIC.jurisdiction))
            src.removeAll(p);
        m.createResource(iris.catalog()).addProperty(DCAT.catalog, src);
        src.addProperty(RDF.type, DCAT.Catalog)
           .addProperty(DCTERMS.identifier, s.id())
           .addProperty(DCTERMS.title, s.title())
           .addProperty(CIVIC.sourceKind, s.kind());
        s.url().ifPresent(u -> src.addProperty(FOAF.homepage, m.createResource(u)));
        s.jurisdiction().ifPresent(j -> src.addProperty(CIVIC.jurisdiction, j));
        s.owner().ifPresent(o -> src.addProperty(DCTERMS.publisher,
                m.createResource().addProperty(RDF.type, FOAF.Agent).addProperty(FOAF.name, o)));
    }

    void replaceSourceFields(Dataset ds, SourceInfo s, org.apache.jena.graph.Graph fields) {
        Model m = model(ds);
        Resource src = m.createResource(iris.source(s.id()));
        src.removeAll(CIVIC.catalogField);
        fields.find(src.asNode(), CIVIC.catalogField.asNode(), Node.ANY)
              .forEachRemaining(t -> m.getGraph().add(t));
    }

    List<SourceInfo> sources(Dataset ds) {
        Model m = model(ds);
        List<SourceInfo> out = new ArrayList<>();
        m.createResource(iris.catalog()).listProperties(DCAT.catalog).forEachRemaining(st -> {
            Resource src = st.getResource();
            String id = string(src, DCTERMS.identifier).orElse(null);
            if (id == null) return;
            out.add(new SourceInfo(id, string(src, DCTERMS.title).orElse(id),
                    string(src, CIVIC.sourceKind).orElse("unknown"),
                    Optional.ofNullable(src.getPropertyResourceValue(FOAF.homepage)).map(Resource::getURI),
                    Optional.ofNullable(src.getPropertyResourceValue(DCTERMS.publisher))
                            .flatMap(a -> string(a, FOAF.name)),
                    string(src, CIVIC.jurisdiction)));
        });
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    private static Optional<String> string(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement st = r.getProperty(p);
        if (st == null || !st.getObject().isLiteral()) return Optional.empty();
        Literal l = st.getLiteral();
        return Optional.of(l.getLexicalForm());
    }

    static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
