package org.civiccatalog.core.audit.validation;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.civiccatalog.core.audit.DatasetView;
import org.civiccatalog.core.audit.Resources;
import org.civiccatalog.core.audit.mqa.FileTypes;
import org.civiccatalog.core.datajson.Frequencies;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCATUS3;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;
import org.civiccatalog.vocab.ORG;
import org.civiccatalog.vocab.Prefixes;
import org.civiccatalog.vocab.SKOS;

/**
 * The graph the SHACL shapes see for one record: the dataset's description as stored, with the vocabularies the
 * shapes rely on loaded ({@code vocabulary/vocabulary.ttl}: range entailments, class hierarchies, concept labels),
 * and the few values data.json can only give as text restated in the form DCAT-US 3 and DCAT-AP expect when the
 * text names a known term. Nothing is invented: every restatement says what the record already says (docs/audit.md
 * "Validation view" lists them). The catalog's own CatalogRecord is left out: it is not the publisher's metadata.
 */
public final class ProfileView {
    private static final Node TYPE = RDF.type.asNode();
    private static final Vocabulary VOCAB = new Vocabulary();
    /** ISO 8601 repeating durations of POD to EU frequency codes. */
    private static final Map<String, String> EU_FREQUENCY = Map.ofEntries(
            Map.entry("R/P10Y", "DECENNIAL"), Map.entry("R/P4Y", "QUADRENNIAL"), Map.entry("R/P3Y", "TRIENNIAL"),
            Map.entry("R/P2Y", "BIENNIAL"), Map.entry("R/P1Y", "ANNUAL"), Map.entry("R/P6M", "ANNUAL_2"),
            Map.entry("R/P4M", "ANNUAL_3"), Map.entry("R/P3M", "QUARTERLY"), Map.entry("R/P2M", "BIMONTHLY"),
            Map.entry("R/P1M", "MONTHLY"), Map.entry("R/P0.5M", "MONTHLY_2"), Map.entry("R/P0.33M", "MONTHLY_3"),
            Map.entry("R/P2W", "BIWEEKLY"), Map.entry("R/P1W", "WEEKLY"), Map.entry("R/P3.5D", "WEEKLY_2"),
            Map.entry("R/P0.5W", "WEEKLY_2"), Map.entry("R/P0.33W", "WEEKLY_3"), Map.entry("R/P1D", "DAILY"),
            Map.entry("R/PT1H", "HOURLY"), Map.entry("R/PT1S", "CONT"), Map.entry("irregular", "IRREG"));
    private static final Set<String> ISO639_1 = Resources.values("vocabulary/iso639_1_language_codes.json");

    private ProfileView() {}

    /**
     * The validation graph of a record for one profile. The views differ in one point: DCAT-US 3 accepts a bare IRI
     * as landing page (sh:or IRI | foaf:Document) but asks every foaf:Document for a title, which data.json cannot
     * give; so for DCAT-US the landing page is not typed foaf:Document (DCAT-AP, which asks for the class, sees the
     * type dcat:landingPage's range entails).
     */
    public static Graph of(DatasetView v, ShaclValidation.Profile profile) {
        return forProfile(of(v), profile);
    }

    /** The view for one profile, from the common view (which is copied, not changed). */
    static Graph forProfile(Graph common, ShaclValidation.Profile profile) {
        Graph g = GraphFactory.createGraphMem();
        common.find().forEachRemaining(g::add);
        leftOut(g, profile).forEach(g::delete);
        return g;
    }

    /**
     * The triples of the common view that one profile does not see: the validator takes them out of the common view
     * for that profile and puts them back after, instead of copying the view per profile.
     */
    static List<Triple> leftOut(Graph g, ShaclValidation.Profile profile) {
        List<Triple> drop = new ArrayList<>();
        if (profile == ShaclValidation.Profile.DCAT_US3) {
            g.find(Node.ANY, DCAT.landingPage.asNode(), Node.ANY).forEachRemaining(t -> {
                Node page = t.getObject();
                List<Triple> about = g.find(page, Node.ANY, Node.ANY).toList();
                if (about.stream().allMatch(a -> a.getPredicate().equals(TYPE) && a.getObject().equals(FOAF.Document.asNode())))
                    drop.addAll(about);
            });
        } else {
            // DCAT-AP has no dcat-us:describedBy: the data dictionary is not one of the dataset's DCAT-AP distributions.
            g.find(Node.ANY, DCATUS3.describedBy.asNode(), Node.ANY).forEachRemaining(t -> {
                drop.add(t);
                if (t.getObject().isBlank() && !g.contains(Node.ANY, DCAT.distribution.asNode(), t.getObject()))
                    drop.addAll(g.find(t.getObject(), Node.ANY, Node.ANY).toList());
            });
        }
        return drop;
    }

