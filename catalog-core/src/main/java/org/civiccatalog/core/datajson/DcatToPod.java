package org.civiccatalog.core.datajson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.civiccatalog.core.NotFoundException;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCATUS11;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.Prefixes;
import org.civiccatalog.vocab.SKOS;

/**
 * A dcat:Dataset in a graph to one POD v1.1 dataset object, members in POD order. For a graph made by
 * {@link PodToDcat} it gives the original object back, after the normalisations of docs/datajson-mapping.md. For
 * DCAT from anywhere else it still gives an object that validates against the POD v1.1 non-federal schema: required
 * members missing from the graph come from {@link PodDefaults}, and a value the schema would reject is repaired (see
 * {@link PodRules}) or left out, never written.
 */
public final class DcatToPod {
    /** Null in the as-published mode: nothing is filled in. */
    private final PodDefaults defaults;

    public DcatToPod(PodDefaults defaults) {
        this.defaults = Objects.requireNonNull(defaults, "defaults");
    }

    private DcatToPod() {
        this.defaults = null;
    }

    /**
     * The dataset as its publisher gave it, for the metadata audit: no defaults for missing members, no fallbacks
     * (a missing description is not replaced by the title), and no repairs (a bare e-mail address, a free-text
     * license or a malformed date is written as stored). The result may be invalid POD: that is what the audit
     * validates. Members the graph has no value for are left out.
     */
    public static DcatToPod asPublished() {
        return new DcatToPod();
    }

    /** @throws NotFoundException when the graph says nothing about {@code datasetIri} */
    public ObjectNode toPod(Graph graph, String datasetIri) {
        RdfIn in = new RdfIn(graph, defaults == null);
        Node ds = NodeFactory.createURI(datasetIri);
        if (!graph.contains(ds, Node.ANY, Node.ANY))
            throw new NotFoundException("The graph has no statement about dataset <" + datasetIri + ">");
        PodObject o = new PodObject(in.members(ds, CIVIC.rawValue), PodToDcat.NULLABLE, in.asPublished());
        required(o, in, ds, datasetIri);
        expanded(o, in, ds, datasetIri);
        ObjectNode json = o.json();
        AgentMapping.extras(in, ds, json);
        return json;
    }

    /** The members POD requires (title, description, publisher, contactPoint, identifier, accessLevel) and keyword, modified. */
    private void required(PodObject o, RdfIn in, Node ds, String datasetIri) {
        String identifier = in.literal(ds, DCTERMS.identifier)
                .or(() -> in.strings(ds, DCTERMS.identifier).stream().filter(s -> !s.isEmpty()).findFirst())
                .orElse(datasetIri);
        Optional<String> ownTitle = in.firstLiteral(ds, DCTERMS.title, RDFS.label, SKOS.prefLabel);
        String title = ownTitle.orElse(identifier);
        o.put("@type", "dcat:Dataset");
        o.text("@id", () -> in.object(ds, CIVIC.originalIri).filter(Node::isURI).map(Node::getURI), PodObject::uri);
        if (defaults != null) {
            o.put("title", title);
            o.put("description", in.literal(ds, DCTERMS.description).orElse(title));
        } else {
            o.text("title", () -> ownTitle, PodObject::any);
            o.text("description", () -> in.literal(ds, DCTERMS.description), PodObject::any);
        }
        o.texts("keyword", in.strings(ds, DCAT.keyword), PodObject::any);
        o.text("modified", () -> TimeMapping.date(in, ds, DCTERMS.modified, true, PodRules.MODIFIED),
                s -> PodRules.ifMatches(PodRules.MODIFIED, s));
        o.set("publisher", AgentMapping.publisherToPod(in, ds, defaults));
        o.set("contactPoint", AgentMapping.contactToPod(in, ds, defaults));
        o.put("identifier", identifier);
        o.text("accessLevel", () -> accessLevel(in, ds), PodObject::any);
    }

