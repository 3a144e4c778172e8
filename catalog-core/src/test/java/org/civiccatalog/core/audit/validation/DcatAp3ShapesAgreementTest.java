package org.civiccatalog.core.audit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.audit.AuditFixtureAccess;
import org.civiccatalog.core.audit.DatasetView;
import org.civiccatalog.core.datajson.DataJsonReader;
import org.civiccatalog.core.datajson.DatasetEntry;
import org.civiccatalog.core.datajson.PodToDcat;
import org.civiccatalog.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Our DCAT-AP 3 shapes (shacl/dcat-ap-3.ttl, written for this project because SEMIC's are CC BY 4.0) against the
 * official DCAT-AP 3.0.1 shapes (shapes.ttl + shapes_recommended.ttl + range.ttl, read from ../shared, not bundled):
 * on every graph of a corpus (the validation views of real data.json fixtures and of the perfect dataset, DCAT-AP's
 * own examples, GovData's test graphs, and a graph built to trip every constraint), both give the same results
 * (focus node, path, component, severity) on every (class, property) our file covers.
 */
class DcatAp3ShapesAgreementTest {
    static final Path OFFICIAL = Fixtures.fixture("shacl/dcat-ap-3.0.1/split");
    static final Shapes OURS = new ShaclValidation().shapes(ShaclValidation.Profile.DCAT_AP3);
    static final Shapes THEIRS = official();

    static Shapes official() {
        Graph g = GraphFactory.createGraphMem();
        for (String f : List.of("shapes.ttl", "shapes_recommended.ttl", "range.ttl"))
            RDFDataMgr.read(g, OFFICIAL.resolve(f).toString());
        return Shapes.parse(g);
    }

    record Key(String focus, String path, String component, String severity) {
        @Override
        public String toString() {
            return focus + " " + path + " " + component + " " + severity;
        }
    }

    /** (target class, path, severity) a shapes graph constrains: recommended (Warning) and mandatory/range apart. */
    static Set<String> covered(Shapes shapes) {
        Set<String> out = new HashSet<>();
        Graph g = shapes.getGraph();
        g.find(Node.ANY, SHACL.targetClass, Node.ANY).forEachRemaining(t ->
                g.find(t.getSubject(), SHACL.property, Node.ANY).forEachRemaining(p ->
                        g.find(p.getObject(), SHACL.path, Node.ANY).forEachRemaining(path -> {
                            String severity = g.find(p.getObject(), SHACL.severity, Node.ANY).nextOptional()
                                    .map(x -> x.getObject().getLocalName()).orElse("Violation");
                            out.add(t.getObject().getURI() + " " + path.getObject() + " " + severity);
                        })));
        return out;
    }

    /** The target class of the node shape holding a property shape. */
    static String classOf(Shapes shapes, Node propertyShape) {
        Graph g = shapes.getGraph();
        return g.find(Node.ANY, SHACL.property, propertyShape).toList().stream()
                .flatMap(t -> g.find(t.getSubject(), SHACL.targetClass, Node.ANY).toList().stream())
                .map(t -> t.getObject().getURI()).findFirst().orElse("?");
    }

    static Set<Key> results(Shapes shapes, Graph data, Set<String> keep) {
        Set<Key> out = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        for (ReportEntry e : ShaclValidator.get().validate(shapes, data).getEntries()) {
            if (!(e.resultPath() instanceof P_Link link)) continue;
            if (!keep.contains(classOf(shapes, e.source()) + " " + link.getNode() + " " + e.severity().level().getLocalName()))
                continue;
            out.add(new Key(e.focusNode().toString(), link.getNode().getURI(),
                    e.sourceConstraintComponent().getLocalName(), e.severity().level().getLocalName()));
        }
        return out;
    }

    static List<Graph> corpus() throws Exception {
        List<Graph> out = new ArrayList<>();
        CatalogIris iris = CatalogIris.of("http://catalog.test/");
        PodToDcat pod = new PodToDcat(iris);
        for (String f : List.of("datajson/gsa-ckanext-datajson/ny.data.json", "datajson/gsa-datagov-harvester/cftc-dcatus.json",
                "pod-schema-v1.1/examples/catalog-sample-extended.json", "arcgis-hub/koop-dcat-us-11-readme-example-feed.json",
                "datajson/gsa-ckanext-datajson/geospatial.data.json", "datajson/dkan/demo.getdkan.com-data.json"))
            DataJsonReader.read(Fixtures.fixture(f), new DataJsonReader.Handler() {
                @Override
                public void dataset(DatasetEntry entry) {
                    var d = pod.map("s", entry);
                    DatasetView v = DatasetView.of(d.graph(), d.datasetIri());
                    out.add(ProfileView.of(v, ShaclValidation.Profile.DCAT_AP3));
                    out.add(d.graph());
                }
            });
        Graph perfect = RDFParser.fromString(AuditFixtureAccess.perfect()).lang(Lang.TURTLE).toGraph();
        out.add(perfect);
        out.add(ProfileView.of(DatasetView.of(perfect, "https://data.example.gov/dataset/street-trees"), ShaclValidation.Profile.DCAT_AP3));
        try (Stream<Path> files = Files.list(Fixtures.fixture("dcat-rdf/dcat-ap-3.0.1/examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                try {
                    out.add(RDFDataMgr.loadGraph(f.toString()));
                } catch (RuntimeException invalidAsPublished) {
                    // two examples are not valid Turtle as published (SOURCES.md)
                }
            }
        }
        try (Stream<Path> files = Files.list(Fixtures.fixture("shacl/test-cases/govdata-de"))) {
            for (Path f : files.sorted().toList()) out.add(RDFDataMgr.loadGraph(f.toString()));
        }
        out.add(ShapesTargetNodesTest.trigger(OURS));
        return out;
    }

    @Test
    void ours_give_the_official_results_on_every_property_they_cover() throws Exception {
        Set<String> ours = covered(OURS);
        assertThat(covered(THEIRS)).as("every (class, property) we cover is constrained by the official shapes too")
                .containsAll(ours);
        List<Graph> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThan(20);
        int compared = 0;
        for (Graph g : corpus) {
            Set<Key> mine = results(OURS, g, ours), official = results(THEIRS, g, ours);
            assertThat(mine).as("our results on a graph of %d triples", g.size())
                    .containsExactlyInAnyOrderElementsOf(official);
            compared += official.size();
        }
        assertThat(compared).as("results compared").isGreaterThan(100);
    }
}
