package org.civiccatalog.core.audit.validation;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.audit.DatasetView;
import org.civiccatalog.core.audit.Finding;
import org.civiccatalog.core.audit.Resources;
import org.civiccatalog.core.audit.Severity;

/**
 * The second validation layer: a record's DCAT form ({@link ProfileView}) against the DCAT-US 3.0 shapes (DOI-DO,
 * bundled as published) and DCAT-AP 3 shapes (our own rendering of DCAT-AP 3.0.1, see {@code shacl/dcat-ap-3.ttl}),
 * with jena-shacl. A result becomes a finding with rule id {@code <profile>.<shape>.<component>} (for example
 * {@code dcat-us3.Dataset_Shape-publisher.MinCount}): sh:Violation is an error, sh:Warning a warning, sh:Info info.
 * Results of one rule are reported once per dataset, naming the nodes they are about.
 */
public final class ShaclValidation {
    /** The two profiles. */
    public enum Profile {
        DCAT_US3("dcat-us3", "shacl/dcat-us_3.0_shacl_shapes.ttl"),
        DCAT_AP3("dcat-ap3", "shacl/dcat-ap-3.ttl");

        private final String prefix;
        private final String resource;

        Profile(String prefix, String resource) {
            this.prefix = prefix;
            this.resource = resource;
        }

        /** The rule-id prefix. */
        public String prefix() {
            return prefix;
        }

        public String resource() {
            return resource;
        }
    }

    private final Map<Profile, Shapes> shapes = new LinkedHashMap<>();
    private final Map<Profile, Boolean> batchable = new LinkedHashMap<>();
    private long alone;

    public ShaclValidation() {
        for (Profile p : Profile.values()) {
            shapes.put(p, load(p.resource()));
            batchable.put(p, batchable(shapes.get(p)));
        }
    }

