package org.civiccatalog.core.audit.validation;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
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

    public ShaclValidation() {
        for (Profile p : Profile.values()) shapes.put(p, load(p.resource()));
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

    /** The shapes of a profile (tests prove each targets nodes). */
    public Shapes shapes(Profile p) {
        return shapes.get(p);
    }

    /** Validates the view of a record against one profile. */
    public List<Finding> validate(Graph view, DatasetView dataset, Profile profile) {
        Shapes s = shapes.get(profile);
        // One finding per rule: the same shape failing on three distributions is one thing to fix, said once.
        Map<String, Finding> first = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> where = new LinkedHashMap<>();
        for (ReportEntry e : ShaclEntries.validate(s, view)) {
            Finding f = finding(e, s, view, dataset, profile);
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
            List<org.apache.jena.graph.Triple> leftOut = ProfileView.leftOut(view, p);
            leftOut.forEach(view::delete);
            out.put(p, validate(view, dataset, p));
            leftOut.forEach(view::add);
        }
        return out;
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
