package org.civiccatalog.core.datajson;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCATUS11;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;
import org.civiccatalog.vocab.Prefixes;
import org.civiccatalog.vocab.SKOS;

/**
 * Maps one POD v1.1 dataset object to DCAT 3 + DCAT-US terms about the dataset's own IRI (docs/datajson-mapping.md
 * has the table). Not the official POD JSON-LD context: license and landingPage are IRIs, dates are typed by their
 * form, hasEmail is vcard:hasEmail, isPartOf and references use dct: terms. Every data.json member comes back through
 * {@link DcatToPod}: members DCAT has no term for are kept as {@code civic:extraField}. Same input, isomorphic graph.
 *
 * <p>Refused with {@link InvalidInputException} (naming the dataset and the field): a missing or blank identifier or
 * title, and any member of the wrong JSON type.
 */
public final class PodToDcat {
    /** Dataset members whose schema allows null: a null is kept ({@code civic:rawValue}); other nulls are dropped. */
    static final Set<String> NULLABLE = Set.of("rights", "accrualPeriodicity", "describedBy", "describedByType",
            "conformsTo", "dataQuality", "distribution", "issued", "landingPage", "language", "license", "modified",
            "primaryITInvestmentUII", "references", "spatial", "systemOfRecords", "temporal", "theme");
    static final Set<String> STRINGS = Set.of("@type", "@id", "title", "description", "modified", "identifier",
            "accessLevel", "license", "rights", "spatial", "temporal", "accrualPeriodicity", "conformsTo", "describedBy",
            "describedByType", "isPartOf", "issued", "landingPage", "primaryITInvestmentUII", "systemOfRecords");
    static final Set<String> STRING_ARRAYS = Set.of("keyword", "bureauCode", "programCode", "language", "references", "theme");
    private static final Map<String, String> ACCESS_RIGHTS =
            Map.of("public", "PUBLIC", "restricted public", "RESTRICTED", "non-public", "NON_PUBLIC");

    private final CatalogIris iris;