    /** The validation graph of a record, common to both profiles (as DCAT-AP sees it). */
    public static Graph of(DatasetView v) {
        Graph in = v.graph();
        Set<Node> records = new HashSet<>();
        in.find(Node.ANY, TYPE, DCAT.CatalogRecord.asNode()).forEachRemaining(t -> records.add(t.getSubject()));
        Node scheme = NodeFactory.createURI(v.sourceIri().orElse(v.iri()));
        Map<Node, Node> themes = themes(in, scheme);
        Graph out = GraphFactory.createGraphMem();
        List<Triple> added = new ArrayList<>();
        in.find().forEachRemaining(t -> {
            Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
            if (records.contains(s) || p.equals(DCAT.record.asNode()) || themes.containsKey(s)
                    || (p.equals(DCAT.dataset.asNode()) && o.equals(v.node()))) return;
            if (p.equals(DCAT.theme.asNode()) && themes.containsKey(o)) {
                out.add(Triple.create(s, p, themes.get(o)));
                return;
            }
            if (o.isLiteral()) {
                Optional<Node> restated = restate(p, o, added);
                if (restated.isPresent()) {
                    out.add(Triple.create(s, p, restated.get()));
                    return;
                }
            }
            out.add(t);
        });
        added.forEach(out::add);
        themes.forEach((blank, iri) -> {
            if (iri.isBlank()) in.find(blank, Node.ANY, Node.ANY).forEachRemaining(out::add);
        });
        themes.forEach((blank, iri) -> {
            if (iri.isBlank()) out.add(Triple.create(blank, SKOS.inScheme.asNode(), scheme));
        });
        organizationLabels(out);
        distributionLicences(out, v.node());
        VOCAB.entail(out);
        return out;
    }

    /**
     * Free-text themes (blank skos:Concepts with a label and no scheme): an EU data theme when the label names one;
     * otherwise the same concept, placed in the source's own scheme (the blank node maps to itself).
     */
    private static Map<Node, Node> themes(Graph in, Node scheme) {
        Map<Node, Node> out = new HashMap<>();
        in.find(Node.ANY, DCAT.theme.asNode(), Node.ANY).forEachRemaining(t -> {
            Node c = t.getObject();
            if (!c.isBlank() || in.contains(c, SKOS.inScheme.asNode(), Node.ANY)) return;
            Optional<Node> eu = in.find(c, SKOS.prefLabel.asNode(), Node.ANY).toList().stream()
                    .map(Triple::getObject).filter(Node::isLiteral)
                    .map(l -> VOCAB.theme(l.getLiteralLexicalForm())).flatMap(Optional::stream).findFirst();
            out.put(c, eu.orElse(c));
        });
        return out;
    }

    /** A literal restated as the term it names, or as a node holding it where the profile wants a node. */
    private static Optional<Node> restate(Node p, Node o, List<Triple> added) {
        String s = o.getLiteralLexicalForm().strip();
        if (p.equals(DCTERMS.accrualPeriodicity.asNode())) {
            String iso = EU_FREQUENCY.containsKey(s) ? s : Frequencies.iso(s).orElse(s);
            return Optional.ofNullable(EU_FREQUENCY.get(iso)).map(c -> NodeFactory.createURI(Prefixes.EU_FREQUENCY + c));
        }
        if (p.equals(DCTERMS.language.asNode())) {
            String primary = s.toLowerCase(Locale.ROOT).split("[-_]")[0];
            return ISO639_1.contains(primary) ? Optional.of(NodeFactory.createURI(Prefixes.LOC_ISO639_1 + primary))
                    : Optional.empty();
        }
        if (p.equals(DCTERMS.format.asNode())) {
            Optional<String> code = FileTypes.euCode(s);
            if (code.isPresent()) return Optional.of(NodeFactory.createURI(Prefixes.EU_FILE_TYPE + code.get()));
            return Optional.of(labelled(o, DCTERMS.MediaTypeOrExtent.asNode(), added));
        }
        if (p.equals(DCTERMS.rights.asNode())) return Optional.of(labelled(o, DCTERMS.RightsStatement.asNode(), added));
        return Optional.empty();
    }

    private static Node labelled(Node literal, Node type, List<Triple> added) {
        Node b = NodeFactory.createBlankNode();
        added.add(Triple.create(b, TYPE, type));
        added.add(Triple.create(b, RDFS.label.asNode(), literal));
        return b;
    }

