package org.civiccatalog.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.civiccatalog.core.audit.mqa.Dimension;
import org.civiccatalog.core.audit.mqa.Indicator;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The perfect dataset (perfect.ttl) with one known defect at a time, in a real TDB2 store: the exact errors and
 * warnings the audit reports, and the exact score. Every MQA indicator is broken by at least one case (a test
 * checks), and so are freshness, the LA checklist items a machine can measure, both POD variants and both profiles.
 */
class AuditRulesTest {
    @TempDir Path dir;

    record Case(String name, UnaryOperator<String> defect, Map<String, LinkStatus> links, String jurisdiction,
                AuditOptions.Compliance compliance, double score, Set<String> rules) {
        @Override
        public String toString() {
            return name;
        }
    }

    static String drop(String ttl, String marker) {
        List<String> lines = List.of(ttl.split("\n"));
        List<String> kept = lines.stream().filter(l -> !l.contains(marker)).toList();
        if (kept.size() == lines.size()) throw new IllegalArgumentException("no line with " + marker);
        return String.join("\n", kept);
    }

    static String swap(String ttl, String from, String to) {
        if (!ttl.contains(from)) throw new IllegalArgumentException("no " + from);
        return ttl.replace(from, to);
    }

    static Case c(String name, UnaryOperator<String> defect, double score, String... rules) {
        return new Case(name, defect, AuditFixture.linksOk(), "city", AuditOptions.Compliance.DCAT_US, score, Set.of(rules));
    }

    static Map<String, LinkStatus> links(String url, int status) {
        Map<String, LinkStatus> m = new HashMap<>(AuditFixture.linksOk());
        m.put(url, new LinkStatus(status, AuditFixture.NOW));
        return m;
    }

    static final String CSV_TYPE = "<https://www.iana.org/assignments/media-types/text/csv> ;\n    dct:format";
    static final String EU_CSV = "<http://publications.europa.eu/resource/authority/file-type/CSV>";

    static Stream<Case> cases() {
        return Stream.of(
                c("no keyword", t -> drop(t, "dcat:keyword"), 375,
                        "mqa.keywordAvailability"),
                c("no theme", t -> drop(t, "dcat:theme"), 375,
                        "mqa.categoryAvailability"),
                c("no spatial coverage", t -> drop(t, "dct:spatial"), 385,
                        "mqa.spatialAvailability"),
                c("no temporal coverage", t -> drop(t, "dct:temporal"), 385,
                        "mqa.temporalAvailability"),
                new Case("access URL answers 404", t -> t, links(AuditFixture.PAGE, 404), "city",
                        AuditOptions.Compliance.DCAT_US, 355, Set.of("mqa.accessUrlStatusCode")),
                c("no download URL", t -> drop(t, "dcat:downloadURL"), 355,
                        "mqa.downloadUrlAvailability", "mqa.downloadUrlStatusCode"),
                new Case("download URL answers 500", t -> t, links(AuditFixture.CSV, 500), "city",
                        AuditOptions.Compliance.DCAT_US, 375, Set.of("mqa.downloadUrlStatusCode", "la.accessibility.reachable")),
                c("no format", t -> drop(t, "dct:format"), 385,
                        "mqa.formatAvailability"),
                c("no media type (POD needs one with a downloadURL)", t -> drop(t, "    dcat:mediaType"),
                        365, "mqa.mediaTypeAvailability", "pod.required.distribution.mediaType", "mqa.dcatApCompliance"),
                c("media type and format from no vocabulary",
                        t -> swap(swap(t, CSV_TYPE, "<https://www.iana.org/assignments/media-types/text/x-csv> ;\n    dct:format"),
                                "dct:format " + EU_CSV, "dct:format \"Comma separated values\""), 395,
                        "mqa.formatMediaTypeVocabularyAlignment"),
                c("proprietary format only",
                        t -> swap(swap(t, CSV_TYPE, "<https://www.iana.org/assignments/media-types/application/vnd.openxmlformats-officedocument.spreadsheetml.sheet> ;\n    dct:format"),
                                "file-type/CSV>", "file-type/XLSX>"), 385,
                        "mqa.formatMediaTypeNonProprietary", "la.accessibility.usableFormat"),
                c("not machine-readable",
                        t -> swap(swap(t, CSV_TYPE, "<https://www.iana.org/assignments/media-types/application/pdf> ;\n    dct:format"),
                                "file-type/CSV>", "file-type/PDF>"), 385,
                        "mqa.formatMediaTypeMachineInterpretable", "la.accessibility.usableFormat"),
                c("contact without e-mail (DCAT-US 3 error)", t -> swap(t, " ; vcard:hasEmail <mailto:trees@example.gov>", ""), 375,
                        "dcat-us3.Kind_Shape-hasEmail.MinCount", "mqa.dcatApCompliance", "la.consistency.required"),
                c("no licence", t -> drop(t, "dct:license"), 375,
                        "mqa.licenceAvailability", "mqa.knownLicence"),
                c("unknown licence", t -> t.replace("https://creativecommons.org/publicdomain/zero/1.0/", "https://example.gov/our-terms"),
                        395, "mqa.knownLicence"),
                c("no access rights (POD needs accessLevel)", t -> drop(t, "dct:accessRights"), 360,
                        "mqa.accessRightsAvailability", "mqa.accessRightsVocabularyAlignment", "pod.required.accessLevel",
                        "mqa.dcatApCompliance", "la.consistency.required"),
                c("access rights from no vocabulary", t -> swap(t,
                        "dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> ;",
                        "dct:accessRights <https://example.gov/access/open> ;\n    pod:accessLevel \"public\" ;"), 400,
                        "mqa.accessRightsVocabularyAlignment"),
                c("no contact point", t -> drop(t, "dcat:contactPoint"), 355,
                        "mqa.contactPointAvailability", "pod.required.contactPoint", "mqa.dcatApCompliance", "la.consistency.required"),
                c("no publisher", t -> drop(t, "dct:publisher"), 365,
                        "mqa.publisherAvailability", "pod.required.publisher", "dcat-us3.Dataset_Shape-publisher.MinCount",
                        "mqa.dcatApCompliance", "la.consistency.required"),
                c("no rights", t -> drop(t, "dct:rights"), 400, "mqa.rightsAvailability"),
                c("no byte size", t -> drop(t, "dcat:byteSize").replace("rdfs:label \"No restrictions on use.\" ] ;",
                        "rdfs:label \"No restrictions on use.\" ] ."), 400, "mqa.byteSizeAvailability"),
                c("no release date", t -> drop(t, "dct:issued"), 400, "mqa.dateIssuedAvailability"),
                c("no last-update date", t -> drop(t, "dct:modified"), 400,
                        "mqa.dateModifiedAvailability", "freshness.modifiedMissing"),
                c("overdue by 294 days", t -> swap(t, "\"2026-11-01\"^^xsd:date", "\"2026-01-01\"^^xsd:date"), 405,
                        "freshness.overdue", "la.consistency.refreshRate"),
                c("no data dictionary", t -> drop(t, "dcat-us:describedBy"), 405, "la.comprehensiveness.dictionary"),
                c("short description naming no source", t -> swap(t, t.substring(t.indexOf("dct:description \"Every"),
                        t.indexOf("estimates.\" ;") + "estimates.\" ;".length()), "dct:description \"Street trees.\" ;"), 405,
                        "la.interest.context", "la.trustworthiness.source"),
                c("free-text theme (DCAT-AP wants a theme IRI)", t -> swap(t,
                        "dcat:theme <http://publications.europa.eu/resource/authority/data-theme/ENVI> ;",
                        "dcat:theme [ a <http://www.w3.org/2004/02/skos/core#Concept> ; <http://www.w3.org/2004/02/skos/core#prefLabel> \"Trees\" ] ;"),
                        405, "dcat-ap3.Dataset-theme.NodeKind"),
                new Case("free-text theme, DCAT-AP compliance", t -> swap(t,
                        "dcat:theme <http://publications.europa.eu/resource/authority/data-theme/ENVI> ;",
                        "dcat:theme [ a <http://www.w3.org/2004/02/skos/core#Concept> ; <http://www.w3.org/2004/02/skos/core#prefLabel> \"Trees\" ] ;"),
                        AuditFixture.linksOk(), "city", AuditOptions.Compliance.DCAT_AP, 375,
                        Set.of("dcat-ap3.Dataset-theme.NodeKind", "mqa.dcatApCompliance")),
                new Case("a federal source must give bureau and program codes", t -> t, AuditFixture.linksOk(), "federal",
                        AuditOptions.Compliance.DCAT_US, 375,
                        Set.of("pod.required.bureauCode", "pod.required.programCode", "mqa.dcatApCompliance")));
    }

