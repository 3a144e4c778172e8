package org.civiccatalog.core.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;
import org.civiccatalog.vocab.LOCN;
import org.civiccatalog.vocab.Prefixes;
import org.civiccatalog.vocab.SKOS;

/** A hand-made DCAT record for search tests: only what a test names is in it. */
public final class SearchRecord {
    /** The source the search tests' records come from. */
    public static final SourceInfo CITY = new SourceInfo("city", "City portal", "socrata", java.util.Optional.empty(),
            java.util.Optional.empty(), java.util.Optional.of("city"));

    private final String source;
    private final String key;
    private final String iri;
    private final Graph g = GraphFactory.createGraphMem();
    private final Node ds;
    private int distributions;

    private SearchRecord(CatalogIris iris, String source, String key) {
        this.source = source;
        this.key = key;
        this.iri = iris.dataset(source, key);
        this.ds = NodeFactory.createURI(iri);
        g.add(Triple.create(ds, RDF.type.asNode(), DCAT.Dataset.asNode()));
        g.add(Triple.create(ds, DCTERMS.identifier.asNode(), NodeFactory.createLiteralString(key)));
    }

    public static SearchRecord of(CatalogIris iris, String source, String key) {
        return new SearchRecord(iris, source, key);
    }

    public String iri() {
        return iri;
    }

    private SearchRecord lit(Node s, Node p, String v) {
        g.add(Triple.create(s, p, NodeFactory.createLiteralString(v)));
        return this;
    }

    public SearchRecord title(String t) {
        return lit(ds, DCTERMS.title.asNode(), t);
    }

    public SearchRecord description(String d) {
        return lit(ds, DCTERMS.description.asNode(), d);
    }

    public SearchRecord keywords(String... ks) {
        for (String k : ks) lit(ds, DCAT.keyword.asNode(), k);
        return this;
    }

    public SearchRecord publisher(String name) {
        Node p = NodeFactory.createBlankNode();
        g.add(Triple.create(ds, DCTERMS.publisher.asNode(), p));
        g.add(Triple.create(p, RDF.type.asNode(), FOAF.Organization.asNode()));
        return lit(p, FOAF.name.asNode(), name);
    }

    public SearchRecord theme(String label) {
        Node c = NodeFactory.createBlankNode();
        g.add(Triple.create(ds, DCAT.theme.asNode(), c));
        g.add(Triple.create(c, RDF.type.asNode(), SKOS.Concept.asNode()));
        return lit(c, SKOS.prefLabel.asNode(), label);
    }

    /** A distribution with this dct:format text (null for none) and media type (null for none). */
    public SearchRecord distribution(String format, String mediaType) {
        Node d = NodeFactory.createURI(iri + "/distribution/" + (++distributions));
        g.add(Triple.create(ds, DCAT.distribution.asNode(), d));
        g.add(Triple.create(d, RDF.type.asNode(), DCAT.Distribution.asNode()));
        g.add(Triple.create(d, DCAT.downloadURL.asNode(), NodeFactory.createURI("https://files.example.gov/" + source + "/" + key + "/" + distributions)));
        if (format != null) lit(d, DCTERMS.format.asNode(), format);
        if (mediaType != null)
            g.add(Triple.create(d, DCAT.mediaType.asNode(), NodeFactory.createURI(Prefixes.IANA_MEDIA_TYPES + mediaType)));
        return this;
    }

    public SearchRecord license(String iri) {
        g.add(Triple.create(ds, DCTERMS.license.asNode(), NodeFactory.createURI(iri)));
        return this;
    }

    public SearchRecord conformsTo(String iri) {
        g.add(Triple.create(ds, DCTERMS.conformsTo.asNode(), NodeFactory.createURI(iri)));
        return this;
    }

    public SearchRecord modified(String date) {
        g.add(Triple.create(ds, DCTERMS.modified.asNode(), NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate)));
        return this;
    }

    public SearchRecord landing(String url) {
        g.add(Triple.create(ds, DCAT.landingPage.asNode(), NodeFactory.createURI(url)));
        return this;
    }

    /** A dct:Location with a dcat:bbox WKT polygon of this box. */
    public SearchRecord bbox(double w, double s, double e, double n) {
        String wkt = "POLYGON((" + w + " " + s + ", " + e + " " + s + ", " + e + " " + n + ", " + w + " " + n + ", " + w + " " + s + "))";
        return location(DCAT.bbox.asNode(), wkt);
    }

    /** A dct:Location with this WKT as locn:geometry. */
    public SearchRecord geometry(String wkt) {
        return location(LOCN.geometry.asNode(), wkt);
    }

    private SearchRecord location(Node p, String wkt) {
        Node loc = NodeFactory.createBlankNode();
        g.add(Triple.create(ds, DCTERMS.spatial.asNode(), loc));
        g.add(Triple.create(loc, RDF.type.asNode(), DCTERMS.Location.asNode()));
        g.add(Triple.create(loc, p, NodeFactory.createLiteralDT(wkt,
                TypeMapper.getInstance().getSafeTypeByName(Prefixes.GEOSPARQL + "wktLiteral"))));
        return this;
    }

    public RecordGraph record() {
        return new RecordGraph(source, key, iri, g);
    }

    /** {@code records} stored as {@link #CITY}'s, and an index of the store built in memory. */
    static SearchIndex indexed(TdbCatalogStore store, List<SearchRecord> records) throws java.io.IOException {
        store.replaceRecords(CITY, records(records.toArray(SearchRecord[]::new)));
        return IndexBuilder.build(store, QualityScores.NONE, new org.apache.lucene.store.ByteBuffersDirectory(),
                java.util.Optional.empty());
    }

    public static List<RecordGraph> records(SearchRecord... rs) {
        List<RecordGraph> out = new ArrayList<>();
        for (SearchRecord r : rs) out.add(r.record());
        return out;
    }
}
