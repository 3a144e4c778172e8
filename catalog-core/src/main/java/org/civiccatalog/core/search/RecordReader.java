package org.civiccatalog.core.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.vocab.ADMS;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;
import org.civiccatalog.vocab.LOCN;
import org.civiccatalog.vocab.SKOS;
import org.civiccatalog.vocab.VCARD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a stored record graph (the dataset, its distributions, its {@code dcat:CatalogRecord}) into the
 * {@link SearchDocument} the index holds. Harvested values come in many shapes (an IRI, a literal, a node with a
 * label), so each facet value is read from whichever the record has.
 */
final class RecordReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, SourceInfo> sourcesByIri;

    /** @param sourcesByIri the sources, keyed by their catalog IRI ({@code {base}source/{id}}) */
    RecordReader(Map<String, SourceInfo> sourcesByIri) {
        this.sourcesByIri = sourcesByIri;
    }

    /** The document of a record graph; empty when the graph is no record of a known source. */
    Optional<SearchDocument> read(Graph g) {
        Node rec = subject(g, RDF.type.asNode(), DCAT.CatalogRecord.asNode());
        if (rec == null) return Optional.empty();
        Node ds = object(g, rec, FOAF.primaryTopic.asNode());
        Node src = object(g, rec, DCAT.inCatalog.asNode());
        if (ds == null || !ds.isURI() || src == null || !src.isURI()) return Optional.empty();
        SourceInfo source = sourcesByIri.get(src.getURI());
        if (source == null) return Optional.empty();
        String status = g.contains(rec, ADMS.status.asNode(), CIVIC.withdrawn.asNode()) ? "withdrawn" : "active";
        String title = text(g, ds, DCTERMS.title.asNode())
                .or(() -> text(g, ds, DCTERMS.identifier.asNode())).orElse(ds.getURI());
        List<Node> distributions = objects(g, ds, DCAT.distribution.asNode());
        Set<String> licenses = new LinkedHashSet<>(), standards = new LinkedHashSet<>(), formats = new LinkedHashSet<>();
        for (Node subject : withFirst(ds, distributions)) {
            values(g, subject, DCTERMS.license.asNode(), n -> label(g, n)).forEach(l -> Labels.license(l).ifPresent(licenses::add));
            values(g, subject, DCTERMS.conformsTo.asNode(), n -> label(g, n)).forEach(s -> Labels.clean(s).ifPresent(standards::add));
        }
        for (Node d : distributions) formats.addAll(formats(g, d));
        return Optional.of(new SearchDocument(ds.getURI(), source.id(), source.title(), source.jurisdiction(),
                Labels.clean(title).orElse(ds.getURI()), text(g, ds, DCTERMS.description.asNode()).orElse(""),
                cleaned(values(g, ds, DCAT.keyword.asNode(), RecordReader::literal)),
                cleaned(values(g, ds, DCTERMS.publisher.asNode(), n -> label(g, n))),
                cleaned(values(g, ds, DCAT.theme.asNode(), n -> label(g, n))),
                List.copyOf(formats), List.copyOf(licenses), List.copyOf(standards), status,
                text(g, ds, DCTERMS.modified.asNode()).flatMap(RecordReader::instant), extents(g, ds), List.of()));
    }

    /** dct:format named as people name it; else the media type. */
    private static List<String> formats(Graph g, Node d) {
        List<String> out = new ArrayList<>();
        for (String f : values(g, d, DCTERMS.format.asNode(), n -> n.isURI() ? mediaTypeOfIri(n.getURI()).or(() -> label(g, n)) : label(g, n)))
            (f.contains("/") ? Labels.mediaType(f) : Labels.format(f)).ifPresent(out::add);
        if (!out.isEmpty()) return out;
        for (Node m : objects(g, d, DCAT.mediaType.asNode())) {
            Optional<String> t = m.isURI() ? mediaTypeOfIri(m.getURI()) : literal(m);
            t.flatMap(Labels::mediaType).ifPresent(out::add);
        }
        return out;
    }

    /** {@code https://www.iana.org/assignments/media-types/text/csv} is text/csv. */
    private static Optional<String> mediaTypeOfIri(String iri) {
        int i = iri.indexOf("/assignments/media-types/");
        return i < 0 ? Optional.empty() : Optional.of(iri.substring(i + "/assignments/media-types/".length()));
    }

    /**
     * Boxes around {@code dct:spatial}: {@code dcat:bbox} or {@code locn:geometry} (WKT, or GeoJSON as some portals
     * write it), a POD "w,s,e,n" string kept verbatim, and the GeoJSON that CKAN keeps in its {@code spatial} extra.
     */
    private static List<BoundingBox> extents(Graph g, Node ds) {
        Set<BoundingBox> out = new LinkedHashSet<>();
        for (Node loc : objects(g, ds, DCTERMS.spatial.asNode())) {
            if (loc.isLiteral()) BoundingBox.parseAny(loc.getLiteralLexicalForm()).ifPresent(out::add);
            if (loc.isLiteral() || loc.isURI() && !g.contains(loc, Node.ANY, Node.ANY)) continue;
            for (Node p : List.of(DCAT.bbox.asNode(), LOCN.geometry.asNode(), SKOS.prefLabel.asNode()))
                for (Node v : objects(g, loc, p)) if (v.isLiteral()) BoundingBox.parseAny(v.getLiteralLexicalForm()).ifPresent(out::add);
            for (Node v : objects(g, loc, CIVIC.rawValue.asNode())) member(v).flatMap(BoundingBox::parseAny).ifPresent(out::add);
        }
        for (Node v : objects(g, ds, CIVIC.extraField.asNode())) {
            if (!v.isLiteral() || !v.getLiteralLexicalForm().contains("spatial")) continue;
            jsonMember(v.getLiteralLexicalForm()).filter(e -> e.getKey().equals("spatial") || e.getKey().endsWith(".spatial"))
                    .flatMap(e -> e.getValue().isTextual() ? BoundingBox.parseAny(e.getValue().textValue()) : Optional.empty())
                    .ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** The text value of a {@code {"key": "text"}} member kept verbatim. */
    private static Optional<String> member(Node v) {
        if (!v.isLiteral()) return Optional.empty();
        return jsonMember(v.getLiteralLexicalForm()).filter(e -> e.getValue().isTextual()).map(e -> e.getValue().textValue());
    }

    private static Optional<Map.Entry<String, JsonNode>> jsonMember(String text) {
        try {
            JsonNode n = JSON.readTree(text);
            if (n == null || !n.isObject() || n.size() != 1) return Optional.empty();
            return Optional.of(n.fields().next());
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** A value's name: a literal; a node's foaf:name, skos:prefLabel, vcard:fn, dct:title or rdfs:label; an IRI. */
    private static Optional<String> label(Graph g, Node n) {
        if (n.isLiteral()) return literal(n);
        for (Node p : List.of(FOAF.name.asNode(), SKOS.prefLabel.asNode(), VCARD.fn.asNode(), DCTERMS.title.asNode(),
                RDFS.label.asNode())) {
            Optional<String> l = text(g, n, p);
            if (l.isPresent()) return l;
        }
        return n.isURI() ? Optional.of(n.getURI()) : Optional.empty();
    }

    private static Optional<String> literal(Node n) {
        return n.isLiteral() ? Optional.of(n.getLiteralLexicalForm()) : Optional.empty();
    }

    static Optional<Instant> instant(String s) {
        String t = s.strip();
        List<Function<String, Instant>> parsers = List.of(Instant::parse, x -> OffsetDateTime.parse(x).toInstant(),
                x -> LocalDateTime.parse(x).toInstant(ZoneOffset.UTC), x -> LocalDate.parse(x).atStartOfDay(ZoneOffset.UTC).toInstant(),
                x -> YearMonth.parse(x).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                x -> Year.parse(x).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        for (Function<String, Instant> p : parsers) {
            try {
                return Optional.of(p.apply(t));
            } catch (DateTimeParseException | ArithmeticException e) {
                // next form
            }
        }
        return Optional.empty();
    }

    private static List<String> cleaned(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) Labels.clean(v).ifPresent(out::add);
        return List.copyOf(out);
    }

    private static List<Node> withFirst(Node first, List<Node> rest) {
        List<Node> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static List<String> values(Graph g, Node s, Node p, Function<Node, Optional<String>> read) {
        List<String> out = new ArrayList<>();
        for (Node o : objects(g, s, p)) read.apply(o).ifPresent(out::add);
        return out;
    }

    private static Optional<String> text(Graph g, Node s, Node p) {
        for (Node o : objects(g, s, p)) if (o.isLiteral() && !o.getLiteralLexicalForm().isBlank()) return Optional.of(o.getLiteralLexicalForm());
        return Optional.empty();
    }

    /** Objects in a stable order (the graph's own order is not), so that a document's values come out the same. */
    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        if (out.size() > 1) out.sort(java.util.Comparator.comparing(Node::toString));
        return out;
    }

    private static Node object(Graph g, Node s, Node p) {
        List<Node> o = objects(g, s, p);
        return o.isEmpty() ? null : o.get(0);
    }

    private static Node subject(Graph g, Node p, Node o) {
        ExtendedIterator<Triple> it = g.find(Node.ANY, p, o);
        try {
            return it.hasNext() ? it.next().getSubject() : null;
        } finally {
            it.close();
        }
    }
}