    static Shapes load(String resource) {
        Graph g = GraphFactory.createGraphMem();
        try (InputStream in = Resources.open(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Shapes.parse(g);
    }

    /** Datasets (per profile) that {@link #validate(List)} validated on their own, as a node they share differed. */
    public long validatedAlone() {
        return alone;
    }

    /** The shapes of a profile (tests prove each targets nodes). */
    public Shapes shapes(Profile p) {
        return shapes.get(p);
    }

    /** Validates the view of a record against one profile. */
    public List<Finding> validate(Graph view, DatasetView dataset, Profile profile) {
        Shapes s = shapes.get(profile);
        ValidationReport report = ShaclValidator.get().validate(s, view);
        List<Finding> entries = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) entries.add(finding(e, s, view, dataset, profile));
        return perRule(entries, dataset);
    }

    /**
     * One finding per rule: the same shape failing on three distributions is one thing to fix, said once. The
     * results are taken in a fixed order (rule, node, message), so that the finding a rule keeps and the order of the
     * nodes it names do not depend on the order the validator met them in (a graph's hash order).
     */
    private static List<Finding> perRule(List<Finding> entries, DatasetView dataset) {
        List<Finding> sorted = new ArrayList<>(entries);
        sorted.sort(java.util.Comparator.comparing(Finding::ruleId).thenComparing(f -> f.focusNode().orElse(""))
                .thenComparing(Finding::message));
        Map<String, Finding> first = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> where = new LinkedHashMap<>();
        for (Finding f : sorted) {
            first.putIfAbsent(f.ruleId(), f);
            where.computeIfAbsent(f.ruleId(), k -> new java.util.LinkedHashSet<>()).add(f.focusNode().orElse(""));
        }
        List<Finding> out = new ArrayList<>();
        first.forEach((rule, f) -> {
            java.util.Set<String> nodes = where.get(rule);
            if (nodes.size() == 1) out.add(f);
            else out.add(new Finding(f.ruleId(), f.severity(), f.property(), f.message() + " (" + nodes.size()
                    + " times: " + String.join(", ", nodes.stream().map(n -> n.isEmpty() ? "the dataset" : shortLabel(dataset, n)).toList())
                    + ")", 0, java.util.Optional.empty()));
        });
        return out;
    }

    /** "distribution 2" for the catalog's distribution IRIs, else the label as is. */
    private static String shortLabel(DatasetView dataset, String node) {
        return node.startsWith(dataset.iri() + "/distribution/") ? "distribution " + node.substring((dataset.iri() + "/distribution/").length())
                : node;
    }

    /** Both profiles. */
    public Map<Profile, List<Finding>> validate(DatasetView dataset) {
        Graph view = ProfileView.of(dataset);
        Map<Profile, List<Finding>> out = new LinkedHashMap<>();
        for (Profile p : Profile.values()) {
            // the common view less what this profile does not see, and back: no copy of the view per profile
            List<Triple> leftOut = ProfileView.leftOut(view, p);
            leftOut.forEach(view::delete);
            out.put(p, validate(view, dataset, p));
            leftOut.forEach(view::add);
        }
        return out;
    }

    /**
     * Both profiles for many datasets, with one validation per profile over the union of their views instead of one
     * per dataset: jena-shacl's setup per call (a validation context, the shapes' prefixes, the report model) and the
     * focus-node lookups of every shape are paid once, and a node many views share (a licence, an EU theme, a file
     * type, stated alike) is validated once. Each result goes to the datasets whose view holds its focus node; the
     * messages are built from that dataset's own view. The same findings as {@link #validate(DatasetView)} one by one
     * (tested): the shapes look only at a focus node's own triples and, through them, at its values' (no inverse
     * paths, no SPARQL, no object targets; {@link #batchable} checks), so the union gives the same results as long as
     * every node two views share has the same triples in both. A dataset with a node described differently in another
     * view (one view types an IRI as a licence, another as a landing page) is validated on its own.
     */
    public List<Map<Profile, List<Finding>>> validate(List<DatasetView> datasets) {
        List<Graph> views = datasets.stream().map(ProfileView::of).toList();
        List<Map<Profile, List<Finding>>> out = new ArrayList<>();
        for (int i = 0; i < datasets.size(); i++) out.add(new LinkedHashMap<>());
        for (Profile p : Profile.values()) {
            List<List<Triple>> leftOut = views.stream().map(v -> ProfileView.leftOut(v, p)).toList();
            for (int i = 0; i < views.size(); i++) leftOut.get(i).forEach(views.get(i)::delete);
            List<List<Finding>> found = batchable.get(p) ? together(views, datasets, p)
                    : java.util.stream.IntStream.range(0, views.size()).mapToObj(i -> validate(views.get(i), datasets.get(i), p)).toList();
            for (int i = 0; i < views.size(); i++) {
                out.get(i).put(p, found.get(i));
                leftOut.get(i).forEach(views.get(i)::add);
            }
        }
        return out;
    }

    /** One profile's findings for each view, from one validation of the union of the views that agree on what they share. */
    private List<List<Finding>> together(List<Graph> views, List<DatasetView> datasets, Profile profile) {
        Map<Node, SharedNode> nodes = new HashMap<>();
        for (int i = 0; i < views.size(); i++) {
            Graph view = views.get(i);
            Set<Node> here = new HashSet<>();
            view.find().forEachRemaining(t -> {
                here.add(t.getSubject());
                if (!t.getObject().isLiteral()) here.add(t.getObject());
            });
            for (Node n : here) {
                SharedNode s = nodes.get(n);
                if (s == null) nodes.put(n, new SharedNode(i));
                else s.alsoIn(i, n, views);
            }
        }
        Set<Integer> alone = new HashSet<>();
        nodes.values().forEach(s -> {
            if (s.differs) alone.addAll(s.views);
        });
        Graph union = GraphFactory.createGraphMem();
        for (int i = 0; i < views.size(); i++) if (!alone.contains(i)) views.get(i).find().forEachRemaining(union::add);
        Shapes s = shapes.get(profile);
        List<List<Finding>> entries = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) entries.add(new ArrayList<>());
        for (ReportEntry e : ShaclValidator.get().validate(s, union).getEntries()) {
            SharedNode at = nodes.get(e.focusNode());
            for (int i : at.views) entries.get(i).add(finding(e, s, views.get(i), datasets.get(i), profile));
        }
        this.alone += alone.size();
        List<List<Finding>> out = new ArrayList<>();
        for (int i = 0; i < views.size(); i++)
            out.add(alone.contains(i) ? validate(views.get(i), datasets.get(i), profile) : perRule(entries.get(i), datasets.get(i)));
        return out;
    }

