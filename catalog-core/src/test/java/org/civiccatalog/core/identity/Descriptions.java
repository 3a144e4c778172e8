package org.civiccatalog.core.identity;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;

/** Hand-made dataset descriptions for identity tests: each test states exactly what two portals share. */
final class Descriptions {
    private final CatalogIris iris;
    private final String source;
    private final String key;
    private String title;
    private String description;
    private String identifier;
    private String landing;
    private String issued;
    private final List<String> downloads = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();

    private Descriptions(CatalogIris iris, String source, String key) {
        this.iris = iris;
        this.source = source;
        this.key = key;
        this.title = "Dataset " + key + " of " + source;
        this.description = "A description of " + key + " on the " + source + " portal that is long enough for a"
                + " fingerprint but shares its words with nothing else: " + source + "-" + key + ".";
    }

    static Descriptions dataset(CatalogIris iris, String source, String key) {
        return new Descriptions(iris, source, key);
    }

    Descriptions title(String t) { title = t; return this; }
    Descriptions description(String d) { description = d; return this; }
    Descriptions identifier(String i) { identifier = i; return this; }
    Descriptions landing(String l) { landing = l; return this; }
    Descriptions issued(String d) { issued = d; return this; }
    Descriptions download(String u) { downloads.add(u); return this; }
    Descriptions source(String u) { sources.add(u); return this; }

    String iri() {
        return iris.dataset(source, key);
    }

    RecordGraph record() {
        Model m = ModelFactory.createDefaultModel();
        Resource ds = m.createResource(iri()).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTERMS.title, title).addProperty(DCTERMS.description, description);
        if (identifier != null) ds.addProperty(DCTERMS.identifier, identifier);
        if (landing != null) ds.addProperty(DCAT.landingPage, m.createResource(landing));
        if (issued != null) ds.addProperty(DCTERMS.issued, issued);
        for (String s : sources) ds.addProperty(DCTERMS.source, m.createResource(s));
        int n = 0;
        for (String u : downloads) {
            Resource d = m.createResource(iris.distribution(iri(), ++n)).addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, m.createResource(u));
            ds.addProperty(DCAT.distribution, d);
        }
        return new RecordGraph(source, key, iri(), m.getGraph());
    }
}
