package org.civiccatalog.harvest.demo;

import java.io.OutputStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;
import org.civiccatalog.vocab.HYDRA;
import org.civiccatalog.vocab.Prefixes;
import org.civiccatalog.vocab.SKOS;
import org.civiccatalog.vocab.VCARD;

/**
 * One page of the state geoportal's DCAT feed in Turtle, as ckanext-dcat serves {@code /catalog.ttl?page=N}: the
 * catalog listing the page's datasets (IRIs on the portal's public host, {@code dct:identifier} the package id,
 * distributions at {@code .../dataset/<id>/resource/<id>}), and a {@code hydra:PagedCollection} named by the page's
 * URL with ckanext-dcat's literal links, old and new terms both. Broken records are written broken: a blank-node
 * dataset without identifier, a dataset listed but not described, an integer keyword, {@code dct:modified "TBD"},
 * a file-share path as a literal download URL.
 */
final class DcatTurtle {
    private DcatTurtle() {}

    /** Page {@code page} (1-based) of the feed whose first page is at {@code feedUrl}. */
    static void page(OutputStream out, RecordFactory records, int page, String feedUrl) {
        DemoPortal p = DemoPortal.STATE_RDF;
        int n = records.layout().size(p);
        int size = DemoPortal.RDF_PAGE_SIZE;
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.mapping());
        Node catalog = uri(p.publicBase() + "/catalog");
        add(g, catalog, RDF.type.asNode(), DCAT.Catalog);
        add(g, catalog, DCTERMS.title, literal(p.title()));
        for (int i = (page - 1) * size; i < Math.min(n, page * size); i++) dataset(g, catalog, records.record(p, i));
        paging(g, feedUrl, page, (n + size - 1) / size, n);
        RDFDataMgr.write(out, g, RDFFormat.TURTLE_BLOCKS);
    }

    private static void dataset(Graph g, Node catalog, DemoRecord r) {
        if (r.isBroken(BrokenKind.LISTED_NOT_DESCRIBED)) {
            add(g, catalog, DCAT.dataset, uri(r.identifier().orElseThrow()));
            return;
        }
        Node ds = r.identifier().map(DcatTurtle::uri).orElseGet(NodeFactory::createBlankNode);
        add(g, catalog, DCAT.dataset, ds);
        add(g, ds, RDF.type.asNode(), DCAT.Dataset);
        if (!r.isBroken(BrokenKind.MISSING_IDENTIFIER)) add(g, ds, DCTERMS.identifier, literal(r.key()));
        add(g, ds, DCTERMS.title, literal(r.title()));
        add(g, ds, DCTERMS.description, literal(r.description()));
        if (r.isBroken(BrokenKind.KEYWORD_AS_NUMBER))
            add(g, ds, DCAT.keyword, NodeFactory.createLiteralDT(Integer.toString(r.issued().getYear()), XSDDatatype.XSDinteger));
        for (String k : r.keywords()) add(g, ds, DCAT.keyword, literal(k));
        add(g, ds, DCTERMS.issued, dateTime(r.issued().toString()));
        add(g, ds, DCTERMS.modified, r.isBroken(BrokenKind.MODIFIED_NOT_A_DATE) ? literal("TBD") : dateTime(r.modified().toString()));
        add(g, ds, DCAT.landingPage, uri(r.landingPage()));
        Node publisher = uri(r.portal().publicBase() + "/organization/" + Ids.slug(r.publisher()));
        add(g, ds, DCTERMS.publisher, publisher);
        add(g, publisher, RDF.type.asNode(), FOAF.Organization);
        add(g, publisher, FOAF.name, literal(r.publisher()));
        Node contact = NodeFactory.createBlankNode();
        add(g, ds, DCAT.contactPoint, contact);
        add(g, contact, RDF.type.asNode(), VCARD.Organization);
        add(g, contact, VCARD.fn, literal(r.contact().name()));
        add(g, contact, VCARD.hasEmail, uri("mailto:" + r.contact().email()));
        add(g, ds, DCTERMS.license, uri(r.license()));
        add(g, ds, DCTERMS.accrualPeriodicity, literal(r.frequency().iso()));
        Node theme = uri(r.portal().publicBase() + "/group/" + Ids.slug(r.theme()));
        add(g, ds, DCAT.theme, theme);
        add(g, theme, RDF.type.asNode(), SKOS.Concept);
        add(g, theme, SKOS.prefLabel, literal(r.theme()));
        r.spatial().filter(s -> r.topic().subject().geo()).ifPresent(bbox -> spatial(g, ds, bbox));
        r.temporal().ifPresent(t -> temporal(g, ds, t));
        for (DemoDistribution d : r.distributions()) distribution(g, ds, d);
    }

    private static void spatial(Graph g, Node ds, String bbox) {
        String[] c = bbox.split(",");
        String wkt = "POLYGON((" + c[0] + " " + c[1] + ", " + c[2] + " " + c[1] + ", " + c[2] + " " + c[3] + ", "
                + c[0] + " " + c[3] + ", " + c[0] + " " + c[1] + "))";
        Node location = NodeFactory.createBlankNode();
        add(g, ds, DCTERMS.spatial, location);
        add(g, location, RDF.type.asNode(), DCTERMS.Location);
        add(g, location, DCAT.bbox, NodeFactory.createLiteralDT(wkt,
                org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(Prefixes.GEOSPARQL + "wktLiteral")));
    }

    private static void temporal(Graph g, Node ds, String period) {
        String[] ends = period.split("/");
        Node t = NodeFactory.createBlankNode();
        add(g, ds, DCTERMS.temporal, t);
        add(g, t, RDF.type.asNode(), DCTERMS.PeriodOfTime);
        add(g, t, DCAT.startDate, NodeFactory.createLiteralDT(ends[0], XSDDatatype.XSDdate));
        add(g, t, DCAT.endDate, NodeFactory.createLiteralDT(ends[1], XSDDatatype.XSDdate));
    }

    /** ckanext-dcat names a distribution by its resource page: the download URL without {@code /download/...}. */
    private static void distribution(Graph g, Node ds, DemoDistribution d) {
        boolean url = d.url().startsWith("https://");
        int download = d.url().indexOf("/download/");
        Node dist = url && download > 0 ? uri(d.url().substring(0, download)) : NodeFactory.createBlankNode();
        add(g, ds, DCAT.distribution, dist);
        add(g, dist, RDF.type.asNode(), DCAT.Distribution);
        add(g, dist, DCTERMS.title, literal(d.title()));
        add(g, dist, DCTERMS.format, literal(d.format()));
        add(g, dist, DCAT.mediaType, uri(Prefixes.IANA_MEDIA_TYPES + d.mediaType()));
        add(g, dist, DCAT.downloadURL, url ? uri(d.url()) : literal(d.url()));
    }

    private static void paging(Graph g, String feedUrl, int page, int pages, int total) {
        Node self = uri(feedUrl + "?page=" + page);
        add(g, self, RDF.type.asNode(), HYDRA.PagedCollection);
        add(g, self, HYDRA.totalItems, NodeFactory.createLiteralDT(Integer.toString(total), XSDDatatype.XSDinteger));
        add(g, self, HYDRA.itemsPerPage, NodeFactory.createLiteralDT(Integer.toString(DemoPortal.RDF_PAGE_SIZE), XSDDatatype.XSDinteger));
        link(g, self, HYDRA.firstPage, HYDRA.first, feedUrl + "?page=1");
        link(g, self, HYDRA.lastPage, HYDRA.last, feedUrl + "?page=" + Math.max(1, pages));
        if (page > 1) link(g, self, HYDRA.previousPage, HYDRA.previous, feedUrl + "?page=" + (page - 1));
        if (page < pages) link(g, self, HYDRA.nextPage, HYDRA.next, feedUrl + "?page=" + (page + 1));
    }

    /** ckanext-dcat writes each link twice, with the deprecated and the current term, as a literal. */
    private static void link(Graph g, Node self, Property deprecated, Property current, String url) {
        add(g, self, deprecated, literal(url));
        add(g, self, current, literal(url));
    }

    private static void add(Graph g, Node s, Property p, Node o) {
        g.add(s, p.asNode(), o);
    }

    private static void add(Graph g, Node s, Property p, Resource o) {
        g.add(s, p.asNode(), o.asNode());
    }

    private static void add(Graph g, Node s, Node p, Resource o) {
        g.add(s, p, o.asNode());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node dateTime(String localDateTime) {
        String v = localDateTime.length() == 16 ? localDateTime + ":00" : localDateTime;
        return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdateTime);
    }
}
