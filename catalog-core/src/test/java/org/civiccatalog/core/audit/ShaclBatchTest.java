package org.civiccatalog.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.audit.validation.ShaclValidation;
import org.civiccatalog.core.audit.validation.ShaclValidation.Profile;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SHACL validation of many datasets in one call gives each dataset exactly the findings it gets validated alone:
 * over every hand-made defect of {@link AuditRulesTest} in one batch (they share the perfect dataset's URLs, licence,
 * theme and landing page), and a defect in one dataset of a batch stays with that dataset.
 */
class ShaclBatchTest {
    @TempDir Path dir;

    /** The records of a real store, as the audit reads them, copied out of the read transaction. */
    static List<DatasetView> views(TdbCatalogStore store) {
        List<DatasetView> out = new ArrayList<>();
        store.forEachRecord(record -> {
            Graph copy = GraphFactory.createGraphMem();
            record.find().forEachRemaining(copy::add);
            DatasetView.of(copy).ifPresent(out::add);
        });
        return out;
    }

    /** The perfect dataset under another identifier (and so another IRI), with a defect. */
    static String variant(String ttl, String id) {
        return ttl.replace("dataset/street-trees", "dataset/" + id).replace("\"street-trees\"", "\"" + id + "\"");
    }

    @Test
    void a_batch_of_every_defect_gives_each_dataset_its_findings_alone() {
        ShaclValidation shacl = new ShaclValidation();
        try (TdbCatalogStore store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/")) {
            List<AuditRulesTest.Case> cases = AuditRulesTest.cases().toList();
            for (int i = 0; i < cases.size(); i++)
                AuditFixture.importTurtle(store, dir, AuditFixture.source("case" + i, "city"),
                        variant(cases.get(i).defect().apply(AuditFixture.perfect()), "case-" + i));
            AuditFixture.importTurtle(store, dir, AuditFixture.source("perfect", "city"), AuditFixture.perfect());
            List<DatasetView> views = views(store);
            assertThat(views).hasSize(cases.size() + 1);

            List<Map<Profile, List<Finding>>> together = shacl.validate(views);
            int findings = 0;
            for (int i = 0; i < views.size(); i++) {
                Map<Profile, List<Finding>> alone = shacl.validate(views.get(i));
                assertThat(together.get(i)).as(views.get(i).iri()).isEqualTo(alone);
                findings += alone.values().stream().mapToInt(List::size).sum();
            }
            // the comparison is not between empty lists: the defects give SHACL findings (in both profiles)
            assertThat(findings).isGreaterThanOrEqualTo(3);
            assertThat(together).anySatisfy(m -> assertThat(m.get(Profile.DCAT_US3)).extracting(Finding::ruleId)
                    .contains("dcat-us3.Dataset_Shape-publisher.MinCount"));
            assertThat(together).anySatisfy(m -> assertThat(m.get(Profile.DCAT_AP3)).extracting(Finding::ruleId)
                    .contains("dcat-ap3.Dataset-theme.NodeKind"));
            assertThat(shacl.validatedAlone()).as("datasets validated on their own: only where a shared node differs")
                    .isLessThan(views.size());
        }
    }

    @Test
    void a_defect_in_a_batch_is_its_datasets_and_not_its_neighbours() {
        ShaclValidation shacl = new ShaclValidation();
        try (TdbCatalogStore store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/")) {
            for (int i = 0; i < 5; i++) {
                String ttl = variant(AuditFixture.perfect(), "copy-" + i);
                if (i == 2) ttl = ttl.replace(" ; vcard:hasEmail <mailto:trees@example.gov>", "");
                AuditFixture.importTurtle(store, dir, AuditFixture.source("copy" + i, "city"), ttl);
            }
            List<DatasetView> views = views(store);
            List<Map<Profile, List<Finding>>> together = shacl.validate(views);

            for (int i = 0; i < views.size(); i++) {
                List<String> us = together.get(i).get(Profile.DCAT_US3).stream().map(Finding::ruleId).toList();
                if (views.get(i).iri().contains("copy-2")) assertThat(us).as("the defective dataset")
                        .containsExactly("dcat-us3.Kind_Shape-hasEmail.MinCount");
                else assertThat(us).as("a neighbour: " + views.get(i).iri()).isEmpty();
                assertThat(together.get(i).get(Profile.DCAT_AP3)).as("DCAT-AP: all perfect").isEmpty();
            }
            assertThat(views).filteredOn(v -> v.iri().contains("copy-2")).hasSize(1);
            assertThat(shacl.validatedAlone()).as("identical shared nodes: all in one validation").isZero();
        }
    }

    @Test
    void a_node_two_datasets_describe_differently_keeps_each_datasets_findings() {
        // one contact IRI: the first dataset gives its e-mail, the second does not. Validated alone, the second lacks
        // an e-mail; in a plain union the first's e-mail would hide that. Both are validated on their own.
        String contact = "dcat:contactPoint <https://data.example.gov/contact/trees> ;\n"
                + "    dcat:landingPage <https://data.example.gov/d/street-trees> ;";
        String withEmail = "<https://data.example.gov/contact/trees> a vcard:Organization ; vcard:fn \"Urban Forestry Division\""
                + " ; vcard:hasEmail <mailto:trees@example.gov> .\n";
        String withoutEmail = "<https://data.example.gov/contact/trees> a vcard:Organization ; vcard:fn \"Urban Forestry Division\" .\n";
        ShaclValidation shacl = new ShaclValidation();
        try (TdbCatalogStore store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/")) {
            for (int i = 0; i < 2; i++) {
                String ttl = AuditRulesTest.drop(variant(AuditFixture.perfect(), "shared-" + i), "dcat:contactPoint");
                ttl = AuditRulesTest.swap(ttl, "dcat:landingPage <https://data.example.gov/d/street-trees> ;", contact)
                        + "\n" + (i == 0 ? withEmail : withoutEmail);
                AuditFixture.importTurtle(store, dir, AuditFixture.source("shared" + i, "city"), ttl);
            }
            List<DatasetView> views = views(store);
            List<Map<Profile, List<Finding>>> together = shacl.validate(views);

            for (int i = 0; i < views.size(); i++) {
                assertThat(together.get(i)).as(views.get(i).iri()).isEqualTo(shacl.validate(views.get(i)));
                List<String> us = together.get(i).get(Profile.DCAT_US3).stream().map(Finding::ruleId).toList();
                if (views.get(i).iri().contains("shared-1")) assertThat(us).contains("dcat-us3.Kind_Shape-hasEmail.MinCount");
                else assertThat(us).doesNotContain("dcat-us3.Kind_Shape-hasEmail.MinCount");
            }
            assertThat(shacl.validatedAlone()).as("both datasets, in both profiles").isEqualTo(4);
        }
    }
}
