package org.civiccatalog.core.audit.checklist;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.graph.Node;
import org.civiccatalog.core.audit.DatasetView;
import org.civiccatalog.core.audit.Finding;
import org.civiccatalog.core.audit.LinkResults;
import org.civiccatalog.core.audit.LinkStatus;
import org.civiccatalog.core.audit.Severity;
import org.civiccatalog.core.audit.mqa.FileTypes;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCATUS3;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.PROV;

/**
 * The Los Angeles data standards checklist, five areas, per dataset. Each item is either measured (met or not: a
 * warning finding when not met) or, where only a person can judge, asked of the data steward (an info finding with
 * the question). An area's score is the share of its measured items met; an item waiting for a link check is neither.
 */
public final class LaChecklist {
    /** One area's outcome. */
    public record AreaResult(int measured, int met) {
        /** Share of the measured items met, if any item could be measured. */
        public Optional<Double> score() {
            return measured == 0 ? Optional.empty() : Optional.of(Math.round(1000.0 * met / measured) / 1000.0);
        }
    }

    public record Result(Map<LaArea, AreaResult> areas, List<Finding> findings) {
        public Result {
            areas = Map.copyOf(areas);
            findings = List.copyOf(findings);
        }
    }

    private static final List<String> POD_REQUIRED = List.of("title", "description", "publisher", "contactPoint",
            "identifier", "accessLevel");
    private static final Pattern SOURCE = Pattern.compile(
            "\\b(source[sd]?|collected|compiled|obtained|provided by|derived from|extracted from|maintained by|system of record)\\b");
    private static final Pattern LIMITATIONS = Pattern.compile(
            "\\b(limitations?|caveats?|accura(cy|te)|inaccura\\w*|disclaimer|incomplete|not complete|preliminary|estimates?|"
                    + "errors?|may not|should not be used|subject to change|note:)");
    private static final int CONTEXT_LENGTH = 100;

    private final LinkResults links;

    public LaChecklist(LinkResults links) {
        this.links = links;
    }

    /** The rule of the refresh-rate item, whose message counts the days overdue. */
    public static final String REFRESH_RATE_RULE = "la.consistency.refreshRate";

    /** The refresh-rate item's message when not met: it moves on with the days overdue. */
    public static String refreshRateMessage(long daysOverdue) {
        return "The documented refresh rate is not kept (" + daysOverdue + " days overdue).";
    }

    /** @param asPublished the dataset's data.json form as published; {@code freshness} its freshness result */
    public Result check(DatasetView v, JsonNode asPublished, Freshness.Result freshness) {
        Items items = new Items();
        String description = v.literal(DCTERMS.description).orElse("");
        String text = description.toLowerCase(Locale.ROOT);

        // Consistency
        List<String> missing = new ArrayList<>(POD_REQUIRED.stream().filter(f -> !present(asPublished.get(f))).toList());
        if (present(asPublished.get("contactPoint")) && !present(asPublished.at("/contactPoint/hasEmail")))
            missing.add("contactPoint.hasEmail");
        items.measure(LaArea.CONSISTENCY, "required", missing.isEmpty(), "dcat:Dataset",
                "Required metadata is incomplete: " + String.join(", ", missing) + " missing. Fill in every required"
                        + " data.json field.");
        if (freshness.daysOverdue().isPresent())
            items.measure(LaArea.CONSISTENCY, "refreshRate", !freshness.overdue(), "dct:accrualPeriodicity",
                    refreshRateMessage(freshness.daysOverdue().get()));
        else if (freshness.frequency().isEmpty())
            items.ask(LaArea.CONSISTENCY, "refreshRate", "dct:accrualPeriodicity",
                    "How often is this dataset updated? Declare it (data.json: accrualPeriodicity, e.g. R/P1M), so users and"
                            + " this audit can tell whether it is current.");
        if (v.has(DCTERMS.isPartOf) || v.has(DCAT.inSeries)) items.measure(LaArea.CONSISTENCY, "parent", true, "dct:isPartOf", "");
        else items.ask(LaArea.CONSISTENCY, "parent", "dct:isPartOf",
                "Is this a filtered view, or one year, of a larger dataset? If so, publish one parent dataset and link this one"
                        + " to it (data.json: isPartOf).");

        // Accessibility
        boolean usable = v.distributions().stream().anyMatch(d -> usable(v, d));
        items.measure(LaArea.ACCESSIBILITY, "usableFormat", usable, "dct:format",
                "No distribution is in a usable format (open and machine-readable, such as CSV, JSON or GeoJSON). Add one.");
        reachable(v, items);

        // Comprehensiveness
        boolean dictionary = v.has(DCATUS3.describedBy) || v.distributions().stream().anyMatch(d -> v.has(d, DCATUS3.describedBy));
        items.measure(LaArea.COMPREHENSIVENESS, "dictionary", dictionary, "dcat-us:describedBy",
                "No data dictionary. Publish the field names with plain-English descriptions and link it (data.json: describedBy).");
        items.ask(LaArea.COMPREHENSIVENESS, "fieldNames", "dcat-us:describedBy",
                "Are the column names plain English, and does every column have a description?");
        items.ask(LaArea.COMPREHENSIVENESS, "units", "dcat-us:describedBy",
                "Are the units of measured values stated (feet, dollars, minutes...), in the column descriptions or the data dictionary?");

        // Trustworthiness
        boolean source = v.has(DCTERMS.source) || v.has(DCTERMS.provenance) || v.has(PROV.wasDerivedFrom)
                || SOURCE.matcher(text).find();
        items.measure(LaArea.TRUSTWORTHINESS, "source", source, "dct:provenance",
                "The data source is not given. Say in the description which system or office the data comes from.");
        if (LIMITATIONS.matcher(text).find()) items.measure(LaArea.TRUSTWORTHINESS, "limitations", true, "dct:description", "");
        else items.ask(LaArea.TRUSTWORTHINESS, "limitations", "dct:description",
                "Are there known limitations or doubts about accuracy (gaps, estimates, lags, known errors)? Note them in the description.");

        // Degree of interest
        String title = v.title().orElse("");
        boolean context = description.strip().length() >= CONTEXT_LENGTH && !description.strip().equalsIgnoreCase(title.strip());
        items.measure(LaArea.DEGREE_OF_INTEREST, "context", context, "dct:description",
                "The description gives little context (" + description.strip().length() + " characters). Say what the data"
                        + " is, why it is collected and how it can be used, in at least " + CONTEXT_LENGTH + " characters.");
        if (v.has(DCTERMS.temporal)) items.measure(LaArea.DEGREE_OF_INTEREST, "coverage", true, "dct:temporal", "");
        else items.ask(LaArea.DEGREE_OF_INTEREST, "coverage", "dct:temporal",
                "Does the dataset cover enough time to show patterns? State its coverage (data.json: temporal).");
        items.ask(LaArea.DEGREE_OF_INTEREST, "visualization", "dcat:landingPage",
                "Is there a chart, map or story that presents this data? Link it from the landing page.");
        return new Result(items.areas, items.findings);
    }