    public PodToDcat(CatalogIris iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    /** Maps a dataset read by {@link DataJsonReader}; its IRI is minted from the source and its identifier. */
    public ImportedDataset map(String sourceId, DatasetEntry entry) {
        Where w = Where.of(entry);
        String id = identifier(entry.json(), w);
        String datasetIri = iris.dataset(sourceId, id);
        return new ImportedDataset(id, datasetIri, toGraph(entry.json(), datasetIri, w), entry.position());
    }

    /** Maps a dataset object to a graph about {@code datasetIri}; messages name the input "dataset object". */
    public Graph toGraph(ObjectNode dataset, String datasetIri) {
        return toGraph(dataset, datasetIri, new Where("dataset object", -1, -1, 0));
    }

    /** The identifier: a non-blank string, kept exactly (surrounding blanks included). */
    static String identifier(ObjectNode d, Where w) {
        JsonNode v = d.get("identifier");
        if (v == null || v.isNull()) throw w.fail("identifier", "is missing: every dataset needs a non-blank identifier");
        String id = w.text(v, "identifier");
        if (id.isBlank()) throw w.fail("identifier", "is blank (" + Json.quote(id) + "): every dataset needs a non-blank identifier");
        w.identifier(id);
        return id;
    }

    Graph toGraph(ObjectNode d, String datasetIri, Where w) {
        identifier(d, w);
        JsonNode title = d.get("title");
        if (title == null || title.isNull()) throw w.fail("title", "is missing: every dataset needs a title");
        if (w.text(title, "title").isBlank()) throw w.fail("title", "is blank: every dataset needs a title");
        RdfOut out = new RdfOut(GraphFactory.createGraphMem());
        Node ds = NodeFactory.createURI(datasetIri);
        out.type(ds, DCAT.Dataset);
        for (Map.Entry<String, JsonNode> m : (Iterable<Map.Entry<String, JsonNode>>) d::fields)
            member(out, ds, datasetIri, m.getKey(), m.getValue(), w);
        DescribedBy.toRdf(out, ds, nonEmpty(d, "describedBy"), nonEmpty(d, "describedByType"));
        return out.graph();
    }

    /** A string member that is there and not "" (its type was checked with the other members), else null. */
    private static String nonEmpty(ObjectNode d, String key) {
        JsonNode v = d.get(key);
        return v != null && v.isTextual() && !v.textValue().isEmpty() ? v.textValue() : null;
    }

    private void member(RdfOut out, Node ds, String datasetIri, String key, JsonNode val, Where w) {
        if (val.isNull()) {
            boolean known = STRINGS.contains(key) || STRING_ARRAYS.contains(key) || key.equals("publisher")
                    || key.equals("contactPoint");
            if (NULLABLE.contains(key)) out.member(ds, CIVIC.rawValue, key, val);
            else if (!known) out.member(ds, CIVIC.extraField, key, val);
        } else if (STRINGS.contains(key)) {
            String s = w.text(val, key);
            if (!s.isEmpty() && !key.startsWith("describedBy")) string(out, ds, key, s);
        } else if (STRING_ARRAYS.contains(key)) {
            for (String s : w.texts(val, key)) if (!s.isEmpty()) item(out, ds, key, s);
        } else {
            switch (key) {
                case "publisher" -> AgentMapping.publisher(out, ds, val, w);
                case "contactPoint" -> AgentMapping.contact(out, ds, val, w);
                case "dataQuality" -> out.typed(ds, DCATUS11.dataQuality, Boolean.toString(w.bool(val, key)),
                        XSDDatatype.XSDboolean);
                case "distribution" -> distributions(out, ds, datasetIri, val, w);
                default -> out.member(ds, CIVIC.extraField, key, val);
            }
        }
    }

    private static void string(RdfOut out, Node ds, String key, String s) {
        switch (key) {
            case "@type" -> { } // always dcat:Dataset
            case "@id" -> {
                if (RdfOut.isNodeId(s)) out.add(ds, CIVIC.originalIri, NodeFactory.createURI(s));
                else out.member(ds, CIVIC.extraField, key, TextNode.valueOf(s));
            }
            case "title" -> out.literal(ds, DCTERMS.title, s);
            case "description" -> out.literal(ds, DCTERMS.description, s);
            case "modified" -> TimeMapping.date(out, ds, DCTERMS.modified, key, s);
            case "issued" -> TimeMapping.date(out, ds, DCTERMS.issued, key, s);
            case "identifier" -> out.literal(ds, DCTERMS.identifier, s);
            case "accessLevel" -> {
                out.literal(ds, DCATUS11.accessLevel, s);
                PodRules.accessLevel(s).ifPresent(level -> out.add(ds, DCTERMS.accessRights,
                        NodeFactory.createURI(Prefixes.EU_ACCESS_RIGHT + ACCESS_RIGHTS.get(level))));
            }
            case "license" -> out.iriOrLiteral(ds, DCTERMS.license, s);
            case "rights" -> out.literal(ds, DCTERMS.rights, s);
            case "spatial" -> SpatialMapping.toRdf(out, ds, s);
            case "temporal" -> TimeMapping.temporal(out, ds, s);
            case "accrualPeriodicity" -> out.literal(ds, DCTERMS.accrualPeriodicity, s);
            case "conformsTo" -> out.iriOrLiteral(ds, DCTERMS.conformsTo, s);
            case "isPartOf" -> out.literal(ds, DCTERMS.isPartOf, s);
            case "landingPage" -> {
                out.iriOrLiteral(ds, DCAT.landingPage, s);
                if (RdfOut.isAbsoluteIri(s)) out.type(NodeFactory.createURI(s), FOAF.Document);
            }
            case "primaryITInvestmentUII" -> out.literal(ds, DCATUS11.primaryITInvestmentUII, s);
            case "systemOfRecords" -> out.literal(ds, DCATUS11.systemOfRecords, s);
            default -> throw new IllegalStateException("unhandled string member " + key);
        }
    }

    private static void item(RdfOut out, Node ds, String key, String s) {
        switch (key) {
            case "keyword" -> out.literal(ds, DCAT.keyword, s);
            case "bureauCode" -> out.literal(ds, DCATUS11.bureauCode, s);
            case "programCode" -> out.literal(ds, DCATUS11.programCode, s);
            case "language" -> out.literal(ds, DCTERMS.language, s);
            case "references" -> out.iriOrLiteral(ds, DCTERMS.references, s);
            case "theme" -> {
                Node concept = out.blank(SKOS.Concept);
                out.literal(concept, SKOS.prefLabel, s);
                out.add(ds, DCAT.theme, concept);
            }
            default -> throw new IllegalStateException("unhandled array member " + key);
        }
    }

    private void distributions(RdfOut out, Node ds, String datasetIri, JsonNode val, Where w) {
        if (!val.isArray()) throw w.fail("distribution", "must be an array of objects, got " + Json.describe(val));
        for (int i = 0; i < val.size(); i++)
            DistributionMapping.toRdf(out, ds, iris.distribution(datasetIri, i + 1), val.get(i), w, "distribution[" + i + "]");
    }
}