    /** POD has one licence, on the dataset; DCAT-AP wants it on each distribution: the dataset's applies to them. */
    private static void distributionLicences(Graph g, Node ds) {
        List<Node> licences = g.find(ds, DCTERMS.license.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        if (licences.size() != 1) return;
        List<Triple> add = new ArrayList<>();
        g.find(ds, DCAT.distribution.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!g.contains(t.getObject(), DCTERMS.license.asNode(), Node.ANY))
                add.add(Triple.create(t.getObject(), DCTERMS.license.asNode(), licences.get(0)));
        });
        add.forEach(g::add);
    }

    /** DCAT-US names organisations with skos:prefLabel, POD (and so the catalog) with foaf:name: the same name. */
    private static void organizationLabels(Graph g) {
        List<Triple> add = new ArrayList<>();
        for (Node type : List.of(FOAF.Organization.asNode(), ORG.Organization.asNode()))
            g.find(Node.ANY, TYPE, type).forEachRemaining(t -> {
                Node org = t.getSubject();
                if (g.contains(org, SKOS.prefLabel.asNode(), Node.ANY)) return;
                g.find(org, FOAF.name.asNode(), Node.ANY).nextOptional()
                        .ifPresent(n -> add.add(Triple.create(org, SKOS.prefLabel.asNode(), n.getObject())));
            });
        add.forEach(g::add);
    }

    /** vocabulary/vocabulary.ttl, indexed. */
    static final class Vocabulary {
        private final Map<Node, List<Node>> ranges = new HashMap<>();
        private final List<Triple> subclasses = new ArrayList<>();
        private final Map<Node, List<Triple>> descriptions = new HashMap<>();
        private final Map<String, Node> themeLabels = new HashMap<>();

        Vocabulary() {
            Graph g = GraphFactory.createGraphMem();
            try (InputStream in = Resources.open("vocabulary/vocabulary.ttl")) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            g.find().forEachRemaining(t -> {
                if (t.getPredicate().equals(RDFS.range.asNode()))
                    ranges.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject());
                else if (t.getPredicate().equals(RDFS.subClassOf.asNode())) subclasses.add(t);
                else descriptions.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
            });
            g.find(Node.ANY, SKOS.inScheme.asNode(), Node.ANY).forEachRemaining(t -> {
                if (!t.getSubject().getURI().startsWith(Prefixes.EU_DATA_THEME)) return;
                Node theme = t.getSubject();
                g.find(theme, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(l -> {
                    String label = l.getObject().getLiteralLexicalForm();
                    themeLabels.put(key(label), theme);
                    for (String part : label.split(",\\s*|\\s+and\\s+")) themeLabels.putIfAbsent(key(part), theme);
                });
                g.find(theme, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(
                        l -> themeLabels.putIfAbsent(key(l.getObject().getLiteralLexicalForm()), theme));
            });
        }

        private static String key(String s) {
            return s.strip().toLowerCase(Locale.ROOT).replace('&', ' ').replaceAll("\\s+and\\s+|\\s+", " ");
        }

        Optional<Node> theme(String label) {
            return Optional.ofNullable(themeLabels.get(key(label)));
        }

        /**
         * Adds the range entailments of the graph's triples, the used concepts' descriptions, and every superclass of
         * each type (the rdfs9 closure, materialised: SHACL would follow rdfs:subClassOf triples in the data graph
         * itself, but looking them up for every target class of every shape costs more than stating the types).
         */
        void entail(Graph g) {
            List<Triple> add = new ArrayList<>();
            g.find().forEachRemaining(t -> {
                Node o = t.getObject();
                if (o.isLiteral()) return;
                for (Node c : ranges.getOrDefault(t.getPredicate(), List.of())) add.add(Triple.create(o, TYPE, c));
                List<Triple> d = descriptions.get(o);
                if (d != null) add.addAll(d);
            });
            add.forEach(g::add);
            List<Triple> types = new ArrayList<>();
            g.find(Node.ANY, TYPE, Node.ANY).forEachRemaining(t -> {
                for (Node sup : superclasses(t.getObject())) types.add(Triple.create(t.getSubject(), TYPE, sup));
            });
            types.forEach(g::add);
        }

        private final Map<Node, Set<Node>> closure = new java.util.concurrent.ConcurrentHashMap<>();

        /** All superclasses of a class (not itself), by the subClassOf axioms. */
        Set<Node> superclasses(Node c) {
            return closure.computeIfAbsent(c, k -> {
                Set<Node> out = new HashSet<>();
                List<Node> todo = new ArrayList<>(List.of(k));
                while (!todo.isEmpty()) {
                    Node x = todo.remove(todo.size() - 1);
                    for (Triple t : subclasses)
                        if (t.getSubject().equals(x) && !t.getObject().equals(k) && out.add(t.getObject())) todo.add(t.getObject());
                }
                return out;
            });
        }
    }
}
