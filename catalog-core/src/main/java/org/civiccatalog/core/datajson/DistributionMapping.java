package org.civiccatalog.core.datajson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;

/**
 * A POD distribution is a dcat:Distribution at {@code <dataset IRI>/distribution/<n>} (n = 1-based array order):
 * title, description, dcat:accessURL and dcat:downloadURL (IRIs), dcat:mediaType (the IANA IRI; the exact string is
 * also kept as {@code civic:rawValue} when the IRI cannot give it back), dct:format, dct:conformsTo, describedBy.
 */
final class DistributionMapping {
    /** Distribution members whose schema allows null. */
    static final Set<String> NULLABLE = Set.of("mediaType", "format", "accessURL", "description", "title",
            "conformsTo", "describedBy", "describedByType");

    /** The members POD defines for a distribution, all strings. */
    static final Set<String> KNOWN = Set.of("@type", "title", "description", "accessURL", "downloadURL", "mediaType",
            "format", "conformsTo", "describedBy", "describedByType");

    private DistributionMapping() {}

    static void toRdf(RdfOut out, Node ds, String distIri, JsonNode v, Where w, String path) {
        w.object(v, path);
        Node d = NodeFactory.createURI(distIri);
        out.type(d, DCAT.Distribution);
        out.add(ds, DCAT.distribution, d);
        String describedBy = null, describedByType = null;
        for (Map.Entry<String, JsonNode> m : (Iterable<Map.Entry<String, JsonNode>>) v::fields) {
            String key = m.getKey(), p = path + "." + key;
            JsonNode val = m.getValue();
            if (val.isNull()) {
                if (NULLABLE.contains(key)) out.member(d, CIVIC.rawValue, key, val);
                else if (!KNOWN.contains(key)) out.member(d, CIVIC.extraField, key, val);
                continue;
            }
            if (KNOWN.contains(key) && w.text(val, p).isEmpty()) continue;
            switch (key) {
                case "@type" -> w.text(val, p);
                case "title" -> out.literal(d, DCTERMS.title, val.textValue());
                case "description" -> out.literal(d, DCTERMS.description, val.textValue());
                case "accessURL" -> out.iriOrLiteral(d, DCAT.accessURL, val.textValue());
                case "downloadURL" -> out.iriOrLiteral(d, DCAT.downloadURL, val.textValue());
                case "mediaType" -> mediaType(out, d, val.textValue());
                case "format" -> out.literal(d, DCTERMS.format, val.textValue());
                case "conformsTo" -> out.iriOrLiteral(d, DCTERMS.conformsTo, val.textValue());
                case "describedBy" -> describedBy = val.textValue();
                case "describedByType" -> describedByType = val.textValue();
                default -> out.member(d, CIVIC.extraField, key, val);
            }
        }
        DescribedBy.toRdf(out, d, describedBy, describedByType);
    }

    private static void mediaType(RdfOut out, Node d, String value) {
        MediaTypes.iri(value).ifPresent(iri -> out.add(d, DCAT.mediaType, iri));
        if (!MediaTypes.derived(value).map(value::equals).orElse(false))
            out.member(d, CIVIC.rawValue, "mediaType", TextNode.valueOf(value));
    }

    // ---- DCAT -> POD

    static List<ObjectNode> toPod(RdfIn in, Node ds, String datasetIri) {
        String own = datasetIri + "/distribution/";
        List<Node> nodes = new ArrayList<>(in.objects(ds, DCAT.distribution));
        nodes.sort(Comparator.comparingLong((Node n) -> ownIndex(own, n)).thenComparing(in::sortKey));
        List<ObjectNode> out = new ArrayList<>();
        for (Node n : nodes) out.add(one(in, n));
        return out;
    }

    /** n of {@code {dataset}/distribution/n}, the array position the mapping gave it; else last. */
    private static long ownIndex(String prefix, Node n) {
        if (!n.isURI() || !n.getURI().startsWith(prefix)) return Long.MAX_VALUE;
        String rest = n.getURI().substring(prefix.length());
        if (rest.isEmpty() || rest.length() > 9) return Long.MAX_VALUE;
        for (int i = 0; i < rest.length(); i++) if (!Character.isDigit(rest.charAt(i)) || rest.charAt(i) > '9') return Long.MAX_VALUE;
        return Long.parseLong(rest);
    }

    private static ObjectNode one(RdfIn in, Node d) {
        PodObject o = new PodObject(in.members(d, CIVIC.rawValue), NULLABLE, in.asPublished());
        o.put("@type", "dcat:Distribution");
        o.text("title", () -> in.literal(d, DCTERMS.title), PodObject::any);
        o.text("description", () -> in.literal(d, DCTERMS.description), PodObject::any);
        o.text("downloadURL", () -> firstUri(in, in.strings(d, DCAT.downloadURL)), PodObject::uri);
        o.text("mediaType", () -> mediaTypeOf(in, d), PodRules::mediaType);
        o.text("accessURL", () -> firstUri(in, in.strings(d, DCAT.accessURL)), PodObject::uri);
        o.text("format", () -> formatOf(in, d), PodObject::any);
        o.text("conformsTo", () -> firstUri(in, in.strings(d, DCTERMS.conformsTo)), PodObject::uri);
        o.text("describedBy", () -> DescribedBy.url(in, d), PodObject::uri);
        o.text("describedByType", () -> DescribedBy.type(in, d), PodRules::mediaType);
        ObjectNode json = o.json();
        if (!in.asPublished()) downloadNeedsMediaType(json);
        AgentMapping.extras(in, d, json);
        return json;
    }

    /**
     * The schema requires a mediaType with a downloadURL. Without a valid one the link is still given, as the
     * accessURL when there is none, else it is left out.
     */
    private static void downloadNeedsMediaType(ObjectNode d) {
        if (!d.has("downloadURL") || d.path("mediaType").isTextual()) return;
        JsonNode url = d.remove("downloadURL");
        if (!d.path("accessURL").isTextual()) d.set("accessURL", url);
    }

    private static Optional<String> mediaTypeOf(RdfIn in, Node d) {
        for (Node m : in.objects(d, DCAT.mediaType)) {
            Optional<String> t = MediaTypes.fromNode(m).flatMap(PodRules::mediaType);
            if (t.isPresent()) return t;
        }
        for (Node f : in.objects(d, DCTERMS.format)) {
            Optional<String> t = f.isURI() ? MediaTypes.fromNode(f).flatMap(PodRules::mediaType) : Optional.empty();
            if (t.isPresent()) return t;
        }
        return Optional.empty();
    }

    /** dct:format: a literal, or the label or local name of a format IRI that is not an IANA media type. */
    private static Optional<String> formatOf(RdfIn in, Node d) {
        Optional<String> lit = in.literal(d, DCTERMS.format);
        if (lit.isPresent()) return lit;
        for (Node f : in.objects(d, DCTERMS.format)) {
            if (f.isURI() && MediaTypes.fromNode(f).isEmpty()) return Optional.of(TimeMapping.localName(f.getURI()));
            if (f.isBlank()) {
                Optional<String> label = in.firstLiteral(f, org.apache.jena.vocabulary.RDFS.label,
                        org.civiccatalog.vocab.SKOS.prefLabel, DCTERMS.title);
                if (label.isPresent()) return label;
            }
        }
        return Optional.empty();
    }

    static Optional<String> firstUri(List<String> values) {
        return values.stream().filter(PodRules::isUri).findFirst();
    }

    /** The first URI; as published, the first value whatever it is. */
    static Optional<String> firstUri(RdfIn in, List<String> values) {
        return in.asPublished() ? values.stream().findFirst() : firstUri(values);
    }
}