    /** A node of the views: which views hold it, and whether two of them describe it differently. */
    private static final class SharedNode {
        final List<Integer> views = new ArrayList<>(1);
        Set<Triple> description;
        boolean differs;

        SharedNode(int view) {
            views.add(view);
        }

        /** Another view holds the node: compare its triples there with the first view's (only for shared nodes). */
        void alsoIn(int view, Node n, List<Graph> all) {
            if (description == null) description = all.get(views.get(0)).find(n, Node.ANY, Node.ANY).toSet();
            views.add(view);
            if (!differs && !description.equals(all.get(view).find(n, Node.ANY, Node.ANY).toSet())) differs = true;
        }
    }

    /**
     * Whether a profile's shapes can be run on a union of views: they must not look at a node's incoming triples
     * (sh:inversePath, sh:targetObjectsOf) or run SPARQL (sh:sparql, SPARQL targets), which would see other views.
     */
    private static boolean batchable(Shapes s) {
        Graph g = s.getGraph();
        for (Node p : List.of(SHACL.inversePath, SHACL.targetObjectsOf, SHACL.sparql, SHACL.target))
            if (g.contains(Node.ANY, p, Node.ANY)) return false;
        return true;
    }

    private static Finding finding(ReportEntry e, Shapes s, Graph view, DatasetView dataset, Profile profile) {
        Shape shape = s.getShape(e.source());
        String shapeName = e.source().isURI() ? e.source().getLocalName() : "anonymous";
        String component = e.sourceConstraintComponent() == null ? "Constraint"
                : e.sourceConstraintComponent().getLocalName().replace("ConstraintComponent", "");
        Severity severity = switch (e.severity().level().getLocalName()) {
            case "Violation" -> Severity.ERROR;
            case "Warning" -> Severity.WARNING;
            default -> Severity.INFO;
        };
        Node focus = e.focusNode();
        Node focusClass = view.find(focus, RDF.type.asNode(), Node.ANY).toList().stream().map(t -> t.getObject())
                .filter(t -> shape != null && isTargetOf(s, t)).findFirst().orElse(null);
        String message = shape == null ? e.message() : ShaclMessages.message(e, shape, s.getGraph(), focusClass);
        String property = e.resultPath() == null ? "" : e.resultPath() instanceof org.apache.jena.sparql.path.P_Link l
                ? ShaclMessages.curie(l.getNode()) : e.resultPath().toString();
        Finding f = Finding.of(profile.prefix() + "." + shapeName + "." + component, severity, property, message);
        if (focus.equals(dataset.node())) return f;
        return f.on(focus.isURI() ? focus.getURI() : label(view, dataset, focus));
    }

    /** Whether some node shape targets the class (to name the focus node's class in messages). */
    private static boolean isTargetOf(Shapes s, Node cls) {
        return s.getTargets().targetClasses.contains(cls);
    }

    /** A blank focus node, named by how the dataset reaches it: "publisher", "contactPoint", "theme". */
    private static String label(Graph view, DatasetView dataset, Node focus) {
        Optional<String> via = view.find(Node.ANY, Node.ANY, focus).toList().stream().findFirst()
                .map(t -> ShaclMessages.curie(t.getPredicate()) + " of " + (t.getSubject().equals(dataset.node()) ? "the dataset"
                        : t.getSubject().isURI() ? "<" + t.getSubject().getURI() + ">" : "a node"));
        return via.orElse("a node of the record");
    }
}
