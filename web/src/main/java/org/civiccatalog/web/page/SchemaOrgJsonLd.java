package org.civiccatalog.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.civiccatalog.core.search.BoundingBox;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;
import org.civiccatalog.vocab.LOCN;
import org.civiccatalog.vocab.Prefixes;
import org.civiccatalog.vocab.SKOS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The dataset as a schema.org {@code Dataset} in JSON-LD, for search engines (Google Dataset Search reads it), to
 * embed in the page's {@code <script type="application/ld+json">}. The context is inline ({@code @vocab}), so no
 * processor fetches one. Harvested text cannot end the script element: {@code <}, {@code >} and {@code &} are written
 * as JSON escapes ({@code \u003c}...), which leave the JSON's values unchanged.
 */
public final class SchemaOrgJsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaOrgJsonLd() {}

    /** The script element, ready for the page's head or body. */
    public static String script(RecordView r) {
        return "<script type=\"application/ld+json\">" + scriptSafe(json(r)) + "</script>\n";
    }

    /** The JSON-LD document. */
    public static String json(RecordView r) {
        Map<String, Object> d = new LinkedHashMap<>();
        // url, sameAs and contentUrl are links (IRIs); a licence may be text, so it stays a string.
        Map<String, Object> iri = Map.of("@type", "@id");
        d.put("@context", Map.of("@vocab", Prefixes.SCHEMA, "url", iri, "sameAs", iri, "contentUrl", iri));
        d.put("@type", "Dataset");
        d.put("@id", r.datasetIri());
        d.put("url", r.datasetIri());
        d.put("name", r.title());
        r.description().ifPresent(v -> d.put("description", v));
        r.text(r.dataset(), DCTERMS.identifier.asNode()).ifPresent(v -> d.put("identifier", v));
        if (!r.keywords().isEmpty()) d.put("keywords", r.keywords());
        List<String> licences = values(r, r.dataset(), DCTERMS.license.asNode());
        if (!licences.isEmpty()) d.put("license", licences.size() == 1 ? licences.get(0) : licences);
        r.publisher().ifPresent(p -> {
            d.put("publisher", organization(p));
            d.put("creator", organization(p));
        });
        r.text(r.dataset(), DCTERMS.modified.asNode()).ifPresent(v -> d.put("dateModified", v));
        r.text(r.dataset(), DCTERMS.issued.asNode()).ifPresent(v -> d.put("datePublished", v));
        r.objects(r.dataset(), DCAT.landingPage.asNode()).stream().filter(Node::isURI).findFirst()
                .ifPresent(l -> d.put("sameAs", l.getURI()));
        spatial(r).ifPresent(s -> d.put("spatialCoverage", s));
        temporal(r).ifPresent(t -> d.put("temporalCoverage", t));
        List<Map<String, Object>> downloads = new ArrayList<>();
        for (Node dist : r.distributions()) {
            Optional<String> url = firstUri(r, dist, DCAT.downloadURL.asNode()).or(() -> firstUri(r, dist, DCAT.accessURL.asNode()));
            if (url.isEmpty()) continue;
            Map<String, Object> dd = new LinkedHashMap<>();
            dd.put("@type", "DataDownload");
            dd.put("contentUrl", url.get());
            r.text(dist, DCTERMS.title.asNode()).ifPresent(t -> dd.put("name", t));
            encoding(r, dist).ifPresent(f -> dd.put("encodingFormat", f));
            downloads.add(dd);
        }
        if (!downloads.isEmpty()) d.put("distribution", downloads);
        try {
            return JSON.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the schema.org description of " + r.datasetIri(), e);
        }
    }

    /** JSON text that cannot close or comment a script element: the same JSON values, with {@code < > &} and line separators escaped. */
    static String scriptSafe(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Map<String, Object> organization(String name) {
        return Map.of("@type", "Organization", "name", name);
    }

    /** IRIs as they are, literals as text. */
    private static List<String> values(RecordView r, Node s, Node p) {
        return r.objects(s, p).stream().filter(n -> n.isURI() || n.isLiteral())
                .map(n -> n.isURI() ? n.getURI() : n.getLiteralLexicalForm()).sorted().toList();
    }

    private static Optional<String> firstUri(RecordView r, Node s, Node p) {
        return r.objects(s, p).stream().filter(Node::isURI).map(Node::getURI).sorted().findFirst();
    }

    /** The media type (an IANA IRI shortened to {@code text/csv}), else the format's text. */
    private static Optional<String> encoding(RecordView r, Node dist) {
        Optional<String> media = r.objects(dist, DCAT.mediaType.asNode()).stream().filter(n -> n.isURI() || n.isLiteral())
                .map(n -> n.isURI() ? n.getURI() : n.getLiteralLexicalForm())
                .map(v -> v.startsWith(Prefixes.IANA_MEDIA_TYPES) ? v.substring(Prefixes.IANA_MEDIA_TYPES.length()) : v).findFirst();
        return media.or(() -> r.objects(dist, DCTERMS.format.asNode()).stream().findFirst().map(n -> n.isLiteral()
                ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI().substring(n.getURI().lastIndexOf('/') + 1) : null));
    }

    /** A Place: a GeoShape box ("south west north east") when an extent gives one, else the place's name or IRI. */
    private static Optional<Object> spatial(RecordView r) {
        for (Node s : r.objects(r.dataset(), DCTERMS.spatial.asNode())) {
            Optional<BoundingBox> box = Optional.empty();
            if (s.isLiteral()) box = BoundingBox.parseAny(s.getLiteralLexicalForm());
            for (Node p : List.of(DCAT.bbox.asNode(), LOCN.geometry.asNode()))
                for (Node g : r.objects(s, p))
                    if (box.isEmpty() && g.isLiteral()) box = BoundingBox.parseAny(g.getLiteralLexicalForm());
            if (box.isPresent()) {
                BoundingBox b = box.get();
                return Optional.of(Map.of("@type", "Place", "geo", Map.of("@type", "GeoShape",
                        "box", b.south() + " " + b.west() + " " + b.north() + " " + b.east())));
            }
            if (s.isURI()) return Optional.of(s.getURI());
            if (s.isLiteral()) return Optional.of(s.getLiteralLexicalForm());
            Optional<String> name = r.text(s, SKOS.prefLabel.asNode()).or(() -> r.text(s, FOAF.name.asNode()));
            if (name.isPresent()) return Optional.of(Map.of("@type", "Place", "name", name.get()));
        }
        return Optional.empty();
    }

    /** An ISO 8601 interval "start/end" ("start/.." when open) from dct:temporal, or the literal as given. */
    private static Optional<String> temporal(RecordView r) {
        for (Node t : r.objects(r.dataset(), DCTERMS.temporal.asNode())) {
            if (t.isLiteral()) return Optional.of(t.getLiteralLexicalForm());
            Optional<String> start = r.text(t, DCAT.startDate.asNode()), end = r.text(t, DCAT.endDate.asNode());
            if (start.isPresent() || end.isPresent()) return Optional.of(start.orElse("..") + "/" + end.orElse(".."));
        }
        return Optional.empty();
    }
}
