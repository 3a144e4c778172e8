package org.civiccatalog.core.audit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.audit.validation.ShaclValidation.Profile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * STYLE avoid-4: no shape may pass vacuously. For every shape of both profiles, a graph built to trigger it: for each
 * target class, one node with no values at all (every minCount fails) and one with two wrong values on every path of
 * its property shapes, a text and an untyped blank node (every maxCount 1, nodeKind, class, datatype and sh:or
 * fails). Every node shape must have focus nodes in it, and every property shape must report at least one result,
 * unless it constrains nothing (only sh:minCount 0), of which there are none today. And the shapes for the nodes a
 * record holds target them in the validation view of a real record (perfect.ttl).
 */
class ShapesTargetNodesTest {
    static final ShaclValidation SHACL = new ShaclValidation();

    static Graph trigger(Shapes shapes) {
        Graph g = GraphFactory.createGraphMem();
        int n = 0;
        for (Shape s : shapes.getTargetShapes()) {
            for (Target t : s.getTargets()) {
                if (t.getTargetType() != TargetType.targetClass) continue;
                Node empty = NodeFactory.createURI("urn:test:empty-" + n), full = NodeFactory.createURI("urn:test:full-" + n++);
                g.add(Triple.create(empty, RDF.type.asNode(), t.getObject()));
                g.add(Triple.create(full, RDF.type.asNode(), t.getObject()));
                for (PropertyShape p : s.getPropertyShapes()) {
                    if (!(p.getPath() instanceof P_Link link)) continue;
                    g.add(Triple.create(full, link.getNode(), NodeFactory.createLiteralString("wrong")));
                    g.add(Triple.create(full, link.getNode(), NodeFactory.createBlankNode()));
                }
            }
        }
        return g;
    }

    /** Property shapes that cannot fail: no constraint but sh:minCount 0. */
    static boolean constrainsNothing(PropertyShape p) {
        return p.getConstraints().stream().allMatch(c -> c instanceof org.apache.jena.shacl.engine.constraint.MinCount m
                && m.getMinCount() == 0);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void every_node_shape_targets_nodes_of_the_trigger_graph(Profile profile) {
        Shapes shapes = SHACL.shapes(profile);
        Graph g = trigger(shapes);
        List<String> idle = new ArrayList<>();
        for (Shape s : shapes.getTargetShapes())
            if (VLib.focusNodes(g, s).isEmpty()) idle.add(s.getShapeNode().toString());
        assertThat(shapes.getTargetShapes()).as("target shapes of %s", profile).hasSizeGreaterThan(3);
        assertThat(idle).as("node shapes of %s that target nothing", profile).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void every_property_shape_reports_a_result_on_the_trigger_graph(Profile profile) {
        Shapes shapes = SHACL.shapes(profile);
        Graph g = trigger(shapes);
        Set<Node> fired = new HashSet<>();
        for (ReportEntry e : ShaclValidator.get().validate(shapes, g).getEntries()) fired.add(e.source());
        Set<String> silent = new TreeSet<>(), inert = new TreeSet<>();
        Set<Node> seen = new LinkedHashSet<>();
        for (Shape s : shapes.getTargetShapes())
            for (PropertyShape p : s.getPropertyShapes()) {
                if (!seen.add(p.getShapeNode())) continue;
                if (constrainsNothing(p)) inert.add(p.getShapeNode().getLocalName());
                else if (!fired.contains(p.getShapeNode())) silent.add(p.getShapeNode().toString());
            }
        assertThat(seen).as("property shapes of %s", profile).hasSizeGreaterThan(10);
        assertThat(silent).as("property shapes of %s that never fire", profile).isEmpty();
        // None of today's shapes is inert; a new one would be a decision to record here, not an accident.
        assertThat(inert).as("property shapes of %s that constrain nothing", profile).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void the_record_shapes_target_the_nodes_of_a_real_record(Profile profile) {
        var v = org.civiccatalog.core.audit.DatasetView.of(
                org.apache.jena.riot.RDFParser.fromString(org.civiccatalog.core.audit.AuditFixtureAccess.perfect())
                        .lang(org.apache.jena.riot.Lang.TURTLE).toGraph(),
                "https://data.example.gov/dataset/street-trees");
        Graph view = ProfileView.of(v, profile);
        Shapes shapes = SHACL.shapes(profile);
        List<String> targeted = new ArrayList<>();
        for (Shape s : shapes.getTargetShapes())
            if (!VLib.focusNodes(view, s).isEmpty()) targeted.add(s.getShapeNode().getLocalName());
        List<String> expected = profile == Profile.DCAT_AP3
                ? List.of("Dataset_Shape", "Distribution_Shape", "Agent_Shape", "Concept_Shape")
                : List.of("Dataset_Shape", "Distribution_Shape", "Agent_Shape", "Organization_Shape", "Kind_Shape",
                        "Concept_Shape", "Location_Shape", "PeriodOfTime_Shape", "LicenseDocument_Shape",
                        "RightsStatement_Shape", "MediaType_Shape");
        assertThat(targeted).containsAll(expected);
    }
}
