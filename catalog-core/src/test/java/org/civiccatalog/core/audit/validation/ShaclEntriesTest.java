package org.civiccatalog.core.audit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.civiccatalog.core.audit.AuditFixtureAccess;
import org.civiccatalog.core.audit.DatasetView;
import org.civiccatalog.core.audit.validation.ShaclValidation.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The results read without jena-shacl's report model are the report's, entry for entry: on the graph that trips
 * every property shape of a profile (ShapesTargetNodesTest) and on a real record's view with defects; and a perfect
 * record gives none either way (the twin).
 */
class ShaclEntriesTest {
    static final ShaclValidation SHACL = new ShaclValidation();
    static final String DATASET = "https://data.example.gov/dataset/street-trees";

    /** An entry as text, every field the audit reads. */
    static List<String> text(Collection<ReportEntry> entries) {
        return entries.stream().map(e -> String.join(" | ", String.valueOf(e.focusNode()), String.valueOf(e.resultPath()),
                String.valueOf(e.source()), String.valueOf(e.sourceConstraintComponent()), String.valueOf(e.value()),
                String.valueOf(e.severity().level()), String.valueOf(e.message()), String.valueOf(e.constraint()))).sorted().toList();
    }

    static Graph view(String ttl, Profile p) {
        return ProfileView.of(DatasetView.of(RDFParser.fromString(ttl).lang(Lang.TURTLE).toGraph(), DATASET), p);
    }

    @Test
    void this_jena_shacl_lets_the_entries_be_read_directly() {
        assertThat(ShaclEntries.direct()).as("otherwise the tests below compare the report with itself").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void every_shape_tripped_gives_the_reports_entries(Profile p) {
        Shapes shapes = SHACL.shapes(p);
        Graph g = ShapesTargetNodesTest.trigger(shapes);
        List<String> direct = text(ShaclEntries.validate(shapes, g));
        assertThat(direct).hasSizeGreaterThan(20).isEqualTo(text(ShaclValidator.get().validate(shapes, g).getEntries()));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void a_record_with_defects_gives_the_reports_entries_and_a_perfect_one_none(Profile p) {
        Shapes shapes = SHACL.shapes(p);
        String perfect = AuditFixtureAccess.perfect();
        String defects = perfect.replace(" ; vcard:hasEmail <mailto:trees@example.gov>", "")
                .replace("dcat:theme <http://publications.europa.eu/resource/authority/data-theme/ENVI> ;",
                        "dcat:theme [ a <http://www.w3.org/2004/02/skos/core#Concept> ; <http://www.w3.org/2004/02/skos/core#prefLabel> \"Trees\" ] ;");
        assertThat(defects).isNotEqualTo(perfect);
        Graph bad = view(defects, p), good = view(perfect, p);
        List<String> direct = text(ShaclEntries.validate(shapes, bad));
        assertThat(direct).isNotEmpty().isEqualTo(text(ShaclValidator.get().validate(shapes, bad).getEntries()));
        assertThat(ShaclEntries.validate(shapes, good)).isEmpty();
        assertThat(ShaclValidator.get().validate(shapes, good).getEntries()).isEmpty();
    }
}
