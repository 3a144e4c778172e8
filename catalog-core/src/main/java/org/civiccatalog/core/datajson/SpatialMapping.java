package org.civiccatalog.core.datajson;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.LOCN;
import org.civiccatalog.vocab.Prefixes;
import org.civiccatalog.vocab.SKOS;
import org.apache.jena.vocabulary.RDFS;

/**
 * spatial. An absolute IRI (a GeoNames feature) is the dct:spatial value itself. Any other string becomes a
 * dct:Location: a "west,south,east,north" box gets dcat:bbox as a WKT polygon and keeps the string verbatim as
 * {@code civic:rawValue}; a WKT geometry is kept as locn:geometry; anything else (a place name) as skos:prefLabel.
 */
final class SpatialMapping {
    static final RDFDatatype WKT = TypeMapper.getInstance().getSafeTypeByName(Prefixes.GEOSPARQL + "wktLiteral");
    private static final String NUM = "\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*";
    private static final Pattern BBOX = Pattern.compile("^" + NUM + "," + NUM + "," + NUM + "," + NUM + "$");
    private static final Pattern WKT_START = Pattern.compile(
            "^\\s*(<[^>]*>\\s*)?(POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private SpatialMapping() {}

    static void toRdf(RdfOut out, Node ds, String value) {
        if (RdfOut.isAbsoluteIri(value)) {
            out.add(ds, DCTERMS.spatial, NodeFactory.createURI(value));
            return;
        }
        Node loc = out.blank(DCTERMS.Location);
        out.add(ds, DCTERMS.spatial, loc);
        Optional<String> box = bboxWkt(value);
        if (box.isPresent()) {
            out.typed(loc, DCAT.bbox, box.get(), WKT);
            out.member(loc, CIVIC.rawValue, "spatial", TextNode.valueOf(value));
        } else if (WKT_START.matcher(value).matches()) {
            out.typed(loc, LOCN.geometry, value, WKT);
        } else {
            out.literal(loc, SKOS.prefLabel, value);
        }
    }

    /** "w,s,e,n" in degrees (the POD bounding box form) as a WKT polygon, if it is one. */
    static Optional<String> bboxWkt(String value) {
        Matcher m = BBOX.matcher(value);
        if (!m.matches()) return Optional.empty();
        BigDecimal w = new BigDecimal(m.group(1)), s = new BigDecimal(m.group(2));
        BigDecimal e = new BigDecimal(m.group(3)), n = new BigDecimal(m.group(4));
        if (!lon(w) || !lon(e) || !lat(s) || !lat(n) || s.compareTo(n) > 0) return Optional.empty();
        String ws = plain(w) + " " + plain(s), es = plain(e) + " " + plain(s);
        String en = plain(e) + " " + plain(n), wn = plain(w) + " " + plain(n);
        return Optional.of("POLYGON((" + ws + ", " + es + ", " + en + ", " + wn + ", " + ws + "))");
    }

    private static boolean lon(BigDecimal v) {
        return v.abs().compareTo(BigDecimal.valueOf(180)) <= 0;
    }

    private static boolean lat(BigDecimal v) {
        return v.abs().compareTo(BigDecimal.valueOf(90)) <= 0;
    }

    private static String plain(BigDecimal v) {
        return v.toPlainString();
    }

    /** The POD spatial string of the first dct:spatial value that gives one. */
    static Optional<String> toPod(RdfIn in, Node ds) {
        for (Node o : in.objects(ds, DCTERMS.spatial)) {
            if (o.isURI()) return Optional.of(o.getURI());
            if (o.isLiteral() && !o.getLiteralLexicalForm().isEmpty()) return Optional.of(o.getLiteralLexicalForm());
            if (!o.isBlank()) continue;
            JsonNode raw = in.members(o, CIVIC.rawValue).get("spatial");
            if (raw != null && raw.isTextual() && !raw.textValue().isEmpty()) return Optional.of(raw.textValue());
            Optional<String> v = in.firstLiteral(o, LOCN.geometry, SKOS.prefLabel, LOCN.geographicName, RDFS.label,
                    DCAT.bbox, DCAT.centroid);
            if (v.isPresent()) return v;
        }
        return Optional.empty();
    }
}