    private DatasetReport audit(Case c) {
        try (TdbCatalogStore store = TdbCatalogStore.open(dir.resolve("store"), "http://catalog.test/")) {
            AuditFixture.importTurtle(store, dir, AuditFixture.source("src", c.jurisdiction()), c.defect().apply(AuditFixture.perfect()));
            List<DatasetReport> reports = AuditFixture.audit(store, c.links(), c.compliance());
            assertThat(reports).hasSize(1);
            return reports.get(0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void one_defect_gives_exactly_its_findings_and_score(Case c) {
        DatasetReport r = audit(c);

        assertThat(r.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::ruleId).collect(Collectors.toSet()))
                .as("errors and warnings of '%s'", c.name()).isEqualTo(c.rules());
        assertThat(r.score()).as("score").isEqualTo(c.score());
        // The points add up: score + pending + the fixes' points = 405, and each MQA finding says what it is worth.
        double fixes = r.fixes().stream().mapToDouble(Finding::fixPoints).sum();
        assertThat(r.score() + r.mqa().pendingPoints() + fixes).isEqualTo(Dimension.MAX);
        for (Finding f : r.fixes()) {
            assertThat(f.ruleId()).startsWith("mqa.");
            assertThat(f.message()).isNotBlank();
        }
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.message()).as(f.ruleId()).isNotBlank().doesNotContain("null"));
    }

    @Test
    void every_mqa_indicator_is_broken_by_a_case() {
        Set<String> covered = cases().flatMap(c -> c.rules().stream()).collect(Collectors.toSet());
        assertThat(Stream.of(Indicator.values()).map(Indicator::ruleId)).allSatisfy(id -> assertThat(covered).contains(id));
    }

    @Test
    void fixes_come_largest_first_with_their_points() {
        DatasetReport r = audit(c("several", t -> drop(drop(drop(t, "dcat:keyword"), "dct:issued"), "dct:spatial"), 0));

        assertThat(r.fixes()).extracting(Finding::ruleId).containsExactly(
                "mqa.keywordAvailability", "mqa.spatialAvailability", "mqa.dateIssuedAvailability");
        assertThat(r.fixes()).extracting(Finding::fixPoints).containsExactly(30.0, 20.0, 5.0);
        assertThat(r.score()).isEqualTo(350.0);
        assertThat(r.band()).isEqualTo(Band.GOOD);
    }
}
