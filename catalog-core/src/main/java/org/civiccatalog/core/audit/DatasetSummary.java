package org.civiccatalog.core.audit;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.core.audit.checklist.LaArea;
import org.civiccatalog.core.audit.dqv.StoredJson;
import org.civiccatalog.core.audit.checklist.LaChecklist;
import org.civiccatalog.core.audit.mqa.Dimension;

/**
 * What a run reads of a dataset's results besides its report: what the aggregates add up (score, dimensions, band,
 * LA areas, overdue, error and warning counts, the groups it counts in), the rules that fired (the first finding's
 * severity and property of each, in the report's order: what a rule's {@code dqv:Metric} says) and the link results it
 * was given. Stored beside the report ({@code civic:auditSummary}) as a small JSON: an incremental run that writes no
 * CSV reads this instead of inflating and parsing the whole report (the report's read was a fifth of a worker's time).
 *
 * @param dimensions  points per MQA dimension, unrounded
 * @param areas       per LA area with a measured item: measured and met
 * @param daysOverdue as in the report's freshness
 * @param rules       rule id -> severity and property of its first finding, in the report's finding order
 * @param links       URL -> HTTP status the audit was given, -1 for "not checked yet"
 */
public record DatasetSummary(String datasetIri, Optional<String> sourceId, String department, String jurisdiction,
                             double score, Band band, Map<Dimension, Double> dimensions,
                             Map<LaArea, LaChecklist.AreaResult> areas, Optional<Long> daysOverdue, long errors, long warnings,
                             Map<String, RuleUse> rules, SortedMap<String, Integer> links) {
    /** A rule that fired: the severity and property its {@code dqv:Metric} states. */
    public record RuleUse(Severity severity, String property) {}

    public DatasetSummary {
        Objects.requireNonNull(datasetIri, "datasetIri");
        Objects.requireNonNull(daysOverdue, "daysOverdue");
        dimensions = Map.copyOf(dimensions);
        areas = Map.copyOf(areas);
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        links = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(links));
    }

    /** The summary of a report, with the link results it was computed from. */
    public static DatasetSummary of(DatasetReport r, SortedMap<String, Integer> links) {
        Map<Dimension, Double> dims = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) dims.put(d, r.mqa().dimension(d));
        Map<String, RuleUse> rules = new LinkedHashMap<>();
        for (Finding f : r.findings()) rules.putIfAbsent(f.ruleId(), new RuleUse(f.severity(), f.property()));
        return new DatasetSummary(r.datasetIri(), r.sourceId(), r.department(), r.jurisdiction(), r.score(), r.band(),
                dims, r.checklist().areas(), r.freshness().daysOverdue(), r.count(Severity.ERROR), r.count(Severity.WARNING),
                rules, links);
    }

    public boolean overdue() {
        return daysOverdue.map(d -> d > 0).orElse(false);
    }

    /** The LA area's score (share of measured items met), as {@link LaChecklist.AreaResult#score()}. */
    public Optional<Double> area(LaArea a) {
        return Optional.ofNullable(areas.get(a)).flatMap(LaChecklist.AreaResult::score);
    }

    public String toJson() {
        ObjectNode o = StoredJson.object();
        o.put("dataset", datasetIri);
        sourceId.ifPresent(s -> o.put("source", s));
        o.put("department", department);
        o.put("jurisdiction", jurisdiction);
        o.put("score", score);
        o.put("band", band.name());
        ArrayNode dims = o.putArray("dimensions");
        for (Dimension d : Dimension.values()) dims.add(dimensions.getOrDefault(d, 0.0));
        StoredJson.putAreas(o, areas);
        daysOverdue.ifPresent(d -> o.put("daysOverdue", d));
        o.put("errors", errors);
        o.put("warnings", warnings);
        ArrayNode rs = o.putArray("rules");
        rules.forEach((id, u) -> rs.addArray().add(id).add(u.severity().name()).add(u.property()));
        StoredJson.putLinks(o, links);
        return o.toString();
    }

    public static DatasetSummary fromJson(String json) {
        JsonNode o = StoredJson.read(json, "Stored audit summary");
        Map<Dimension, Double> dims = new EnumMap<>(Dimension.class);
        JsonNode d = o.get("dimensions");
        if (d.size() != Dimension.values().length) throw new IllegalArgumentException("Stored audit summary: dimensions " + d);
        for (Dimension dim : Dimension.values()) dims.put(dim, d.get(dim.ordinal()).doubleValue());
        Map<String, RuleUse> rules = new LinkedHashMap<>();
        o.get("rules").forEach(a -> rules.put(a.get(0).asText(), new RuleUse(Severity.valueOf(a.get(1).asText()),
                a.get(2).asText())));
        JsonNode src = o.get("source");
        return new DatasetSummary(o.get("dataset").asText(), src == null ? Optional.empty() : Optional.of(src.asText()),
                o.get("department").asText(), o.get("jurisdiction").asText(), o.get("score").doubleValue(),
                Band.valueOf(o.get("band").asText()), dims, StoredJson.areas(o),
                o.has("daysOverdue") ? Optional.of(o.get("daysOverdue").longValue()) : Optional.empty(),
                o.get("errors").longValue(), o.get("warnings").longValue(), rules, StoredJson.links(o));
    }
}