    /** The "required if applicable" and "expanded" members, then the distributions. */
    private static void expanded(PodObject o, RdfIn in, Node ds, String datasetIri) {
        o.texts("bureauCode", in.strings(ds, DCATUS11.bureauCode), s -> PodRules.ifMatches(PodRules.BUREAU_CODE, s));
        o.texts("programCode", in.strings(ds, DCATUS11.programCode), s -> PodRules.ifMatches(PodRules.PROGRAM_CODE, s));
        o.text("license", () -> license(in, ds), PodObject::uri);
        o.text("rights", () -> rights(in, ds), PodRules::rights);
        o.text("spatial", () -> SpatialMapping.toPod(in, ds), PodObject::any);
        o.text("temporal", () -> TimeMapping.temporal(in, ds), s -> PodRules.ifMatches(PodRules.TEMPORAL, s));
        o.text("accrualPeriodicity", () -> TimeMapping.periodicity(in, ds), PodRules::accrualPeriodicity);
        o.text("conformsTo", () -> DistributionMapping.firstUri(in, in.strings(ds, DCTERMS.conformsTo)), PodObject::uri);
        dataQuality(in, ds, o);
        o.text("describedBy", () -> DescribedBy.url(in, ds), PodObject::uri);
        o.text("describedByType", () -> DescribedBy.type(in, ds), PodRules::mediaType);
        o.text("isPartOf", () -> in.strings(ds, DCTERMS.isPartOf).stream().findFirst()
                .or(() -> in.strings(ds, DCAT.inSeries).stream().findFirst()), PodObject::any);
        o.text("issued", () -> TimeMapping.date(in, ds, DCTERMS.issued, false, PodRules.ISSUED),
                s -> PodRules.ifMatches(PodRules.ISSUED, s));
        o.texts("language", languages(in, ds), s -> PodRules.ifMatches(PodRules.LANGUAGE, s));
        o.text("landingPage", () -> DistributionMapping.firstUri(in, in.strings(ds, DCAT.landingPage)), PodObject::uri);
        o.text("primaryITInvestmentUII", () -> in.literal(ds, DCATUS11.primaryITInvestmentUII),
                s -> PodRules.ifMatches(PodRules.PRIMARY_IT_INVESTMENT_UII, s));
        o.texts("references", in.strings(ds, DCTERMS.references), PodObject::uri);
        o.text("systemOfRecords", () -> in.literal(ds, DCATUS11.systemOfRecords), PodObject::any);
        o.texts("theme", themes(in, ds), PodObject::any);
        List<ObjectNode> dists = DistributionMapping.toPod(in, ds, datasetIri);
        if (!dists.isEmpty()) {
            ArrayNode a = o.json().putArray("distribution");
            dists.forEach(a::add);
        }
        o.nullIfKept("distribution");
    }

    /** pod:accessLevel (repaired), else a dct:accessRights from the EU access-right table, else the default. */
    private Optional<String> accessLevel(RdfIn in, Node ds) {
        for (String s : in.strings(ds, DCATUS11.accessLevel)) {
            if (in.asPublished()) return Optional.of(s);
            Optional<String> level = PodRules.accessLevel(s);
            if (level.isPresent()) return level;
        }
        for (String s : in.strings(ds, DCTERMS.accessRights)) {
            if (!s.startsWith(Prefixes.EU_ACCESS_RIGHT)) continue;
            switch (s.substring(Prefixes.EU_ACCESS_RIGHT.length())) {
                case "PUBLIC": return Optional.of("public");
                case "RESTRICTED": return Optional.of("restricted public");
                case "NON_PUBLIC": case "CONFIDENTIAL": case "SENSITIVE": return Optional.of("non-public");
                default: break;
            }
        }
        return defaults == null ? Optional.empty() : Optional.of(defaults.accessLevel());
    }

    /** dct:license of the dataset; else the one license all its distributions share (DCAT puts it there). */
    private static Optional<String> license(RdfIn in, Node ds) {
        Optional<String> own = DistributionMapping.firstUri(in, in.strings(ds, DCTERMS.license));
        if (own.isPresent()) return own;
        TreeSet<String> shared = new TreeSet<>();
        for (Node d : in.objects(ds, DCAT.distribution))
            in.strings(d, DCTERMS.license).stream().filter(PodRules::isUri).forEach(shared::add);
        return shared.size() == 1 ? Optional.of(shared.first()) : Optional.empty();
    }

    /** dct:rights as a literal, or the label / comment / description of a dct:RightsStatement node. */
    private static Optional<String> rights(RdfIn in, Node ds) {
        for (Node r : in.objects(ds, DCTERMS.rights)) {
            Optional<String> v = r.isLiteral() ? Optional.of(r.getLiteralLexicalForm())
                    : in.firstLiteral(r, RDFS.label, RDFS.comment, DCTERMS.description);
            if (in.asPublished() ? v.isPresent() : v.flatMap(PodRules::rights).isPresent()) return v;
        }
        return Optional.empty();
    }

    private static void dataQuality(RdfIn in, Node ds, PodObject o) {
        for (String s : in.strings(ds, DCATUS11.dataQuality)) {
            if (s.equals("true") || s.equals("1")) o.json().put("dataQuality", true);
            else if (s.equals("false") || s.equals("0")) o.json().put("dataQuality", false);
            else continue;
            return;
        }
        o.nullIfKept("dataQuality");
    }

    /** Language tags; a language IRI (id.loc.gov iso639-1/en, EU authority ENG) gives its lower-cased local name. */
    private static List<String> languages(RdfIn in, Node ds) {
        List<String> out = new ArrayList<>();
        for (Node n : in.objects(ds, DCTERMS.language)) {
            if (n.isLiteral()) out.add(n.getLiteralLexicalForm());
            else if (n.isURI()) out.add(TimeMapping.localName(n.getURI()).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Theme labels: skos:prefLabel of the concept (or its other labels); an unlabelled IRI gives itself. */
    private static List<String> themes(RdfIn in, Node ds) {
        List<String> out = new ArrayList<>();
        for (Node t : in.objects(ds, DCAT.theme)) {
            if (t.isLiteral()) {
                out.add(t.getLiteralLexicalForm());
                continue;
            }
            Optional<String> label = in.firstLiteral(t, SKOS.prefLabel, RDFS.label, DCTERMS.title);
            if (label.isPresent()) out.add(label.get());
            else if (t.isURI()) out.add(t.getURI());
        }
        return out;
    }
}