    private void reachable(DatasetView v, Items items) {
        int ok = 0, broken = 0, unchecked = 0;
        List<String> bad = new ArrayList<>();
        for (Node d : v.distributions()) {
            Optional<String> url = v.objects(d, DCAT.downloadURL).stream().filter(Node::isURI).map(Node::getURI).findFirst()
                    .or(() -> v.objects(d, DCAT.accessURL).stream().filter(Node::isURI).map(Node::getURI).findFirst());
            if (url.isEmpty()) continue;
            Optional<LinkStatus> s = links.status(url.get());
            if (s.isEmpty()) unchecked++;
            else if (s.get().answers()) ok++;
            else {
                broken++;
                bad.add(url.get());
            }
        }
        if (broken > 0) items.measure(LaArea.ACCESSIBILITY, "reachable", false, "dcat:downloadURL",
                "Links that do not answer: " + String.join(", ", bad) + ". Fix or remove them.");
        else if (ok > 0 && unchecked == 0) items.measure(LaArea.ACCESSIBILITY, "reachable", true, "dcat:downloadURL", "");
        else if (unchecked > 0) items.note(LaArea.ACCESSIBILITY, "reachable", "dcat:downloadURL",
                "Not checked yet: whether the data's links answer is known after the link checker has run.");
    }

    private static boolean usable(DatasetView v, Node d) {
        List<FileTypes.FileType> types = new ArrayList<>();
        v.objects(d, DCTERMS.format).forEach(f -> FileTypes.ofFormat(f).ifPresent(types::add));
        v.objects(d, DCAT.mediaType).forEach(m -> FileTypes.mediaType(m).flatMap(FileTypes::ofMediaType).ifPresent(types::add));
        return types.stream().anyMatch(t -> t.nonProprietary() && t.machineReadable());
    }

    private static boolean present(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) return false;
        if (n.isTextual()) return !n.textValue().isBlank();
        if (n.isContainerNode()) return !n.isEmpty();
        return true;
    }

    /** Collects items and their findings. */
    private static final class Items {
        final Map<LaArea, AreaResult> areas = new EnumMap<>(LaArea.class);
        final List<Finding> findings = new ArrayList<>();

        Items() {
            for (LaArea a : LaArea.values()) areas.put(a, new AreaResult(0, 0));
        }

        void measure(LaArea a, String item, boolean met, String property, String whenNot) {
            AreaResult r = areas.get(a);
            areas.put(a, new AreaResult(r.measured() + 1, r.met() + (met ? 1 : 0)));
            if (!met) findings.add(Finding.of(rule(a, item), Severity.WARNING, property, whenNot));
        }

        void ask(LaArea a, String item, String property, String question) {
            findings.add(Finding.of(rule(a, item), Severity.INFO, property, "Question for the data steward: " + question));
        }

        void note(LaArea a, String item, String property, String note) {
            findings.add(Finding.of(rule(a, item), Severity.INFO, property, note));
        }

        private static String rule(LaArea a, String item) {
            return "la." + a.id() + "." + item;
        }
    }
}
